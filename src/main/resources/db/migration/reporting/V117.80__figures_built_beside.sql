-- A rebuild computes every figure into these tables, beside the kept ones, which readers go on reading;
-- once every club is computed, the kept figures are replaced by these in one transaction.
create table rpt_next_club_place    (like rpt_club_place including all);
create table rpt_next_club_fact     (like rpt_club_fact including all);
create table rpt_next_club_person   (like rpt_club_person including all);
create table rpt_next_area_fact     (like rpt_area_fact including all);
create table rpt_next_range_member  (like rpt_range_member including all);
create table rpt_next_range_care    (like rpt_range_care including all);

-- The clubs whose figures the worker computed while a rebuild ran (their records changed after it began),
-- or that the rebuild could not compute: they are computed again once the rebuild's figures are kept.
create table rpt_rebuild_changed (
    club_id uuid primary key
);
