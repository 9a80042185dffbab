-- The sums of each commune of today's map (restated figures, area = the commune's path "20.06058") are
-- kept beside those of the nation and the provinces, so that a province's table of communes and a
-- commune's own figures are read from a few sums instead of adding up the figures of all its clubs.
-- The worker keeps them from now on as it keeps the others; here they are filled from the clubs' figures
-- kept so far: each commune's clubs' figures added up, less, for each figure, a person counted by n of
-- its clubs taken away n - 1 times (as V98 did for the nation and the provinces).
insert into rpt_area_fact (boundaries, area, period_kind, period_start, code, dims, value)
select 'R', p.now_path, f.period_kind, f.period_start, f.code, f.dims, sum(f.value)
from rpt_club_fact f
join rpt_club_place p on p.club_id = f.club_id
where p.now_path is not null
group by p.now_path, f.period_kind, f.period_start, f.code, f.dims;

with counted as (
    select p.now_path as area, c.period_kind, c.period_start, c.code, c.dims, c.person_id, count(*) as n
    from rpt_club_person c
    join rpt_club_place p on p.club_id = c.club_id
    where p.now_path is not null
    group by 1, 2, 3, 4, 5, 6
    having count(*) > 1
), twice as (
    select area, period_kind, period_start, code, dims, sum(n - 1) as extra
    from counted group by 1, 2, 3, 4, 5
)
update rpt_area_fact f set value = f.value - t.extra
from twice t
where f.boundaries = 'R' and f.area = t.area and f.period_kind = t.period_kind
  and f.period_start = t.period_start and f.code = t.code and f.dims = t.dims;

delete from rpt_area_fact where boundaries = 'R' and area like '%.%' and value = 0;

-- The flows of the nation's, provinces' and communes' sums are kept for their quarters and years too (each
-- the sum of its months in the same area), so that an area's quarter or year is read from one row a figure
-- instead of its months' rows; the worker keeps them from now on. The flows as the catalogue has them now.
insert into rpt_area_fact (boundaries, area, period_kind, period_start, code, dims, value)
select f.boundaries, f.area, k.kind, k.start, f.code, f.dims, sum(f.value)
from rpt_area_fact f
cross join lateral (values ('Q', cast(date_trunc('quarter', f.period_start) as date)),
                           ('Y', cast(date_trunc('year', f.period_start) as date))) as k(kind, start)
where f.period_kind = 'M'
  and f.code in ('CLUBS_NEW', 'CLUBS_DISSOLVED', 'MEMBERS_NEW', 'MEMBERS_NEW_OLDER', 'MEMBERS_LEFT', 'MEETINGS_HELD',
                 'MEETING_ATTENDANCE', 'MEETING_ATTENDANCE_EXPECTED', 'BOOKS_EXPECTED', 'BOOKS_KEYED',
                 'BOOKS_KEYED_ON_TIME', 'ACTIVITIES', 'SELF_HELP_RECORDS', 'COMMUNITY_ACTIVITIES', 'ENTITLEMENT_CASES',
                 'DIALOGUES', 'FUNDS_MOBILISED', 'IN_KIND_MOBILISED', 'LOANS_DISBURSED', 'LOANS_DISBURSED_AMOUNT',
                 'REPAID_ON_TIME', 'INSTALMENTS_DUE', 'LOANS_WRITTEN_OFF_AMOUNT', 'EXTERNAL_LOANS_FACILITATED',
                 'REFERRALS', 'HOMECARE_VISITS')
group by f.boundaries, f.area, k.kind, k.start, f.code, f.dims
having sum(f.value) <> 0;
