-- Who read a person's health data: one line per request (a page, an API answer, a visit), naming every
-- person whose readings it showed. Like the audit log, it is only ever added to.
create table health_read (
    id          bigserial   primary key,
    at          timestamptz not null,
    actor       text        not null,
    what        text        not null check (what in ('HEALTH_PAGE', 'HEALTH_API', 'MEETING_PAGE', 'MEETING_API',
                                                     'HOME_VISIT_PAGE', 'HOME_VISIT_API')),
    target      text        not null,
    person_ids  uuid[]      not null
);
create index health_read_person on health_read using gin (person_ids);
create index health_read_actor on health_read (actor, id desc);

create trigger health_read_append_only before update or delete on health_read
    for each row execute function audit_append_only();
create trigger health_read_not_emptied before truncate on health_read
    for each statement execute function audit_append_only();
