-- A board's decision to reschedule a loan: the instalments from first_number on are replaced by a new
-- schedule over term_months from decided_on; the schedule they replaced is kept here as it was.
create table loan_reschedule (
    id                uuid        primary key,
    loan_id           uuid        not null references loan,
    decided_on        date        not null,
    term_months       integer     not null check (term_months between 1 and 120),
    grace_months      integer     not null default 0 check (grace_months >= 0 and grace_months < term_months),
    first_number      integer     not null check (first_number >= 1),
    outstanding       bigint      not null check (outstanding > 0),
    interest_arrears  bigint      not null check (interest_arrears >= 0),
    reason            text        not null,
    previous_schedule jsonb       not null,
    decided_by        text        not null,
    recorded_at       timestamptz not null default now()
);
create index loan_reschedule_loan on loan_reschedule (loan_id, recorded_at);
