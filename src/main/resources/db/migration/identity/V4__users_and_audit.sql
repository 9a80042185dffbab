-- Users: one role and one area scope each (a unit in force when it was assigned; null for the nation).
create table app_user (
    id             uuid        primary key,
    username       text        not null,
    display_name   text        not null,
    password_hash  text        not null,
    role           text        not null,
    scope_unit_id  bigint,
    enabled        boolean     not null default true,
    version        integer     not null default 0,
    created_at     timestamptz not null default now(),
    created_by     text        not null,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null
);
create unique index app_user_username on app_user (lower(username));

-- Who did what, when: changes to records and requests refused for being outside the user's scope.
create table audit_event (
    id      bigint generated always as identity primary key,
    at      timestamptz not null default now(),
    actor   text        not null,
    action  text        not null,
    target  text        not null,
    outcome text        not null check (outcome in ('done', 'refused')),
    detail  jsonb       not null default '{}'
);
create index audit_event_at on audit_event (at desc);
create index audit_event_target on audit_event (target);
