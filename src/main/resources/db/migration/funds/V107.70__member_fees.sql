-- The monthly fee a club's members pay (hội phí), decided by the club from a month on; the months a member is
-- excused from it; and, on a fee payment, the months it pays for. A fee payment is a contribution from the
-- members to a fund that names the member (person_id), so it shows in their passbook as well.
create table fee_rate (
    id          uuid        primary key,
    club_id     uuid        not null,
    from_month  date        not null check (extract(day from from_month) = 1),
    amount      bigint      not null check (amount >= 0 and amount <= 100000000),
    fund_kind   text        not null default 'OPERATING',
    decided_by  text        not null,
    decided_at  timestamptz not null default now(),
    unique (club_id, from_month)
);

create table fee_exemption (
    id          uuid        primary key,
    club_id     uuid        not null,
    person_id   uuid        not null,
    from_month  date        not null check (extract(day from from_month) = 1),
    to_month    date        check (to_month is null or to_month >= from_month),
    reason      text        not null,
    decided_by  text        not null,
    decided_at  timestamptz not null default now()
);
create index fee_exemption_person on fee_exemption (club_id, person_id);

alter table ledger_entry add column fee_from date check (fee_from is null or extract(day from fee_from) = 1);
alter table ledger_entry add column fee_months smallint check (fee_months is null or fee_months between 1 and 24);
alter table ledger_entry add constraint ledger_entry_fee_months check ((fee_from is null) = (fee_months is null));

-- A cash count sent again with the same key is recorded once.
alter table cash_count add column idempotency_key text;
alter table cash_count add column request_fingerprint text;
create unique index cash_count_request on cash_count (fund_id, idempotency_key) where idempotency_key is not null;
