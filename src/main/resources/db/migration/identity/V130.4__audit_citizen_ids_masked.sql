-- Citizen IDs written whole into the audit log before they were masked in it (a member's change recorded the
-- number before and after) are masked, as the personal-data law asks of data kept beyond its need: every
-- 12-digit number in a line's details becomes its first 3 digits, **** and its last 4, in the strings of the
-- details only (a number of money or a longer code is left alone). Nothing else of any line changes.
--
-- The log stays append-only: the trigger that refuses a change is off only for the one update below, inside
-- this migration's transaction, which holds the table locked against every other session until it is back
-- on; only the owner may switch it off or run this function (the application's role may do neither).

-- The details with every 12-digit number in their strings masked.
create function audit_masked(detail jsonb) returns jsonb language plpgsql immutable as $$
begin
    return case jsonb_typeof(detail)
        when 'string' then to_jsonb(regexp_replace(detail #>> '{}', '(?<![0-9])([0-9]{3})[0-9]{5}([0-9]{4})(?![0-9])',
                                                   '\1****\2', 'g'))
        when 'object' then (select coalesce(jsonb_object_agg(k, audit_masked(v)), '{}'::jsonb) from jsonb_each(detail) e(k, v))
        when 'array' then (select coalesce(jsonb_agg(audit_masked(v) order by i), '[]'::jsonb)
                           from jsonb_array_elements(detail) with ordinality a(v, i))
        else detail
    end;
end $$;

-- Masks them in every line; returns how many lines changed. Run again, it finds none.
create function audit_mask_citizen_ids() returns integer language plpgsql as $$
declare
    masked integer;
begin
    alter table audit_event disable trigger audit_event_append_only;
    update audit_event set detail = audit_masked(detail)
    where detail::text ~ '(?<![0-9])[0-9]{12}(?![0-9])' and audit_masked(detail) <> detail;
    get diagnostics masked = row_count;
    alter table audit_event enable trigger audit_event_append_only;
    return masked;
end $$;
revoke execute on function audit_masked(jsonb), audit_mask_citizen_ids() from public;

-- The correction itself is written in the log: how many lines, and why (not in the statement that masks, which
-- cannot switch the trigger while the table is open for an insert).
do $$
declare
    masked integer := audit_mask_citizen_ids();
begin
    insert into audit_event (actor, action, target, outcome, detail)
    values ('system', 'audit.citizenIds.masked', 'audit_event', 'done',
            jsonb_build_object('lines', masked, 'reason',
                'Citizen IDs written whole before they were masked in the audit log: masked under the personal-data law'));
end $$;
