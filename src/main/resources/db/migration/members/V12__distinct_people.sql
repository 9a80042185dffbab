-- Pairs of people a user confirmed are different, though they share a name and birth year in a commune.
create table person_distinct (
    person_a uuid not null references person,
    person_b uuid not null references person,
    confirmed_by text not null,
    confirmed_at timestamptz not null default now(),
    primary key (person_a, person_b),
    check (person_a < person_b)
);
