-- Imports of the fund book: a sheet of one club's or many clubs' money movements, checked row by row, kept
-- until the user who uploaded it confirms or cancels it. The upload is kept (sealed) when rows are refused, so
-- that it can be handed back with the reason beside each refused row.
create table fund_book_batch (
    id            uuid        primary key,
    file_name     text        not null,
    status        text        not null check (status in ('PREVIEW', 'SAVED', 'CANCELLED')),
    total_rows    integer     not null,
    to_add        integer     not null,
    unchanged     integer     not null,
    refused       integer     not null,
    upload        text,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    finished_at   timestamptz,
    finished_by   text
);
create index fund_book_batch_creator on fund_book_batch (created_by, created_at desc);

-- One row of the sheet: the club and fund it is of (once known), what it records and what confirming does
-- with it; its note is sealed, as a note may name a member. Rows added are saved in the order of seq.
create table fund_book_row (
    batch_id    uuid    not null references fund_book_batch on delete cascade,
    seq         integer not null,
    row_number  integer not null,
    club_id     uuid,
    club        text    not null,
    entry_date  date,
    fund_id     uuid,
    fund        text    not null,
    kind        text,
    amount      bigint,
    note        text,
    outcome     text    not null check (outcome in ('ADD', 'UNCHANGED', 'REFUSED')),
    primary key (batch_id, seq)
);

-- Why a row is refused: the column as headed in the sheet, the value, and a message key with its arguments.
create table fund_book_problem (
    batch_id    uuid    not null references fund_book_batch on delete cascade,
    row_number  integer not null,
    seq         integer not null,
    column_name text,
    value       text,
    message_key text    not null,
    arguments   jsonb   not null default '[]',
    primary key (batch_id, row_number, seq)
);
