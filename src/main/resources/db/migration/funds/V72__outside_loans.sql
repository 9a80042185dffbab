-- Loans from outside lenders (e.g. the Bank for Social Policies) that the club helped a member obtain:
-- recorded for the club's own follow-up, never part of its funds or ledger.
create table outside_loan (
    id           uuid        primary key,
    club_id      uuid        not null,
    person_id    uuid        not null,
    person_name  text        not null,
    lender       text        not null,
    amount       bigint      not null check (amount > 0),
    obtained_on  date        not null,
    term_months  integer     check (term_months between 1 and 360),
    purpose      text        check (purpose in ('LIVESTOCK', 'CROPS', 'TRADE', 'CRAFT', 'OTHER')),
    repaid_on    date,
    notes        text,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    check (repaid_on is null or repaid_on >= obtained_on)
);
create index outside_loan_club on outside_loan (club_id, obtained_on);
