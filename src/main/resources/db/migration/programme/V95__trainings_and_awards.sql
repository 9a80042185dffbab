-- Training courses the associations hold (club boards, trainers, association officers, home care) with
-- their participants, and the commendations they give. The area is the organiser's or issuer's, on
-- today's map: "" the nation, "20" a province, "20.06058" a commune.

-- A course. A correction updates the row at the version read (the audit log keeps before and after);
-- a cancellation keeps the row with its reason. Courses are never deleted.
create table programme_course (
    id             uuid        primary key,
    title          text        not null check (length(btrim(title)) > 0),
    kind           text        not null check (kind in ('CLUB_BOARD', 'TRAINERS', 'OFFICERS', 'HOME_CARE', 'OTHER')),
    area_path      text        not null check (area_path ~ '^([0-9]{2}(\.[0-9]{5})?)?$'),
    area_name      text        not null,
    starts_on      date        not null,
    ends_on        date        not null,
    place          text,
    project_id     uuid,
    note           text,
    recorded_at    timestamptz not null default now(),
    recorded_by    text        not null,
    updated_at     timestamptz,
    updated_by     text,
    cancelled_at   timestamptz,
    cancelled_by   text,
    cancel_reason  text,
    version        integer     not null default 0,
    check (starts_on <= ends_on),
    check ((cancelled_at is null) = (cancelled_by is null) and (cancelled_at is null) = (cancel_reason is null))
);
create index programme_course_area on programme_course (area_path text_pattern_ops, ends_on);

-- A participant: a member of a club (person_id and club_id of the members and clubs modules, with the
-- name and sex as they were when added and the club's places on today's map), or a person from outside
-- the clubs (name, sex, organisation). Removing a participant keeps the row, marked removed.
create table programme_participant (
    id                uuid        primary key,
    course_id         uuid        not null references programme_course,
    person_id         uuid,
    club_id           uuid,
    club_name         text,
    club_paths        text[]      not null default '{}',
    full_name         text        not null check (length(btrim(full_name)) > 0),
    name_key          text        not null,
    sex               text        check (sex in ('F', 'M')),
    organisation      text,
    organisation_key  text        not null default '',
    added_at          timestamptz not null default now(),
    added_by          text        not null,
    removed_at        timestamptz,
    removed_by        text,
    check ((person_id is null) = (club_id is null)),
    check (person_id is not null or sex is not null),
    check ((removed_at is null) = (removed_by is null))
);
create index programme_participant_course on programme_participant (course_id) where removed_at is null;
-- A person takes part once in a course: a member by their id, anyone else by name and organisation.
create unique index programme_participant_member_once on programme_participant (course_id, person_id)
    where person_id is not null and removed_at is null;
create unique index programme_participant_outsider_once on programme_participant (course_id, name_key, organisation_key)
    where person_id is null and removed_at is null;

-- A commendation: given on a day by an issuer with a decision number, to a collective (a club, or
-- another body by name) or an individual (a member of a club, or a person by name). area_path is the
-- issuer's area; recipient_paths the places on today's map of the recipient's club, if any.
create table programme_award (
    id               uuid        primary key,
    given_on         date        not null,
    issuer           text        not null check (length(btrim(issuer)) > 0),
    decision_number  text        not null check (length(btrim(decision_number)) > 0),
    decision_key     text        not null,
    area_path        text        not null check (area_path ~ '^([0-9]{2}(\.[0-9]{5})?)?$'),
    area_name        text        not null,
    recipient_kind   text        not null check (recipient_kind in ('CLUB', 'BODY', 'MEMBER', 'PERSON')),
    club_id          uuid,
    person_id        uuid,
    recipient_name   text        not null check (length(btrim(recipient_name)) > 0),
    recipient_key    text        not null,
    recipient_paths  text[]      not null default '{}',
    note             text,
    recorded_at      timestamptz not null default now(),
    recorded_by      text        not null,
    check ((recipient_kind in ('CLUB', 'MEMBER')) = (club_id is not null)),
    check ((recipient_kind = 'MEMBER') = (person_id is not null))
);
create index programme_award_area on programme_award (area_path text_pattern_ops, given_on);
-- A decision commends each recipient once: the same club or member by id, anyone else by name.
create unique index programme_award_once on programme_award (area_path, given_on, decision_key, recipient_kind,
    coalesce(cast(coalesce(person_id, club_id) as text), recipient_key));

create function programme_course_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'courses are never deleted; a course is cancelled with its reason';
    end if;
    if old.cancelled_at is not null then
        raise exception 'course % is cancelled and is not changed', old.id;
    end if;
    return new;
end $$;
create trigger programme_course_kept before update or delete on programme_course
    for each row execute function programme_course_kept();

create function programme_participant_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'participants are never deleted; they are marked removed';
    end if;
    if old.removed_at is not null
            or (to_jsonb(new) - 'removed_at' - 'removed_by') <> (to_jsonb(old) - 'removed_at' - 'removed_by') then
        raise exception 'participant % can only be marked removed, once', old.id;
    end if;
    return new;
end $$;
create trigger programme_participant_kept before update or delete on programme_participant
    for each row execute function programme_participant_kept();

create function programme_award_kept() returns trigger language plpgsql as $$
begin
    raise exception 'commendations are kept as recorded';
end $$;
create trigger programme_award_kept before update or delete on programme_award
    for each row execute function programme_award_kept();
