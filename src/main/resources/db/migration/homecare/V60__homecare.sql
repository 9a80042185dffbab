-- Volunteer home care (area 3): a club's trained volunteers, the people they care for, each person's
-- care plan, which volunteers look after whom, and the visits made. Nothing is deleted: volunteers,
-- recipients and assignments end on a date; a plan change adds a plan in force from a day; a visit is
-- corrected (version + 1, the audit log keeps before and after).
create table homecare_volunteer (
    id          uuid        primary key,
    club_id     uuid        not null,
    person_id   uuid,
    name        text        not null,
    phone       text,
    trained_on  date,
    course      text,
    username    text,
    ended_on    date,
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null
);
create index homecare_volunteer_club on homecare_volunteer (club_id);
-- One active volunteer record per sign-in account, so "my recipients" is unambiguous.
create unique index homecare_volunteer_user on homecare_volunteer (username) where username is not null and ended_on is null;

create table care_recipient (
    id          uuid        primary key,
    club_id     uuid        not null,
    person_id   uuid,
    name        text        not null,
    village     text,
    -- why the person needs care: LIVES_ALONE, FRAIL, DISABLED, ILL, OTHER, comma-separated
    reasons     text        not null,
    from_date   date        not null,
    ended_on    date,
    end_reason  text,
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null,
    check (ended_on is null or ended_on >= from_date)
);
create index care_recipient_club on care_recipient (club_id);

-- A recipient's care plan in force from a day until the next one.
create table care_plan (
    recipient_id uuid       not null references care_recipient (id),
    valid_from  date        not null,
    visits      integer     not null check (visits between 1 and 31),
    per         text        not null check (per in ('WEEK', 'MONTH')),
    tasks       text        not null,
    recorded_at timestamptz not null default now(),
    recorded_by text        not null,
    primary key (recipient_id, valid_from)
);

create table care_assignment (
    id           uuid       primary key,
    recipient_id uuid       not null references care_recipient (id),
    volunteer_id uuid       not null references homecare_volunteer (id),
    from_date    date       not null,
    until_date   date,
    created_by   text       not null,
    check (until_date is null or until_date >= from_date)
);
create index care_assignment_recipient on care_assignment (recipient_id);
create index care_assignment_volunteer on care_assignment (volunteer_id);

-- A visit. A member's blood pressure goes to the health record (reading_id, referral_id, with the
-- destination kept here too); a non-member's is kept here, with the referral's destination and reason.
create table home_visit (
    id            uuid        primary key,
    recipient_id  uuid        not null references care_recipient (id),
    club_id       uuid        not null,
    visited_on    date        not null,
    tasks         text        not null,
    observations  text,
    systolic      integer,
    diastolic     integer,
    pulse         integer,
    level         text        check (level in ('NORMAL', 'HIGH', 'URGENT')),
    referral_made boolean,
    referral_to   text        check (referral_to in ('COMMUNE_STATION', 'HOSPITAL')),
    referral_reason text,
    reading_id    uuid,
    referral_id   uuid,
    version       integer     not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    updated_at    timestamptz not null default now(),
    updated_by    text        not null
);
create index home_visit_club_month on home_visit (club_id, visited_on);
create index home_visit_recipient on home_visit (recipient_id, visited_on);

create table home_visit_volunteer (
    visit_id     uuid not null references home_visit (id),
    volunteer_id uuid not null references homecare_volunteer (id),
    primary key (visit_id, volunteer_id)
);
