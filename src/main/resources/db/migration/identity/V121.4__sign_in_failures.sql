-- Failed sign-ins, counted per user name typed (known or not) and per client address, kept in the database
-- so that every instance of the application, and one restarted, counts the same. A row goes back to zero
-- on a successful sign-in (the account's row), when an officer unlocks the account, or when it has been
-- quiet long enough (see SignInThrottle).
create table sign_in_failure (
    kind          text        not null check (kind in ('account', 'address')),
    key           text        not null,
    failures      integer     not null check (failures >= 0),
    last_failure  timestamptz not null,
    locked_until  timestamptz,
    primary key (kind, key)
);
