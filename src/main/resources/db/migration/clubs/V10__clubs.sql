-- Clubs: founded by a commune People's Committee's decision, sitting in a village. commune_id is the
-- commune the club was founded in (a unit version, possibly of the map before 1 July 2025);
-- area_paths are the places on today's map it belongs to (its village's commune today, or every
-- successor of a split commune until the village is placed), used for area scopes.
create table club (
    id                 uuid        primary key,
    village_id         uuid        not null,
    commune_id         bigint      not null,
    founded_path       text        not null,
    area_paths         text[]      not null,
    code               text        not null,
    name               text        not null,
    name_key           text        not null,
    decision_number    text        not null,
    decision_date      date        not null,
    decision_issuer    text        not null,
    founded_on         date        not null,
    meeting_day        text        not null,
    version            integer     not null default 0,
    created_at         timestamptz not null default now(),
    created_by         text        not null,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null
);
create unique index club_code_in_commune on club (commune_id, lower(code));
create index club_area_paths on club using gin (area_paths);
create index club_founded_path on club (founded_path text_pattern_ops);
create index club_village on club (village_id);
create index club_name_key on club using gin (name_key gin_trgm_ops);

-- Status over time: active, suspended, dissolved, each from a date with a reason.
create table club_status (
    id          bigint generated always as identity primary key,
    club_id     uuid        not null references club,
    status      text        not null check (status in ('ACTIVE', 'SUSPENDED', 'DISSOLVED')),
    effective   date        not null,
    reason      text,
    recorded_at timestamptz not null default now(),
    recorded_by text        not null,
    unique (club_id, effective)
);

-- Partner projects that support clubs (kept by administrators) and which clubs they support.
create table partner_project (
    id       uuid primary key,
    code     text not null unique,
    name     text not null,
    funder   text not null
);
create table club_project (
    club_id    uuid not null references club,
    project_id uuid not null references partner_project,
    primary key (club_id, project_id)
);

-- Board positions held by members over time.
create table club_board_role (
    id         uuid    primary key,
    club_id    uuid    not null references club,
    person_id  uuid    not null,
    role       text    not null check (role in ('CHAIR', 'VICE_CHAIR', 'FINANCE', 'AREA_LEAD', 'MEMBER')),
    areas      integer[] not null default '{}',
    start_on   date    not null,
    end_on     date,
    check (end_on is null or end_on > start_on)
);
create index club_board_role_club on club_board_role (club_id);

-- Groups (tổ) of a club, each with a leader and its members.
create table club_group (
    id               uuid primary key,
    club_id          uuid not null references club,
    name             text not null,
    leader_person_id uuid,
    unique (club_id, name)
);
create table club_group_member (
    group_id  uuid not null references club_group,
    person_id uuid not null,
    primary key (group_id, person_id)
);

insert into partner_project (id, code, name, funder) values
    (gen_random_uuid(), 'VIE070', 'Nhân rộng mô hình CLB Liên thế hệ tự giúp nhau (VIE070)', 'HelpAge International'),
    (gen_random_uuid(), 'VIE071', 'Chăm sóc tại nhà dựa vào cộng đồng (VIE071)', 'HelpAge International'),
    (gen_random_uuid(), 'VIE085', 'CLB Liên thế hệ tự giúp nhau và chăm sóc dài hạn (VIE085)', 'HelpAge International'),
    (gen_random_uuid(), 'JSDF', 'Dự án JSDF hỗ trợ CLB Liên thế hệ tự giúp nhau', 'Ngân hàng Thế giới (World Bank)'),
    (gen_random_uuid(), 'ADB-TA9928', 'Thí điểm chăm sóc dài hạn dựa vào cộng đồng (TA 9928)', 'Ngân hàng Phát triển châu Á (ADB)');
