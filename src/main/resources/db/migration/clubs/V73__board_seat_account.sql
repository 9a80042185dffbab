-- The sign-in account of the person holding a board seat, if they have one: the chair and the finance
-- member record the club's money under their own account, other board members only read it.
alter table club_board_role add column username text;
create index club_board_role_account on club_board_role (club_id, lower(username)) where username is not null;
