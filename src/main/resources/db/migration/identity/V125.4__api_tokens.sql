-- Personal API tokens: a user's own, revocable credentials for sync and API clients, sent as
-- "Authorization: Bearer ishc_…". The token is 32 random bytes shown once to its user; only its SHA-256
-- is kept. A secret that random cannot be guessed or found from its hash by trying candidates, so it
-- needs no slow, salted hash (that is what makes HTTP Basic slow), and the hash can be looked up by index.
-- The prefix (the first characters) only helps a user tell their tokens apart.
create table api_token (
    id            uuid        primary key,
    user_id       uuid        not null references app_user (id),
    name          text        not null check (length(name) between 1 and 100),
    scope         text        not null check (scope in ('READ', 'WRITE')),
    token_hash    bytea       not null unique check (length(token_hash) = 32),
    prefix        text        not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    expires_at    timestamptz not null check (expires_at > created_at),
    revoked_at    timestamptz,
    revoked_by    text
);
create index api_token_user on api_token (user_id);
