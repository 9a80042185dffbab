-- Personal data kept for a set time per kind of record (ishc.retention.*), and what the health-read log names.

-- The health-read log also names the new-meeting form (each member's last reading), a meeting's saved versions
-- and a copy of a person's data.
alter table health_read drop constraint health_read_what_check;
alter table health_read add constraint health_read_what_check check (what in ('HEALTH_PAGE', 'HEALTH_API',
    'MEETING_PAGE', 'MEETING_API', 'MEETING_FORM', 'MEETING_VERSIONS', 'HOME_VISIT_PAGE', 'HOME_VISIT_API',
    'PERSONAL_DATA'));

-- The log stays append-only for everyone (the application role may not delete from it, and the trigger refuses
-- the owner too), except through this function: it removes the lines written before the date given, and never
-- a line less than a year old whatever date it is given.
create function health_read_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('ishc.health_read_expiry', true) = 'on'
            and old.at < now() - interval '1 year' then
        return old;
    end if;
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name;
end $$;
drop trigger health_read_append_only on health_read;
create trigger health_read_append_only before update or delete on health_read
    for each row execute function health_read_kept();

create function health_read_expire(before timestamptz) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    gone integer;
begin
    perform set_config('ishc.health_read_expiry', 'on', true);
    delete from health_read where at < least(before, now() - interval '1 year');
    get diagnostics gone = row_count;
    perform set_config('ishc.health_read_expiry', 'off', true);
    return gone;
end $$;

-- The ledger is never changed: once a person is anonymised, the entries naming them (theirs, their loans', and
-- the reversals of those) are listed here, and every page, statement and passbook shows what is in shown_as (the
-- pseudonym) instead of the texts typed. Only ever added to.
create table ledger_text_redaction (
    entry_id    uuid        primary key references ledger_entry,
    redacted_at timestamptz not null default now(),
    reason      text        not null,
    shown_as    text        not null
);
create trigger ledger_text_redaction_append_only before update or delete on ledger_text_redaction
    for each row execute function audit_append_only();
create trigger ledger_text_redaction_not_emptied before truncate on ledger_text_redaction
    for each statement execute function audit_append_only();
