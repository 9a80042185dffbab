-- Administrative units with their history. A unit is one version of a province, district or
-- commune: identified by (level, code, valid_from), never by code alone, because codes were reused
-- in the 2025 reform. valid_to is exclusive; null means still in force.
create table geo_unit (
    id           bigint generated always as identity primary key,
    level        text    not null check (level in ('province', 'district', 'commune')),
    code         text    not null,
    kind         text    not null,
    name         text    not null,
    full_name    text    not null,
    name_en      text    not null,
    full_name_en text    not null,
    parent_code  text,
    valid_from   date    not null,
    valid_to     date,
    path         ltree   not null,
    name_key     text    not null,
    former_codes text[]  not null default '{}',
    constraint geo_unit_identity unique (level, code, valid_from),
    constraint geo_unit_period check (valid_to is null or valid_to > valid_from)
);
create index geo_unit_path on geo_unit using gist (path);
create index geo_unit_name_key on geo_unit using gin (name_key gin_trgm_ops);
create index geo_unit_parent on geo_unit (parent_code, level);

-- What a unit was formed from and what it went into: the 2025 crosswalk (full or partial share of
-- the predecessor) and later amendments.
create table geo_succession (
    id             bigint generated always as identity primary key,
    predecessor_id bigint not null references geo_unit,
    successor_id   bigint not null references geo_unit,
    share          text   not null check (share in ('full', 'partial')),
    effective      date   not null,
    source         text   not null check (source in ('reform', 'amendment')),
    constraint geo_succession_once unique (predecessor_id, successor_id)
);
create index geo_succession_successor on geo_succession (successor_id);

-- The 2025 crosswalk as published (its district-level rows for the five island districts repeat as
-- commune-level rows naming the district's code); geo_succession holds the distinct links.
create table geo_crosswalk (
    level         text not null,
    old_code      text not null,
    old_full_name text not null,
    new_code      text not null,
    new_full_name text not null,
    share         text not null
);

-- Changes after the reform, as published (code corrections, Đồng Nai's change of 30 April 2026).
create table geo_amendment (
    id                bigint generated always as identity primary key,
    change            text not null,
    level             text not null,
    code_before       text not null,
    full_name_before  text not null,
    code_after        text not null,
    full_name_after   text not null,
    effective         date
);

-- For every unit, the places on today's map it covers (its own path for a unit in force, the paths
-- of its successors for an earlier unit). Area scopes are checked against these paths.
create table geo_unit_reach (
    unit_id  bigint not null references geo_unit,
    now_path ltree  not null,
    primary key (unit_id, now_path)
);
create index geo_unit_reach_path on geo_unit_reach using gist (now_path);

-- Villages and residential groups (thôn, tổ dân phố): kept locally under a commune. A village created
-- under a commune that the reform merged keeps that commune and is placed under its commune on
-- today's map; current_commune_id stays null while a person must choose (the old commune was split).
create table geo_village (
    id                 uuid        primary key,
    commune_id         bigint      not null references geo_unit,
    current_commune_id bigint      references geo_unit,
    name               text        not null,
    name_key           text        not null,
    retired_on         date,
    version            integer     not null default 0,
    created_at         timestamptz not null default now(),
    created_by         text        not null,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null
);
create unique index geo_village_name_in_commune on geo_village (commune_id, name_key) where retired_on is null;
create index geo_village_current_commune on geo_village (current_commune_id);
create index geo_village_name_key on geo_village using gin (name_key gin_trgm_ops);
