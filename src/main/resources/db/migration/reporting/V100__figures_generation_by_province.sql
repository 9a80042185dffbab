-- The generation of the kept figures is kept for the nation ("") and for each province (by its code, on
-- either map) whose clubs a change touched, so that the figures held of the other provinces stay held;
-- "*" is raised by a rebuild, which changes all. A province appears on its first change.
drop table rpt_generation;
create table rpt_generation (
    area  text   primary key,
    value bigint not null
);
insert into rpt_generation (area, value) values ('', 0), ('*', 0);
