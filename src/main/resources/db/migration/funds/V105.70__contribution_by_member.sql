-- A contribution or fee paid by one member names them, so that each member's money shows in their passbook.
alter table ledger_entry add column person_id uuid;
create index ledger_entry_person on ledger_entry (person_id) where person_id is not null;
