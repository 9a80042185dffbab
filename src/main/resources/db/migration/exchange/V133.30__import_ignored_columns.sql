-- The headers of an uploaded sheet's columns that the import does not read, in sheet order, so that the
-- preview names them rather than drop them in silence.
alter table import_batch add column ignored_columns jsonb not null default '[]';
