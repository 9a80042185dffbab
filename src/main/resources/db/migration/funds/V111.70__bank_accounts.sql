-- Where a club keeps its money: the cash box, which every fund has without a row here, and the bank and
-- savings accounts the club opens. The account CASH of the ledger stays "all the fund's money"; a CASH
-- line that names a bank account (place_id) is money of that fund held there, one without is in the cash
-- box. Money moved between the cash box and a bank, or between two banks, is an entry of CASH lines only.
create table bank_account (
    id             uuid        primary key,
    club_id        uuid        not null,
    kind           text        not null check (kind in ('BANK', 'SAVINGS')),
    name           text        not null,
    bank           text        not null,
    account_number text        not null,
    opened_on      date        not null,
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    unique (club_id, bank, account_number)
);
create index bank_account_club on bank_account (club_id);

alter table ledger_line add column place_id uuid references bank_account;
alter table ledger_line add constraint ledger_line_place_holds_cash check (place_id is null or account = 'CASH');
create index ledger_line_place on ledger_line (place_id) where place_id is not null;

-- A line's bank account is one of the entry's club.
create function ledger_line_place_of_club() returns trigger language plpgsql as $$
begin
    if new.place_id is not null and not exists (
            select 1 from bank_account b join ledger_entry e on e.club_id = b.club_id
            where b.id = new.place_id and e.id = new.entry_id) then
        raise exception 'ledger line of entry % names a bank account of another club', new.entry_id;
    end if;
    return new;
end $$;
create trigger ledger_line_place_of_club before insert on ledger_line
    for each row execute function ledger_line_place_of_club();

-- The entries and accounts of money kept at a bank, added to those the ledger allows. The lists allowed so
-- far are read from the constraints rather than written out again, so that kinds or accounts another
-- migration added before this one are kept.
do $$
declare
    kinds    text[];
    accounts text[];
begin
    select array_agg(v[1]) into kinds
    from pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([A-Z_]+)''', 'g') v
    where c.conrelid = 'ledger_entry'::regclass and c.conname = 'ledger_entry_kind_check';
    select array_agg(v[1]) into accounts
    from pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([A-Z_]+)''', 'g') v
    where c.conrelid = 'ledger_line'::regclass and c.conname = 'ledger_line_account_check';
    alter table ledger_entry drop constraint ledger_entry_kind_check;
    execute format('alter table ledger_entry add constraint ledger_entry_kind_check check (kind = any (%L::text[]))',
                   kinds || array['DEPOSIT', 'WITHDRAWAL', 'BANK_TRANSFER', 'BANK_INTEREST', 'BANK_FEE']);
    alter table ledger_line drop constraint ledger_line_account_check;
    execute format('alter table ledger_line add constraint ledger_line_account_check check (account = any (%L::text[]))',
                   accounts || array['BANK_INTEREST', 'BANK_FEES']);
end $$;
