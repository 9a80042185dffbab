-- A club's loan rules, approved by its board on a date and kept with their history; loans from the
-- income-generation fund with their schedule. Money moves only through the ledger (disbursement,
-- repayment, write-off entries carry the loan's id).
create table loan_rules (
    id               uuid          primary key,
    club_id          uuid          not null,
    approved_on      date          not null,
    max_amount       bigint        not null check (max_amount > 0),
    max_term_months  integer       not null check (max_term_months between 1 and 120),
    monthly_rate     numeric(7, 5) not null check (monthly_rate >= 0 and monthly_rate < 0.1),
    method           text          not null check (method in ('FLAT', 'DECLINING')),
    repayment        text          not null check (repayment in ('EQUAL_INSTALMENTS', 'PRINCIPAL_AT_END')),
    grace_months     integer       not null default 0 check (grace_months >= 0),
    penalty_rate     numeric(7, 5) not null default 0 check (penalty_rate >= 0 and penalty_rate < 0.1),
    eligibility      text,
    recorded_by      text          not null,
    recorded_at      timestamptz   not null default now()
);
create index loan_rules_club on loan_rules (club_id, approved_on desc, recorded_at desc);

create table loan (
    id              uuid        primary key,
    club_id         uuid        not null,
    fund_id         uuid        not null references fund,
    person_id       uuid        not null,
    person_name     text        not null,
    amount          bigint      not null check (amount > 0),
    purpose         text        not null check (purpose in ('LIVESTOCK', 'CROPS', 'TRADE', 'CRAFT', 'OTHER')),
    purpose_note    text,
    term_months     integer     not null check (term_months between 1 and 120),
    applied_on      date        not null,
    status          text        not null check (status in ('APPLIED', 'APPROVED', 'REFUSED', 'DISBURSED', 'CLOSED', 'WRITTEN_OFF')),
    decided_on      date,
    decided_by      text,
    decision_note   text,
    rules_id        uuid        references loan_rules,
    disbursed_on    date,
    closed_on       date,
    version         integer     not null default 0,
    created_by      text        not null,
    created_at      timestamptz not null default now()
);
create index loan_club on loan (club_id, status);

create table loan_instalment (
    loan_id   uuid    not null references loan,
    number    integer not null,
    due_on    date    not null,
    principal bigint  not null check (principal >= 0),
    interest  bigint  not null check (interest >= 0),
    primary key (loan_id, number)
);
