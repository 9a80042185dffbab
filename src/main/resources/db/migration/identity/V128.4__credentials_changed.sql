-- When a user's password was last set by anyone (themselves or an officer) or the user was disabled: every
-- session signed in before then is ended at its next request, on whichever instance serves it. Null for
-- users whose password has not changed since sessions began to be compared with it.
alter table app_user add column credentials_changed_at timestamptz;
