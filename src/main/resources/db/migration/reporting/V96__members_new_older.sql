-- MEMBERS_NEW_OLDER is counted from each club's memberships: every club is noted so that the worker
-- counts it again after the upgrade (the other codes added are computed when read).
insert into rpt_dirty (club_id) select club_id from rpt_club_place;
