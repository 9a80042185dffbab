-- A bank statement compared with the book: its date and closing balance, the book's balance of that bank
-- account on that date, and the statement's lines when the treasurer listed them (each with the book entry
-- it was matched to, if any). Kept as recorded, never changed nor deleted.
create table bank_reconciliation (
    id                uuid        primary key,
    bank_account_id   uuid        not null references bank_account,
    statement_date    date        not null,
    statement_balance bigint      not null,
    book_balance      bigint      not null,
    note              text,
    recorded_by       text        not null,
    recorded_at       timestamptz not null default now(),
    seq               bigint      generated always as identity unique
);
create index bank_reconciliation_account on bank_reconciliation (bank_account_id, seq);

create table bank_statement_line (
    reconciliation_id uuid    not null references bank_reconciliation,
    line_no           integer not null,
    line_date         date    not null,
    amount            bigint  not null check (amount <> 0),
    description       text,
    entry_id          uuid    references ledger_entry,
    primary key (reconciliation_id, line_no)
);
create index bank_statement_line_entry on bank_statement_line (entry_id) where entry_id is not null;

create trigger bank_reconciliation_append_only before update or delete on bank_reconciliation
    for each row execute function ledger_append_only();
create trigger bank_statement_line_append_only before update or delete on bank_statement_line
    for each row execute function ledger_append_only();
