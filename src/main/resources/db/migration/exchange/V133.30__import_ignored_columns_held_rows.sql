-- The headers of an uploaded sheet's columns that the import does not read, in sheet order, so that the
-- preview names them rather than drop them in silence.
alter table import_batch add column ignored_columns jsonb not null default '[]';

-- A row whose citizen ID belongs to a member with a clearly different name or birth year is held: it is saved
-- (as an update) only if the officer ticks it when confirming.
alter table import_row drop constraint import_row_outcome_check;
alter table import_row add constraint import_row_outcome_check
    check (outcome in ('ADD', 'UPDATE', 'UNCHANGED', 'REFUSED', 'HELD'));
