-- The audit log is append-only like the ledger: no row of either is changed or deleted, and neither
-- table is emptied, whoever asks (the application's role is not even allowed to; the owner is refused here).
create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name;
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger audit_event_not_emptied before truncate on audit_event
    for each statement execute function audit_append_only();

create trigger ledger_entry_not_emptied before truncate on ledger_entry
    for each statement execute function ledger_append_only();
create trigger ledger_line_not_emptied before truncate on ledger_line
    for each statement execute function ledger_append_only();
