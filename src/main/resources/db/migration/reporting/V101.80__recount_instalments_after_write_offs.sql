-- A written-off loan's instalments falling due on or after its write-off no longer count as due
-- (INSTALMENTS_DUE, and so the on-time rate): every club is counted again by the worker, which writes only
-- the figures that change.
insert into rpt_dirty (club_id) select club_id from rpt_club_place;
