-- Two-factor sign-in with time-based one-time codes (RFC 6238) from any authenticator app.
-- totp_secret is a credential, like a password: it is kept only to check codes, never shown after enrolment
-- and never logged; it is stored sealed (AES-256-GCM, "v1:…") under the personal-data key kept outside the
-- database, like citizen IDs, so a copy of the database alone yields no secret. While totp_enabled_at is null the secret is an enrolment not yet confirmed with a code.
-- totp_last_step is the 30-second step of the last code accepted: a code is never accepted twice.
-- two_factor_exempt spares a user the installation's requirement (the demo users, so a newcomer can explore).
alter table app_user
    add column totp_secret       text check (totp_secret like 'v1:%'),
    add column totp_enabled_at   timestamptz,
    add column totp_last_step    bigint,
    add column two_factor_exempt boolean not null default false,
    add constraint app_user_totp_enabled_has_secret check (totp_enabled_at is null or totp_secret is not null);

-- Ten one-time recovery codes per enrolment, for a lost phone; shown once, only their SHA-256 is kept.
create table two_factor_recovery_code (
    user_id    uuid        not null references app_user (id),
    code_hash  bytea       not null check (length(code_hash) = 32),
    created_at timestamptz not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);
