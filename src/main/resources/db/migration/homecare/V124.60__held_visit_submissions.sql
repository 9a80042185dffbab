-- A home visit sent from a phone that the server refused (the person is no longer in care that day, a
-- volunteer not assigned, a reading out of range, its id used by another visit) is held here as it was typed,
-- for the club's board, the officers of its area or the volunteer who sent it to decide: corrected and sent
-- again (saved), or dropped. It is never lost with the refusal. problems: what was wrong, as message keys.
create table held_visit_submission (
    id            uuid        primary key,
    club_id       uuid        not null,
    recipient_id  uuid        not null,
    visit_id      uuid        not null,
    sent          jsonb       not null,
    problems      jsonb       not null,
    submitted_by  text        not null,
    submitted_at  timestamptz not null default now(),
    resolved_at   timestamptz,
    resolved_by   text,
    resolution    text        check (resolution in ('SAVED', 'DROPPED')),
    check ((resolved_at is null) = (resolution is null) and (resolved_at is null) = (resolved_by is null))
);
-- The same visit refused again is held once (what it sent and why are brought up to date).
create unique index held_visit_submission_once on held_visit_submission (club_id, visit_id)
    where resolved_at is null;
create index held_visit_submission_waiting on held_visit_submission (club_id) where resolved_at is null;
