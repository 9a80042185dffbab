-- A meeting sent from a phone that the server refused because the meeting was changed meanwhile (the
-- commune officer corrected it, another save took the date) or because it breaks a rule now (a member has
-- left since; problems: what was wrong, as message keys) is held here for a person to decide: kept over
-- the meeting as now recorded, or dropped. It is never lost with the refusal.
create table held_meeting_submission (
    id             uuid        primary key,
    club_id        uuid        not null,
    meeting_id     uuid        references meeting on delete cascade,
    client_id      uuid        not null,
    held_on        date,
    body           jsonb       not null,
    submitted_by   text        not null,
    submitted_at   timestamptz not null default now(),
    reason         text        not null check (reason in ('CHANGED_MEANWHILE', 'DATE_TAKEN', 'REFUSED')),
    server_version integer,
    problems       jsonb,
    resolved_at    timestamptz,
    resolved_by    text,
    resolution     text        check (resolution in ('KEPT_SENT', 'KEPT_CURRENT', 'DROPPED_ON_PHONE')),
    check ((resolved_at is null) = (resolution is null) and (resolved_at is null) = (resolved_by is null))
);
-- A save sent again after its refusal is held once.
create unique index held_meeting_submission_once on held_meeting_submission (club_id, client_id)
    where resolved_at is null;
create index held_meeting_submission_waiting on held_meeting_submission (club_id) where resolved_at is null;
