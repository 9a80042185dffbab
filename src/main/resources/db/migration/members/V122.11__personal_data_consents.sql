-- Each person's consents and other legal bases for processing their data (Decree 13/2023/NĐ-CP): what
-- basis, for which purposes, given when, how (a signed paper form, or orally before a witness) and who
-- recorded it; and, separately, its withdrawal. Both are only ever added to: a consent given is never
-- edited, a withdrawal is a row of its own. The one change allowed is moving a person's rows to the
-- person kept when two records of one person are merged.
create table person_consent (
    id          uuid        primary key,
    person_id   uuid        not null,
    basis       text        not null check (basis in ('CONSENT', 'LEGAL_OBLIGATION', 'PUBLIC_TASK', 'CONTRACT',
                                                      'VITAL_INTERESTS')),
    purposes    text[]      not null check (cardinality(purposes) > 0 and purposes <@ array['MEMBERSHIP',
                                'HEALTH_MONITORING', 'HOME_CARE', 'LOANS', 'REPORTING']),
    given_on    date        not null,
    evidence    text        not null check (evidence in ('PAPER_FORM_SIGNED', 'ORAL_WITH_WITNESS')),
    witness     text        check (length(witness) <= 100),
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    check (evidence <> 'ORAL_WITH_WITNESS' or length(btrim(witness)) > 0)
);
create index person_consent_person on person_consent (person_id, given_on);

create table person_consent_withdrawal (
    consent_id   uuid        primary key references person_consent,
    withdrawn_on date        not null,
    reason       text        not null check (length(btrim(reason)) between 1 and 500),
    withdrawn_by text        not null,
    recorded_at  timestamptz not null default now()
);

create function person_consent_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and tg_table_name = 'person_consent'
            and (new.id, new.basis, new.purposes, new.given_on, new.evidence, new.witness, new.recorded_by,
                 new.recorded_at) is not distinct from
                (old.id, old.basis, old.purposes, old.given_on, old.evidence, old.witness, old.recorded_by,
                 old.recorded_at) then
        return new;
    end if;
    raise exception 'consents are append-only: % on % refused', tg_op, tg_table_name;
end $$;
create trigger person_consent_append_only before update or delete on person_consent
    for each row execute function person_consent_append_only();
create trigger person_consent_withdrawal_append_only before update or delete on person_consent_withdrawal
    for each row execute function person_consent_append_only();

-- A person anonymised on request (or after the retention period): their name is replaced by a pseudonym,
-- what identifies them is cleared, and what the figures count (birth year, sex, ethnicity, household,
-- village, and whether they held a health-insurance card, without its number) is kept. When and by
-- whom, so the record says it is no longer a name.
alter table person add column anonymised_on date, add column anonymised_by text,
    add column hi_card_held boolean not null default false;
