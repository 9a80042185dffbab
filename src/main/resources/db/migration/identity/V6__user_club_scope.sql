-- A club board member or home-care volunteer may be limited to one club (the club's commune path is
-- kept in scope_path as for commune users).
alter table app_user add column scope_club_id uuid;
