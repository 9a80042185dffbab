-- A loan rules' interest rate is kept as the board entered it, a month or a year, without losing a decimal
-- (numeric(7, 5) turned 0.008333 into 0.00833); the penalty rate too. The rules say what principal paid
-- ahead of a schedule does to the later instalments: make them smaller (the term kept) or end sooner.
alter table loan_rules rename column monthly_rate to rate;
alter table loan_rules drop constraint loan_rules_monthly_rate_check;
alter table loan_rules alter column rate type numeric;
alter table loan_rules add column rate_per text not null default 'MONTH' check (rate_per in ('MONTH', 'YEAR'));
alter table loan_rules alter column rate_per drop default;
alter table loan_rules add constraint loan_rules_rate_check
    check (rate >= 0 and (rate_per = 'MONTH' and rate < 0.1 or rate_per = 'YEAR' and rate < 1.2));
alter table loan_rules alter column penalty_rate type numeric;
alter table loan_rules add column prepayment text not null default 'REDUCE_INSTALMENT'
    check (prepayment in ('REDUCE_INSTALMENT', 'REDUCE_TERM'));

-- A loan's later instalments worked out again on what it still owed from a day, after a repayment paid
-- principal ahead of its schedule, or after such a repayment was reversed (entry_id: the repayment or the
-- reversal). The instalments from first_number on were replaced; the schedule they replaced is kept here as
-- it was, as a rescheduling keeps it. Instalments whose month began before computed_from never change.
create table loan_recalculation (
    seq               bigint      generated always as identity primary key,
    id                uuid        not null unique,
    loan_id           uuid        not null references loan,
    entry_id          uuid        not null references ledger_entry,
    computed_from     date        not null,
    first_number      integer     not null check (first_number >= 1),
    paid_ahead        bigint      not null check (paid_ahead >= 0),
    outstanding       bigint      not null check (outstanding >= 0),
    prepayment        text        not null check (prepayment in ('REDUCE_INSTALMENT', 'REDUCE_TERM')),
    previous_schedule jsonb       not null,
    recorded_by       text        not null,
    recorded_at       timestamptz not null default now()
);
create index loan_recalculation_loan on loan_recalculation (loan_id, seq);
create index loan_recalculation_entry on loan_recalculation (entry_id);
