-- Clubs are named in the figures and their exports by their national identifier from now on: every
-- club's place is written again.
insert into rpt_dirty (club_id) select club_id from rpt_club_place;
