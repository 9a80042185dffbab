-- Loan rules may repay an equal part of the principal each month with interest on what is still owed
-- (instalments falling month by month), round each instalment to 1,000 đ (the principal absorbing the
-- rounding, the last instalment repaying exactly what is left), and put the instalments on the club's
-- meeting day. Rules approved before keep their schedules: to the đồng, k months after disbursement.
alter table loan_rules drop constraint loan_rules_repayment_check;
alter table loan_rules add constraint loan_rules_repayment_check
    check (repayment in ('EQUAL_INSTALMENTS', 'PRINCIPAL_AT_END', 'EQUAL_PRINCIPAL'));
alter table loan_rules add constraint loan_rules_equal_principal_declining
    check (repayment <> 'EQUAL_PRINCIPAL' or method = 'DECLINING');
alter table loan_rules add column round_to_thousand boolean not null default false;
alter table loan_rules add column due_day text not null default 'MONTHS_AFTER'
    check (due_day in ('MONTHS_AFTER', 'MEETING_DAY'));

-- Money repaid on a written-off loan is a recovery: cash in, credited to its own income account, so the
-- write-off stays as the board decided it and what was recovered shows beside it.
alter table ledger_entry drop constraint ledger_entry_kind_check;
alter table ledger_entry add constraint ledger_entry_kind_check
    check (kind in ('CONTRIBUTION', 'EXPENSE', 'TRANSFER', 'REVERSAL', 'DISBURSEMENT', 'REPAYMENT', 'WRITE_OFF',
                    'RECOVERY'));
alter table ledger_line drop constraint ledger_line_account_check;
alter table ledger_line add constraint ledger_line_account_check
    check (account in ('CASH', 'LOANS', 'CONTRIBUTIONS', 'INTEREST', 'PENALTIES', 'EXPENSES', 'TRANSFERS', 'WRITE_OFFS',
                       'RECOVERIES'));
