-- A commune, then its province, approves a month's or a quarter's figures. Every act is kept (none is ever
-- changed or deleted): an approval keeps the area's figures as they were when approved (restated on today's
-- map), a return (by the approver or a level above) its reason. The latest act of an area and period says
-- whether it stands approved; a current figure other than the kept one marks it as adjusted after approval.
create table figure_approval (
    seq        bigint      generated always as identity primary key,
    id         uuid        not null unique,
    area_level text        not null check (area_level in ('PROVINCE', 'COMMUNE')),
    area_path  text        not null check (area_path ~ '^\d{2}(\.\d{5})?$'),
    period     text        not null check (period ~ '^\d{4}-(\d{2}|Q[1-4])$'),
    action     text        not null check (action in ('APPROVE', 'RETURN')),
    figures    jsonb,
    reason     text,
    acted_by   text        not null,
    acted_at   timestamptz not null,
    check (area_level = 'COMMUNE' and area_path like '__.%' or area_level = 'PROVINCE' and area_path not like '%.%'),
    check (action = 'APPROVE' and figures is not null
           or action = 'RETURN' and reason is not null and length(btrim(reason)) > 0)
);
create index figure_approval_area on figure_approval (area_path, period, seq desc);
create trigger figure_approval_append_only before update or delete on figure_approval
    for each row execute function ledger_append_only();
