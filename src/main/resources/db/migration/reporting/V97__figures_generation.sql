-- A number that grows with every change of the kept figures, in the transaction that changes them:
-- figures read before and kept in memory are used again only while it stays the same.
create table rpt_generation (
    id    smallint primary key check (id = 1),
    value bigint   not null
);
insert into rpt_generation (id, value) values (1, 0);
