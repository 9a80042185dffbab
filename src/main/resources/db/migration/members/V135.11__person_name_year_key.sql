-- Looking up people by name (without tone marks or case) and birth year across every commune, as the member
-- import does for a whole sheet at once to show likely duplicates in other clubs.
create index person_name_year on person (name_key, birth_year);
