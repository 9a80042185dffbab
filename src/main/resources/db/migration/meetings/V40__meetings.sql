-- A club's monthly meeting: one per club and date, with its topics, guests and the attendance of
-- each member on that date. Every saved version is kept whole in meeting_version.
create table meeting (
    id             uuid        primary key,
    club_id        uuid        not null,
    held_on        date        not null,
    place          text,
    learning_topic text,
    other_topics   text,
    guests         integer     not null default 0 check (guests between 0 and 1000),
    guest_names    text,
    version        integer     not null default 1,
    created_at     timestamptz not null default now(),
    created_by     text        not null,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null,
    constraint meeting_club_date unique (club_id, held_on)
);

create table attendance (
    meeting_id uuid not null references meeting on delete cascade,
    person_id  uuid not null,
    status     text not null check (status in ('PRESENT', 'EXCUSED', 'ABSENT')),
    primary key (meeting_id, person_id)
);
create index attendance_person on attendance (person_id);

create table meeting_version (
    meeting_id  uuid        not null references meeting on delete cascade,
    version     integer     not null,
    content     jsonb       not null,
    recorded_at timestamptz not null default now(),
    recorded_by text        not null,
    primary key (meeting_id, version)
);
