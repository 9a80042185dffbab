-- What the request that made an entry asked for (a hash of its kind, target and body), so that its
-- idempotency key replays only that request; entries recorded before have none.
alter table ledger_entry add column request_fingerprint text;
