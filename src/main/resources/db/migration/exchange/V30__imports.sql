-- Spreadsheet imports of a club's members: the uploaded list, checked row by row, kept until it is
-- confirmed or cancelled, so that the user can leave the preview and come back to it.
create table import_batch (
    id            uuid        primary key,
    club_id       uuid        not null,
    file_name     text        not null,
    status        text        not null check (status in ('PREVIEW', 'SAVING', 'SAVED', 'FAILED', 'CANCELLED')),
    total_rows    integer     not null,
    to_add        integer     not null,
    to_update     integer     not null,
    unchanged     integer     not null,
    refused       integer     not null,
    done_rows     integer     not null default 0,
    to_save       integer     not null default 0,
    failure_key   text,
    failure_args  jsonb,
    progress_at   timestamptz,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    finished_at   timestamptz,
    finished_by   text
);
create index import_batch_club on import_batch (club_id, created_at desc);

-- One row of the sheet: what it will do (add, update, unchanged, refused) and the details to save,
-- as checked at upload.
create table import_row (
    batch_id    uuid    not null references import_batch on delete cascade,
    row_number  integer not null,
    outcome     text    not null check (outcome in ('ADD', 'UPDATE', 'UNCHANGED', 'REFUSED')),
    full_name   text,
    person_id   uuid,
    version     integer,
    details     jsonb,
    changes     text,
    primary key (batch_id, row_number)
);

-- Why a row is refused: the column as headed in the sheet, the value, and a message key with its
-- arguments, so that the reason is shown in the reader's language.
create table import_problem (
    batch_id    uuid    not null references import_batch on delete cascade,
    row_number  integer not null,
    seq         integer not null,
    column_name text,
    value       text,
    message_key text    not null,
    arguments   jsonb   not null default '[]',
    primary key (batch_id, row_number, seq)
);
