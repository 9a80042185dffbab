-- What a club does in the activity areas besides meetings, home care and its funds: self-help cases,
-- community activities, rights sessions, dialogues with the authorities, learning sessions, cultural
-- events, exchanges, visits to sick or bereaved members, resources received, income-generation
-- mentoring. One row per fact; the kind says which of the typed columns it uses. A wrong entry is
-- corrected (version + 1, the audit log keeps before and after) or cancelled with a reason, never
-- deleted.
create table club_activity (
    id              uuid        primary key,
    club_id         uuid        not null,
    kind            text        not null,
    area            integer     not null check (area between 1 and 8),
    on_date         date        not null,
    title           text,
    participants    integer     check (participants is null or participants >= 0),
    person_id       uuid,
    person_name     text,
    is_member       boolean,
    help_form       text        check (help_form in ('IN_KIND', 'LABOUR', 'CASH', 'PAPERWORK')),
    value_dong      bigint      check (value_dong is null or value_dong >= 0),
    labour_days     numeric(6, 1) check (labour_days is null or labour_days > 0),
    source_type     text        check (source_type in ('GOVERNMENT', 'ASSOCIATION', 'PROJECT', 'BUSINESS', 'COMMUNITY', 'OTHER')),
    resource_form   text        check (resource_form in ('CASH', 'IN_KIND')),
    fund            text        check (fund in ('INCOME_GENERATION', 'OPERATING')),
    mentor_id       uuid,
    mentor_name     text,
    proposals       text,
    outcome         text,
    notes           text,
    cancelled_on    date,
    cancel_reason   text,
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    created_by      text        not null,
    updated_at      timestamptz not null default now(),
    updated_by      text        not null
);
create index club_activity_month on club_activity (club_id, on_date);

-- A person helped to claim a benefit: applied, then obtained or refused.
create table entitlement_case (
    id           uuid        primary key,
    club_id      uuid        not null,
    person_id    uuid,
    person_name  text        not null,
    is_member    boolean     not null,
    benefit      text        not null check (benefit in ('SOCIAL_PENSION', 'HEALTH_INSURANCE', 'DISABILITY_ALLOWANCE',
                                                         'POOR_HOUSEHOLD_SUPPORT', 'OTHER')),
    applied_on   date        not null,
    status       text        not null check (status in ('APPLIED', 'OBTAINED', 'REFUSED')),
    decided_on   date,
    notes        text,
    version      integer     not null default 0,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null,
    check ((status = 'APPLIED') = (decided_on is null)),
    check (decided_on is null or decided_on >= applied_on)
);
create index entitlement_case_club on entitlement_case (club_id, applied_on);

-- The club's art team (đội văn nghệ), which the model asks for within six months of founding.
create table club_art_team (
    club_id    uuid primary key,
    founded_on date not null,
    members    integer check (members is null or members >= 0),
    recorded_by text not null
);
