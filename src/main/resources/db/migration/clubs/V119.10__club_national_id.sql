-- A club's national identifier: the code of the commune it was founded in, a dash and its sequence
-- among the clubs founded in communes of that code ("06379-001"; three digits, more past 999). A
-- commune code may name two communes on the two maps, so the sequence runs over the code, not the
-- commune: the identifier is unique in the country. Given at registration, it never changes (not when
-- the commune merges or the club's village moves). Existing clubs are numbered by founding date, then
-- registration time, then id.
alter table club add column national_id text;

with numbered as (
    select id, substring(founded_path from '[^.]+$') as commune_code,
           row_number() over (partition by substring(founded_path from '[^.]+$')
                              order by founded_on, created_at, id) as seq
    from club)
update club c
   set national_id = n.commune_code || '-' || case when n.seq < 1000 then lpad(n.seq::text, 3, '0') else n.seq::text end
  from numbered n
 where n.id = c.id;

alter table club alter column national_id set not null;
create unique index club_national_id on club (national_id);

create function club_national_id_kept() returns trigger language plpgsql as $$
begin
    if new.national_id <> old.national_id then
        raise exception 'a club''s national identifier never changes (club %, % to %)', old.id, old.national_id, new.national_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger club_national_id_kept before update of national_id on club
    for each row execute function club_national_id_kept();
