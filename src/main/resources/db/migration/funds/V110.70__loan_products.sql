-- A club may lend under several loan products at once (livestock over 12 months, trade over 3), each with
-- its name and its own rules over time (loan_rules.product_id); a loan names its product. A product may be
-- withdrawn from a day: new loans are refused from then, running loans go on as they were.
create table loan_product (
    id           uuid        primary key,
    club_id      uuid        not null,
    name         text,
    created_on   date        not null,
    withdrawn_on date,
    withdrawn_by text,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    check ((withdrawn_on is null) = (withdrawn_by is null))
);
create index loan_product_club on loan_product (club_id, created_on, recorded_at);
create unique index loan_product_name on loan_product (club_id, lower(name)) where name is not null;

-- Each club's rules and loans so far become its first product, unnamed (the pages call it the club's loans).
insert into loan_product (id, club_id, name, created_on, recorded_by)
select gen_random_uuid(), c.club_id, null, min(c.day), 'migration'
from (select club_id, approved_on as day from loan_rules union all select club_id, applied_on from loan) c
group by c.club_id;

alter table loan_rules add column product_id uuid references loan_product;
update loan_rules r set product_id = p.id from loan_product p where p.club_id = r.club_id;
alter table loan_rules alter column product_id set not null;
create index loan_rules_product on loan_rules (product_id, approved_on desc, recorded_at desc);

alter table loan add column product_id uuid references loan_product;
update loan l set product_id = p.id from loan_product p where p.club_id = l.club_id;
alter table loan alter column product_id set not null;
