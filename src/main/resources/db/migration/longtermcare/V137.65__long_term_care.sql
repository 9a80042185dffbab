-- Long-term care cases: a frail older person (a member, or not: then name, sex, birth year and village are
-- kept here, like home care's recipients) followed by a case manager from a day until the case is closed with
-- a reason. Assessments keep the answers with the scores and the need level computed when they were saved,
-- so a past assessment always says what it said. A change (a fall, a stay in hospital, a carer lost) makes a
-- reassessment due. Nothing is deleted.
create table ltc_case (
    id             uuid        primary key,
    club_id        uuid        not null,
    person_id      uuid,
    name           text        not null,
    sex            text        check (sex in ('F', 'M')),
    birth_year     integer     check (birth_year between 1900 and 2100),
    village        text,
    opened_on      date        not null,
    manager        text        not null,
    closed_on      date,
    closure_reason text        check (closure_reason in ('IMPROVED', 'MOVED', 'DIED', 'ENTERED_FACILITY', 'REFUSED')),
    version        integer     not null default 0,
    created_at     timestamptz not null default now(),
    created_by     text        not null,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null,
    check ((closed_on is null) = (closure_reason is null)),
    check (closed_on is null or closed_on >= opened_on)
);
create index ltc_case_club on ltc_case (club_id);
create index ltc_case_manager on ltc_case (manager) where closed_on is null;

-- Answers: barthel "ITEM:score,...", lawton and screens the items answered yes, comma-separated.
create table ltc_assessment (
    id            uuid        primary key,
    case_id       uuid        not null references ltc_case (id),
    assessed_on   date        not null,
    assessor      text        not null,
    barthel       text        not null,
    lawton        text        not null,
    screens       text        not null,
    living        text        not null check (living in ('ALONE', 'WITH_SPOUSE_ONLY', 'WITH_FAMILY', 'OTHER')),
    has_carer     boolean     not null,
    barthel_score integer     not null check (barthel_score between 0 and 100),
    lawton_score  integer     not null check (lawton_score between 0 and 8),
    need_level    text        not null check (need_level in ('NONE', 'LOW', 'MODERATE', 'HIGH')),
    reasons       text        not null,
    created_at    timestamptz not null default now()
);
create index ltc_assessment_case on ltc_assessment (case_id, assessed_on);

create table ltc_change (
    id          uuid        primary key,
    case_id     uuid        not null references ltc_case (id),
    happened_on date        not null,
    kind        text        not null check (kind in ('FALL', 'HOSPITAL_STAY', 'CARER_LOST')),
    recorded_by text        not null,
    created_at  timestamptz not null default now()
);
create index ltc_change_case on ltc_change (case_id, happened_on);

-- The health-read log also names a long-term care case's page and API answer.
alter table health_read drop constraint health_read_what_check;
alter table health_read add constraint health_read_what_check check (what in ('HEALTH_PAGE', 'HEALTH_API',
    'MEETING_PAGE', 'MEETING_API', 'MEETING_FORM', 'MEETING_VERSIONS', 'HOME_VISIT_PAGE', 'HOME_VISIT_API',
    'PERSONAL_DATA', 'LTC_CASE_PAGE', 'LTC_CASE_API'));
