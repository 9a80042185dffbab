-- The sums of the nation and of each province now count a person in two of their clubs once (the worker
-- takes away, as it writes, the times a person is counted more than once), instead of every reading doing
-- it. The sums kept so far are put right here: for each sum and figure, a person counted by n of its
-- clubs is taken away n - 1 times. A sum's province is the club's on the map the sum is on: on the map as
-- it was, for a period ending before 1 July 2025, the province of its founding commune; else today's.
create index rpt_club_person_person on rpt_club_person (person_id);

with counted as (
    select b.boundaries, a.area, c.period_kind, c.period_start, c.code, c.dims, c.person_id, count(*) as n
    from rpt_club_person c
    join rpt_club_place p on p.club_id = c.club_id
    cross join (values ('A'), ('R')) as b(boundaries)
    cross join lateral (
        select '' as area
        union all
        select case when b.boundaries = 'A' and (case c.period_kind when 'M' then c.period_start + interval '1 month'
                                                                  when 'Q' then c.period_start + interval '3 months'
                                                                  else c.period_start + interval '1 year' end) <= date '2025-07-01'
                    then split_part(p.old_path, '.', 1) else p.now_province end
    ) a
    where a.area is not null
    group by 1, 2, 3, 4, 5, 6, 7
    having count(*) > 1
), twice as (
    select boundaries, area, period_kind, period_start, code, dims, sum(n - 1) as extra
    from counted group by 1, 2, 3, 4, 5, 6
)
update rpt_area_fact f set value = f.value - t.extra
from twice t
where f.boundaries = t.boundaries and f.area = t.area and f.period_kind = t.period_kind
  and f.period_start = t.period_start and f.code = t.code and f.dims = t.dims;

delete from rpt_area_fact where value = 0;
