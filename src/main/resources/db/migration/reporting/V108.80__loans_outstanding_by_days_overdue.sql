-- Loans outstanding by days overdue (OVERDUE), and the portfolio at risk over 1, 90 and 180 days (PAR1, PAR90,
-- PAR180), are counted from each club's loans: every club is noted so that the worker counts it again after
-- the upgrade, writing only the figures that change (the loan-loss provision is worked out when read).
insert into rpt_dirty (club_id) select club_id from rpt_club_place;
