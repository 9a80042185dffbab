-- A citizen ID is kept sealed (AES-256-GCM, 'v1:' and base64 of nonce, ciphertext and tag) under a key the
-- database never holds, and found by its blind index (base64 of an HMAC-SHA256 of its digits under a second
-- key), which alone is unique. SQL cannot see the key: the numbers stored readable until now are sealed by the
-- application on its next start (CitizenIdSealing), a batch per transaction, each row emptying citizen_id
-- as it is sealed; no citizen ID is written to citizen_id any more.
alter table person add column citizen_id_sealed text;
alter table person add column citizen_id_index  text;
create unique index person_citizen_id_index on person (citizen_id_index) where citizen_id_index is not null;
drop index person_citizen_id;
alter table person add constraint person_citizen_id_sealed_with_index
    check ((citizen_id_sealed is null) = (citizen_id_index is null));
