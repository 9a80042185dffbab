-- The workbook of an upload with refused rows, as sent, so that it can be handed back with the reason
-- written beside each refused row. It holds citizen IDs: it is kept sealed, like them.
create table import_upload (
    batch_id  uuid primary key references import_batch on delete cascade,
    content   text not null
);
