-- A loan rules' interest rate is kept as the board entered it, a month or a year, without losing a decimal
-- (numeric(7, 5) turned 0.008333 into 0.00833); the penalty rate too.
alter table loan_rules rename column monthly_rate to rate;
alter table loan_rules drop constraint loan_rules_monthly_rate_check;
alter table loan_rules alter column rate type numeric;
alter table loan_rules add column rate_per text not null default 'MONTH' check (rate_per in ('MONTH', 'YEAR'));
alter table loan_rules alter column rate_per drop default;
alter table loan_rules add constraint loan_rules_rate_check
    check (rate >= 0 and (rate_per = 'MONTH' and rate < 0.1 or rate_per = 'YEAR' and rate < 1.2));
alter table loan_rules alter column penalty_rate type numeric;
