-- The meeting books expected, keyed and keyed on time (BOOKS_EXPECTED, BOOKS_KEYED, BOOKS_KEYED_ON_TIME) are
-- counted from each club's meetings: every club is noted so that the worker counts it again after the
-- upgrade, writing only the figures that change.
insert into rpt_dirty (club_id) select club_id from rpt_club_place;
