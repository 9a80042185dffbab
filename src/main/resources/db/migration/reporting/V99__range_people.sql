-- What the people counted over a free range of months as a whole are counted from, for any area however
-- large (the months, quarters and years keep them in rpt_club_fact; a range of months may be any).
-- Months are numbered year * 12 + month - 1.

-- A club's member, for each of their memberships of it, with the months in which a blood-pressure or a
-- weight reading of theirs was taken in the club: kept only for those with a reading. shared: the person
-- is or was a member of another club too (an area counts them once; the others are simply added up).
create table rpt_range_member (
    club_id         uuid    not null,
    person_id       uuid    not null,
    joined_on       date    not null,
    left_on         date,
    sex             text    not null,
    birth_date      date,
    birth_year      int     not null,
    shared          boolean not null,
    pressure_months int[]   not null,
    weight_months   int[]   not null
);
create index rpt_range_member_club on rpt_range_member (club_id);

-- A club's care recipient with a care plan: the visits the plan asks for and the visits made, month by
-- month from the month numbered since to the month of the day they were counted.
create table rpt_range_care (
    club_id      uuid  not null,
    recipient_id uuid  not null,
    since        int   not null,
    planned      int[] not null,
    visits       int[] not null,
    primary key (club_id, recipient_id)
);

-- Every club is counted again by the worker, which fills these.
insert into rpt_dirty (club_id) select club_id from rpt_club_place;
