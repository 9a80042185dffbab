-- A club's funds and their ledger. Every movement is an entry of balanced lines (debits positive,
-- credits negative, whole đồng) that sum to zero for the entry and for each fund it touches. Entries
-- and lines are never changed nor deleted: a mistake is undone by a reversal entry pointing at it.
create table fund (
    id         uuid        primary key,
    club_id    uuid        not null,
    kind       text        not null check (kind in ('INCOME_GENERATION', 'OPERATING', 'WELFARE', 'OTHER')),
    name       text        not null,
    opened_on  date        not null,
    created_at timestamptz not null default now(),
    created_by text        not null
);
create unique index fund_main_kinds on fund (club_id, kind) where kind in ('INCOME_GENERATION', 'OPERATING');
create index fund_club on fund (club_id);

create table ledger_entry (
    id              uuid        primary key,
    seq             bigint      generated always as identity unique,
    club_id         uuid        not null,
    entry_date      date        not null,
    kind            text        not null check (kind in ('CONTRIBUTION', 'EXPENSE', 'TRANSFER', 'REVERSAL', 'DISBURSEMENT',
                                                         'REPAYMENT', 'WRITE_OFF')),
    loan_id         uuid,
    source          text        check (source in ('STATE', 'ASSOCIATION', 'PROJECT', 'COMMUNITY', 'BUSINESS', 'MEMBERS', 'OTHER')),
    purpose         text,
    description     text,
    reverses_id     uuid        unique references ledger_entry,
    idempotency_key text,
    recorded_by     text        not null,
    recorded_at     timestamptz not null default now(),
    check ((kind = 'REVERSAL') = (reverses_id is not null)),
    unique (club_id, idempotency_key)
);
create index ledger_entry_club_date on ledger_entry (club_id, entry_date, seq);
create index ledger_entry_loan on ledger_entry (loan_id) where loan_id is not null;

create table ledger_line (
    entry_id uuid   not null references ledger_entry,
    line_no  integer not null,
    fund_id  uuid   not null references fund,
    account  text   not null check (account in ('CASH', 'LOANS', 'CONTRIBUTIONS', 'INTEREST', 'PENALTIES', 'EXPENSES',
                                                'TRANSFERS', 'WRITE_OFFS')),
    amount   bigint not null check (amount <> 0),
    primary key (entry_id, line_no)
);
create index ledger_line_fund on ledger_line (fund_id, account);

-- The ledger is append-only.
create function ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % refused', tg_op, tg_table_name;
end $$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_append_only();
create trigger ledger_line_append_only before update or delete on ledger_line
    for each row execute function ledger_append_only();

-- Every entry balances, in all and fund by fund, checked when its transaction commits.
create function ledger_entry_balances() returns trigger language plpgsql as $$
declare
    off bigint;
begin
    select coalesce(sum(amount), 0) into off from ledger_line where entry_id = new.entry_id;
    if off <> 0 then
        raise exception 'ledger entry % does not balance (off by %)', new.entry_id, off;
    end if;
    if exists (select 1 from ledger_line where entry_id = new.entry_id group by fund_id having sum(amount) <> 0) then
        raise exception 'ledger entry % does not balance within each fund', new.entry_id;
    end if;
    return null;
end $$;
create constraint trigger ledger_line_balanced after insert on ledger_line
    deferrable initially deferred for each row execute function ledger_entry_balances();

-- Months closed by the club: no entry may be dated in them.
create table fund_month_closed (
    club_id   uuid        not null,
    month     date        not null check (extract(day from month) = 1),
    closed_by text        not null,
    closed_at timestamptz not null default now(),
    primary key (club_id, month)
);

-- Cash counted at a meeting, beside what the book said that day.
create table cash_count (
    id          uuid        primary key,
    fund_id     uuid        not null references fund,
    counted_on  date        not null,
    counted     bigint      not null check (counted >= 0),
    book        bigint      not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
