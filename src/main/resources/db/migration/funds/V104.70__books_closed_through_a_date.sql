-- A club's books are closed up to a date: no entry in any of its funds dated on or before it. Every
-- closing and every reopening is kept (neither is ever changed or deleted); a closing keeps its report
-- (each fund's accounts and cash on the closing date) as it was when closed, and a reopening its reason.
-- The latest act of a club says how far its books are closed.
create table fund_closing (
    seq            bigint      generated always as identity primary key,
    id             uuid        not null unique,
    club_id        uuid        not null,
    action         text        not null check (action in ('CLOSE', 'REOPEN')),
    closed_through date,
    reason         text,
    report         jsonb,
    acted_by       text        not null,
    acted_at       timestamptz not null default now(),
    check (action = 'CLOSE' and closed_through is not null and report is not null
           or action = 'REOPEN' and reason is not null and length(btrim(reason)) > 0)
);
create index fund_closing_club on fund_closing (club_id, seq desc);
create trigger fund_closing_append_only before update or delete on fund_closing
    for each row execute function ledger_append_only();

-- Months closed before: a club's books are closed through the end of its last closed month.
insert into fund_closing (id, club_id, action, closed_through, report, acted_by, acted_at)
select gen_random_uuid(), club_id, 'CLOSE', (max(month) + interval '1 month' - interval '1 day')::date,
       jsonb_build_object('funds', '[]'::jsonb, 'carriedOver', true),
       (array_agg(closed_by order by month desc))[1], max(closed_at)
from fund_month_closed group by club_id;
drop table fund_month_closed;
