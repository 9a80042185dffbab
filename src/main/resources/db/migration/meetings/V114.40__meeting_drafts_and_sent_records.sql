-- A meeting is a draft until it is finished: a draft may leave members without attendance, and the
-- figures count finished meetings only. Every meeting recorded so far was recorded whole: finished.
alter table meeting add column status text not null default 'FINISHED'
    check (status in ('DRAFT', 'FINISHED'));

-- Each save sent from a phone carries an id made there; a save sent again (its answer lost on a weak
-- signal) is answered with the meeting it saved the first time instead of being saved twice.
create table meeting_submission (
    client_id   uuid        primary key,
    meeting_id  uuid        not null references meeting on delete cascade,
    version     integer     not null,
    received_at timestamptz not null default now()
);
create index meeting_submission_meeting on meeting_submission (meeting_id);
