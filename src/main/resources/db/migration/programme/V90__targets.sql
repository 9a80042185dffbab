-- Targets of the programme: an indicator code, an area on today's map, a run of months, a value and
-- the document that set it (a national decision, a province's plan, another source).

-- The document a target comes from. area_path is whose document it is ("" national, "20" a
-- province), which decides who sees it.
create table programme_document (
    id          uuid        primary key,
    kind        text        not null check (kind in ('NATIONAL_DECISION', 'PROVINCIAL_PLAN', 'OTHER')),
    number      text        not null check (length(btrim(number)) > 0),
    number_key  text        not null,
    title       text,
    issued_on   date,
    area_path   text        not null check (area_path ~ '^([0-9]{2}(\.[0-9]{5})?)?$'),
    note        text,
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    unique (kind, area_path, number_key)
);

-- One version of a target. A correction (so far: of a province's share of a national target) adds a
-- new row that names the one it replaces and marks that one superseded, with who and when; a share
-- withdrawn is superseded by nobody. Rows are never deleted and never changed otherwise.
create table programme_target (
    id             uuid          primary key,
    code           text          not null check (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    area_path      text          not null check (area_path ~ '^([0-9]{2}(\.[0-9]{5})?)?$'),
    area_name      text          not null,
    first_month    date          not null check (extract(day from first_month) = 1),
    last_month     date          not null check (extract(day from last_month) = 1),
    measure        text          not null check (measure in ('COUNT', 'SHARE')),
    value          numeric(20, 2) not null check (value >= 0),
    of_code        text          check (of_code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    direction      text          not null default 'AT_LEAST' check (direction in ('AT_LEAST', 'AT_MOST')),
    document_id    uuid          not null references programme_document,
    parent_id      uuid          references programme_target,
    note           text,
    recorded_at    timestamptz   not null default now(),
    recorded_by    text          not null,
    replaces       uuid          references programme_target,
    superseded_at  timestamptz,
    superseded_by  text,
    check (first_month <= last_month),
    check ((measure = 'SHARE') = (of_code is not null)),
    check (measure <> 'SHARE' or (value > 0 and value <= 100)),
    check (measure <> 'COUNT' or value = trunc(value)),
    check ((superseded_at is null) = (superseded_by is null))
);
create index programme_target_area on programme_target (area_path text_pattern_ops) where superseded_at is null;
create index programme_target_code on programme_target (code) where superseded_at is null;
-- One share in force per province and national target.
create unique index programme_target_one_share on programme_target (parent_id, area_path)
    where parent_id is not null and superseded_at is null;

create function programme_target_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'targets are never deleted; a correction supersedes them';
    end if;
    if old.superseded_at is not null
            or (to_jsonb(new) - 'superseded_at' - 'superseded_by') <> (to_jsonb(old) - 'superseded_at' - 'superseded_by') then
        raise exception 'target % can only be superseded, once', old.id;
    end if;
    return new;
end $$;
create trigger programme_target_kept before update or delete on programme_target
    for each row execute function programme_target_kept();
