-- Personal data kept for a set time per kind of record (ishc.retention.*), and what the health-read log names.

-- The health-read log also names the new-meeting form (each member's last reading), a meeting's saved versions
-- and a copy of a person's data.
alter table health_read drop constraint health_read_what_check;
alter table health_read add constraint health_read_what_check check (what in ('HEALTH_PAGE', 'HEALTH_API',
    'MEETING_PAGE', 'MEETING_API', 'MEETING_FORM', 'MEETING_VERSIONS', 'HOME_VISIT_PAGE', 'HOME_VISIT_API',
    'PERSONAL_DATA'));
