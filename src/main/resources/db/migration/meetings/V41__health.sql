-- Health readings of people, wherever taken: at a club meeting, on a home visit or in a check-up
-- campaign. origin_id names the meeting, visit or campaign; one reading per person and origin.
-- club_id is the club under whose area the reading was taken (it decides who may see it).
create table health_reading (
    id            uuid        primary key,
    person_id     uuid        not null,
    club_id       uuid        not null,
    taken_on      date        not null,
    origin        text        not null check (origin in ('MEETING', 'HOME_VISIT', 'CAMPAIGN')),
    origin_id     uuid,
    systolic      integer     check (systolic between 60 and 260),
    diastolic     integer     check (diastolic between 30 and 160),
    pulse         integer     check (pulse between 30 and 220),
    weight_kg     numeric(4,1) check (weight_kg between 25 and 200),
    level         text        check (level in ('NORMAL', 'HIGH', 'URGENT')),
    referral_made boolean,
    version       integer     not null default 1,
    recorded_at   timestamptz not null default now(),
    recorded_by   text        not null,
    check ((systolic is null) = (diastolic is null)),
    check (systolic is null or systolic > diastolic),
    check ((systolic is null) = (level is null)),
    check (level = 'URGENT' or referral_made is null),
    check (systolic is not null or pulse is not null or weight_kg is not null)
);
create unique index health_reading_origin on health_reading (origin, origin_id, person_id) where origin_id is not null;
create index health_reading_person on health_reading (person_id, taken_on);
create index health_reading_club on health_reading (club_id, taken_on);

-- Earlier versions of corrected or withdrawn readings.
create table health_reading_history (
    id            bigint generated always as identity primary key,
    reading_id    uuid        not null,
    person_id     uuid        not null,
    club_id       uuid        not null,
    taken_on      date        not null,
    origin        text        not null,
    origin_id     uuid,
    systolic      integer,
    diastolic     integer,
    pulse         integer,
    weight_kg     numeric(4,1),
    level         text,
    referral_made boolean,
    version       integer     not null,
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    replaced_at   timestamptz not null default now(),
    replaced_by   text        not null,
    withdrawn     boolean     not null default false
);
create index health_reading_history_reading on health_reading_history (reading_id);

-- What is known once per person: height (for BMI) and hypertension.
create table health_profile (
    person_id    uuid        primary key,
    height_cm    integer     check (height_cm between 100 and 220),
    hypertension text        check (hypertension in ('KNOWN', 'UNDER_TREATMENT')),
    updated_at   timestamptz not null default now(),
    updated_by   text        not null
);

create table health_checkup (
    id          uuid        primary key,
    person_id   uuid        not null,
    checked_on  date        not null,
    place       text        not null,
    result      text,
    recorded_at timestamptz not null default now(),
    recorded_by text        not null
);
create index health_checkup_person on health_checkup (person_id, checked_on);

create table health_referral (
    id          uuid        primary key,
    person_id   uuid        not null,
    referred_on date        not null,
    destination text        not null check (destination in ('COMMUNE_STATION', 'HOSPITAL')),
    reason      text,
    reading_id  uuid,
    outcome     text,
    outcome_on  date,
    recorded_at timestamptz not null default now(),
    recorded_by text        not null
);
create index health_referral_person on health_referral (person_id, referred_on);
