-- Imports of a commune's clubs from one sheet (one row per club), checked row by row and kept until the
-- user who uploaded it confirms or cancels it. The upload is kept (sealed) when rows are refused, so that
-- it can be handed back with the reason beside each refused row.
create table club_import_batch (
    id            uuid        primary key,
    commune_id    bigint      not null,
    file_name     text        not null,
    status        text        not null check (status in ('PREVIEW', 'SAVED', 'CANCELLED')),
    total_rows    integer     not null,
    to_add        integer     not null,
    to_update     integer     not null,
    unchanged     integer     not null,
    refused       integer     not null,
    upload        text,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    finished_at   timestamptz,
    finished_by   text
);
create index club_import_batch_creator on club_import_batch (created_by, created_at desc);

-- One row of the sheet: the club it registers or corrects, what confirming does with it, and what to
-- save (the club's details and board as checked) for those added or updated.
create table club_import_row (
    batch_id    uuid    not null references club_import_batch on delete cascade,
    row_number  integer not null,
    club_id     uuid,
    code        text    not null,
    name        text    not null,
    outcome     text    not null check (outcome in ('ADD', 'UPDATE', 'UNCHANGED', 'REFUSED')),
    entry       jsonb,
    primary key (batch_id, row_number)
);

-- Why a row is refused: the column as headed in the sheet, the value, and a message key with its arguments.
create table club_import_problem (
    batch_id    uuid    not null references club_import_batch on delete cascade,
    row_number  integer not null,
    seq         integer not null,
    column_name text,
    value       text,
    message_key text    not null,
    arguments   jsonb   not null default '[]',
    primary key (batch_id, row_number, seq)
);
