-- Imports of the monthly meeting book: a sheet of one or many clubs, checked meeting by meeting, kept
-- until the user who uploaded it confirms or cancels it. The upload is kept (sealed) when rows are
-- refused, so that it can be handed back with the reason beside each refused row.
create table meeting_book_batch (
    id            uuid        primary key,
    file_name     text        not null,
    status        text        not null check (status in ('PREVIEW', 'SAVED', 'CANCELLED')),
    total_rows    integer     not null,
    to_add        integer     not null,
    to_update     integer     not null,
    unchanged     integer     not null,
    refused       integer     not null,
    refused_rows  integer     not null,
    upload        text,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    finished_at   timestamptz,
    finished_by   text
);
create index meeting_book_batch_creator on meeting_book_batch (created_by, created_at desc);

-- One meeting of the sheet (the rows of one club and one date): what confirming does with it, and the
-- meeting to record (sealed, as it holds readings), for those added or updated.
create table meeting_book_meeting (
    batch_id    uuid    not null references meeting_book_batch on delete cascade,
    seq         integer not null,
    club_id     uuid,
    club        text    not null,
    held_on     date,
    first_row   integer not null,
    row_count   integer not null,
    outcome     text    not null check (outcome in ('ADD', 'UPDATE', 'UNCHANGED', 'REFUSED')),
    entry       text,
    primary key (batch_id, seq)
);

-- Why a row is refused: the column as headed in the sheet, the value, and a message key with its
-- arguments, so that the reason is shown in the reader's language.
create table meeting_book_problem (
    batch_id    uuid    not null references meeting_book_batch on delete cascade,
    row_number  integer not null,
    seq         integer not null,
    column_name text,
    value       text,
    message_key text    not null,
    arguments   jsonb   not null default '[]',
    primary key (batch_id, row_number, seq)
);
