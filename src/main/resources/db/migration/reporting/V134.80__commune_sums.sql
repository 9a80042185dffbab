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
