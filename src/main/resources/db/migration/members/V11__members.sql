-- People and their club memberships. A person may belong to two clubs; a transfer ends one
-- membership and starts another, keeping the person.
create table person (
    id               uuid        primary key,
    full_name        text        not null,
    name_key         text        not null,
    sex              text        not null check (sex in ('F', 'M')),
    birth_date       date,
    birth_year       integer     not null check (birth_year between 1900 and 2100),
    ethnicity        text        not null,
    household        text        not null check (household in ('POOR', 'NEAR_POOR', 'OTHER')),
    household_year   integer,
    hi_card_number   text,
    hi_card_expiry   date,
    disability       boolean     not null default false,
    lives_alone      boolean     not null default false,
    phone            text,
    citizen_id       text,
    village_id       uuid,
    commune_id       bigint      not null,
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    updated_at       timestamptz not null default now(),
    updated_by       text        not null,
    check (birth_date is null or extract(year from birth_date) = birth_year)
);
create unique index person_citizen_id on person (citizen_id) where citizen_id is not null;
create index person_duplicate_key on person (commune_id, name_key, birth_year);

create table membership (
    id          uuid    primary key,
    person_id   uuid    not null references person,
    club_id     uuid    not null,
    joined_on   date    not null,
    left_on     date,
    left_reason text    check (left_reason in ('MOVED', 'DIED', 'WITHDREW', 'TRANSFERRED')),
    version     integer not null default 0,
    check (left_on is null or left_on >= joined_on),
    check ((left_on is null) = (left_reason is null))
);
create index membership_club on membership (club_id, joined_on);
create index membership_person on membership (person_id);
