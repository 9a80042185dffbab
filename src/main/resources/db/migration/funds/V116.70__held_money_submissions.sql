-- The money of a meeting sent from the page or a phone that the server refused (a repayment more than is
-- owed, a member who left, an amount it could not read) is held here, as it was typed, for a person of the
-- club or its area to decide: corrected and sent again (saved), or dropped. It is never lost with the refusal.
-- Members' names are not kept: they are looked up when the held money is shown.
create table held_money_submission (
    id            uuid        primary key,
    club_id       uuid        not null,
    submission    text        not null,
    meeting_day   date        not null,
    lines         jsonb       not null,
    refused_line  integer,
    refusal_key   text        not null,
    refusal_args  jsonb       not null default '[]',
    submitted_by  text        not null,
    submitted_at  timestamptz not null default now(),
    resolved_at   timestamptz,
    resolved_by   text,
    resolution    text        check (resolution in ('SAVED', 'DROPPED')),
    check ((resolved_at is null) = (resolution is null) and (resolved_at is null) = (resolved_by is null))
);
-- The same submission refused again is held once (what it sent and why are brought up to date).
create unique index held_money_submission_once on held_money_submission (club_id, submission)
    where resolved_at is null;
create index held_money_submission_waiting on held_money_submission (club_id) where resolved_at is null;
