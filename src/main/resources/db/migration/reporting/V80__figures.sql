-- Reporting keeps each club's figures per month (and per quarter and year for the figures counted over
-- a period as a whole), computed from the modules' records and kept fresh as they change; the nation's
-- and the provinces' figures are kept as the sums of their clubs', on the map as it was and restated on
-- today's map. Nothing here is entered by people: a rebuild makes all of it again from the records.

-- Clubs whose figures must be computed again (their records changed), written in the same transaction
-- as the change; the worker takes them in order. Rows are only added here, never updated, so a change
-- never waits for the worker.
create table rpt_dirty (
    id        bigint      generated always as identity primary key,
    club_id   uuid        not null,
    marked_at timestamptz not null default now()
);

-- Where a club is on each map: its founding commune on the map before 1 July 2025 (null when founded
-- after) and its commune on today's map (null while its village waits for an officer to choose).
create table rpt_club_place (
    club_id      uuid primary key,
    code         text not null,
    name         text not null,
    founded_on   date not null,
    village_id   uuid not null,
    old_path     text,
    now_path     text,
    now_province text,
    projects     uuid[] not null default '{}'
);
create index rpt_club_place_old on rpt_club_place (old_path text_pattern_ops);
create index rpt_club_place_now on rpt_club_place (now_path text_pattern_ops);

-- A club's figure for a period: kind M (month), Q (quarter) or Y (year), by the period's first day;
-- dims is the disaggregation ("" for the total, "SEX=F"). Zero figures are not kept.
create table rpt_club_fact (
    club_id      uuid    not null,
    period_kind  char(1) not null check (period_kind in ('M', 'Q', 'Y')),
    period_start date    not null,
    code         text    not null,
    dims         text    not null,
    value        bigint  not null,
    primary key (club_id, period_kind, period_start, code, dims)
);
create index rpt_club_fact_period on rpt_club_fact (period_kind, period_start, code);

-- For figures that count persons: those of a club's people who are also in another club, so that an
-- area counts them once.
create table rpt_club_person (
    club_id      uuid    not null,
    period_kind  char(1) not null,
    period_start date    not null,
    code         text    not null,
    dims         text    not null,
    person_id    uuid    not null,
    primary key (club_id, period_kind, period_start, code, dims, person_id)
);
create index rpt_club_person_period on rpt_club_person (period_kind, period_start, code, dims);

-- The nation's ("") and each province's figures, the sums of their clubs': boundaries A as they were at
-- the period's end (a 2024 period on the 63 provinces), R restated on today's map.
create table rpt_area_fact (
    boundaries   char(1) not null check (boundaries in ('A', 'R')),
    area         text    not null,
    period_kind  char(1) not null,
    period_start date    not null,
    code         text    not null,
    dims         text    not null,
    value        bigint  not null,
    primary key (boundaries, area, period_kind, period_start, code, dims)
);

-- The day the figures were last computed for: the running month's figures are as they stand on a day,
-- so every club is counted again once the day has moved on.
create table rpt_state (
    name  text primary key,
    value text not null
);

-- A club whose figures could not be computed (a fault, not a user's input): kept with the error for an
-- administrator, taken again by the daily pass and the rebuild, never silently dropped.
create table rpt_failed (
    club_id   uuid        primary key,
    error     text        not null,
    failed_at timestamptz not null default now()
);
