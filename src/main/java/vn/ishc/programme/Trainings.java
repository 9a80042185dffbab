package vn.ishc.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.PartnerProject;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.members.PersonHistory;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;

/**
 * The training courses of the associations and their participants. The national administrators record
 * courses of any area, a province officer those of the province or its communes, a commune officer the
 * commune's; the same people correct, cancel and fill in the participants of their courses. Everyone of
 * those roles and the partners list the courses of their area, of the areas within it and above it; the
 * participants' names are shown to the organisers, and to others only for the people of their area.
 */
@Service
@Transactional
public class Trainings {

    private static final Logger log = LoggerFactory.getLogger(Trainings.class);
    static final int LIST_LIMIT = 500;

    private final TrainingStore store;
    private final ProgrammeAreas areas;
    private final Clubs clubs;
    private final Members members;
    private final ApplicationEventPublisher events;

    Trainings(TrainingStore store, ProgrammeAreas areas, Clubs clubs, Members members, ApplicationEventPublisher events) {
        this.store = store;
        this.areas = areas;
        this.clubs = clubs;
        this.members = members;
        this.events = events;
    }

    /** Records a course; the same {@code id} sent again returns the course recorded the first time. */
    public Course record(NewCourse command, CurrentUser user) {
        Objects.requireNonNull(command, "command");
        String path = ProgrammeAreas.path(command.areaPath());
        ProgrammeAreas.requireMayRecordFor(path, user, "course");
        if (command.id() != null) {
            Course earlier = store.find(command.id());
            if (earlier != null) {
                requireVisible(earlier, user.scope());
                return earlier;
            }
        }
        TrainingStore.Checked c = check(command, path);
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        store.insert(id, c, user.username());
        Course course = store.find(id);
        log.info("Course {} of area '{}' ending {} recorded by {}", id, path, course.endsOn(), user.username());
        publish(course, TrainingChanged.Change.RECORDED, user.username(), details(course));
        return course;
    }

    /**
     * Corrects a course as read at {@code expectedVersion}; refused when someone saved a change in between,
     * when the course is cancelled, or when the user may not organise in the old or the new area.
     */
    public Course correct(UUID id, NewCourse details, int expectedVersion, CurrentUser user) {
        Course before = lockManaged(id, user);
        String path = ProgrammeAreas.path(details.areaPath());
        ProgrammeAreas.requireMayRecordFor(path, user, "course");
        if (before.version() != expectedVersion) {
            throw new InvalidInputException("programme.course.changedMeanwhile", "version", before.title());
        }
        TrainingStore.Checked c = check(details, path);
        if (!store.update(id, c, expectedVersion, user.username())) {
            throw new InvalidInputException("programme.course.changedMeanwhile", "version", before.title());
        }
        Course after = store.find(id);
        Map<String, Object> was = details(before);
        Map<String, Object> now = details(after);
        was.keySet().removeIf(k -> Objects.equals(was.get(k), now.get(k)));
        now.keySet().retainAll(was.keySet());
        publish(after, TrainingChanged.Change.CORRECTED, user.username(), Map.of("before", was, "after", now));
        return after;
    }

    /** Cancels a course with its reason: it is kept, shown as cancelled, and counts for nothing. */
    public Course cancel(UUID id, String reason, CurrentUser user) {
        Course course = lockManaged(id, user);
        String why = ProgrammeAreas.required(reason, "reason", 500);
        store.cancel(id, why, user.username());
        Course cancelled = store.find(id);
        log.info("Course {} cancelled by {}", id, user.username());
        publish(cancelled, TrainingChanged.Change.CANCELLED, user.username(), Map.of("reason", why,
                "participants", course.participants()));
        return cancelled;
    }

    /**
     * Adds a participant: a member of a club in the user's area (a member at some time during the course),
     * or a person outside the clubs by name, sex and organisation. A person takes part once: the same
     * member, or the same name in the same organisation, is refused naming them. The same {@code id} sent
     * again returns the participant added the first time.
     */
    public Participant addParticipant(UUID courseId, NewParticipant p, CurrentUser user) {
        Objects.requireNonNull(p, "participant");
        Course course = lockManaged(courseId, user);
        if (p.id() != null) {
            Participant earlier = store.participant(p.id());
            if (earlier != null && earlier.courseId().equals(courseId)) {
                return earlier;
            }
        }
        UUID id = p.id() == null ? UUID.randomUUID() : p.id();
        Participant added = p.clubId() != null || p.personId() != null ? addMember(course, id, p, user)
                : addOutsider(course, id, p, user);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("participant", added.id().toString());
        detail.put("name", added.fullName());
        detail.put(added.isMember() ? "club" : "organisation", added.isMember() ? added.clubName()
                : added.organisation() == null ? "" : added.organisation());
        publish(store.find(courseId), TrainingChanged.Change.PARTICIPANT_ADDED, user.username(), detail);
        return added;
    }

    private Participant addMember(Course course, UUID id, NewParticipant p, CurrentUser user) {
        UUID clubId = ProgrammeAreas.required(p.clubId(), "clubId");
        UUID personId = ProgrammeAreas.required(p.personId(), "personId");
        Club club = clubs.get(clubId, user.scope());
        PersonHistory history = members.person(personId, user.scope());
        Person person = history.person();
        boolean member = history.memberships().stream().map(PersonHistory.Entry::membership)
                .anyMatch(m -> m.clubId().equals(clubId) && !m.joinedOn().isAfter(course.endsOn())
                        && (m.leftOn() == null || m.leftOn().isAfter(course.startsOn())));
        if (!member) {
            throw new InvalidInputException("programme.participant.notMember", "personId", person.fullName(), club.name());
        }
        if (store.activeMember(course.id(), personId) != null) {
            throw twice(person.fullName(), course);
        }
        try {
            store.insertParticipant(id, course.id(), personId, clubId, club.name(), club.areaPaths(), person.fullName(),
                    person.sex(), null, user.username());
        } catch (DuplicateKeyException e) {
            throw twice(person.fullName(), course);
        }
        return store.participant(id);
    }

    private Participant addOutsider(Course course, UUID id, NewParticipant p, CurrentUser user) {
        String name = ProgrammeAreas.required(p.fullName(), "fullName", 150);
        Person.Sex sex = ProgrammeAreas.required(p.sex(), "sex");
        String organisation = ProgrammeAreas.text(p.organisation(), "organisation", 200);
        Participant earlier = store.activeOutsider(course.id(), name, organisation);
        if (earlier != null) {
            throw twice(earlier.fullName(), course);
        }
        try {
            store.insertParticipant(id, course.id(), null, null, null, List.of(), name, sex, organisation,
                    user.username());
        } catch (DuplicateKeyException e) {
            throw twice(name, course);
        }
        return store.participant(id);
    }

    /** Takes a participant off a course; the row is kept, marked removed, and the person may be added again. */
    public void removeParticipant(UUID courseId, UUID participantId, CurrentUser user) {
        Course course = lockManaged(courseId, user);
        Participant p = store.participant(participantId);
        if (p == null || !p.courseId().equals(courseId) || !store.active(participantId)) {
            throw new NotFoundException("programme.participant.notFound", participantId);
        }
        store.removeParticipant(participantId, user.username());
        log.info("Participant {} removed from course {} by {}", participantId, course.id(), user.username());
        publish(store.find(courseId), TrainingChanged.Change.PARTICIPANT_REMOVED, user.username(),
                Map.of("participant", participantId.toString(), "name", p.fullName()));
    }

    /** A course listed in the scope. */
    @Transactional(readOnly = true)
    public Course get(UUID id, AreaScope scope) {
        Course c = store.find(id);
        if (c == null) {
            throw new NotFoundException("programme.course.notFound", id);
        }
        requireVisible(c, scope);
        return c;
    }

    /** The courses of the scope's area, of the areas within it and above it, the latest first; by year of the last day. */
    @Transactional(readOnly = true)
    public List<Course> list(Integer year, AreaScope scope) {
        return store.visible(scope, year, LIST_LIMIT);
    }

    /**
     * The participants of a course as the user may see them: all by name for those who organise in its
     * area, those of their own area for others, none by name for partners.
     */
    @Transactional(readOnly = true)
    public Roster roster(UUID courseId, CurrentUser user) {
        Course course = get(courseId, user.scope());
        List<TrainingStore.Row> rows = store.participants(courseId);
        if (user.is(Role.PARTNER_VIEWER)) {
            return new Roster(List.of(), rows.size());
        }
        boolean all = user.scope().covers(course.areaPath());
        List<Participant> named = new ArrayList<>();
        for (TrainingStore.Row r : rows) {
            if (all || r.clubPaths().stream().anyMatch(user.scope()::covers)) {
                named.add(r.participant());
            }
        }
        return new Roster(named, rows.size() - named.size());
    }

    /** Whether the user records courses at all. */
    public static boolean mayRecord(CurrentUser user) {
        return ProgrammeAreas.mayRecord(user);
    }

    /** Whether the user corrects, cancels and fills in this course: it is of an area they organise in, and not cancelled. */
    public static boolean mayManage(Course course, CurrentUser user) {
        return !course.cancelled() && ProgrammeAreas.mayRecordFor(course.areaPath(), user);
    }

    private Course lockManaged(UUID id, CurrentUser user) {
        Course c = store.lock(id);
        if (c == null) {
            throw new NotFoundException("programme.course.notFound", id);
        }
        requireVisible(c, user.scope());
        ProgrammeAreas.requireMayRecordFor(c.areaPath(), user, "course");
        if (c.cancelled()) {
            throw new InvalidInputException("programme.course.cancelled", null, c.title());
        }
        return c;
    }

    private TrainingStore.Checked check(NewCourse c, String path) {
        String title = ProgrammeAreas.required(c.title(), "title", 300);
        Course.Kind kind = ProgrammeAreas.required(c.kind(), "kind");
        String areaName = areas.name(path);
        LocalDate starts = ProgrammeAreas.required(c.startsOn(), "startsOn");
        LocalDate ends = ProgrammeAreas.required(c.endsOn(), "endsOn");
        ProgrammeAreas.requireYear(starts, "startsOn");
        ProgrammeAreas.requireYear(ends, "endsOn");
        if (ends.isBefore(starts)) {
            throw new InvalidInputException("programme.course.endsBeforeStart", "endsOn", starts, ends);
        }
        if (c.projectId() != null && clubs.projects().stream().map(PartnerProject::id).noneMatch(c.projectId()::equals)) {
            throw new InvalidInputException("programme.project.unknown", "projectId", c.projectId());
        }
        return new TrainingStore.Checked(title, kind, path, areaName, starts, ends,
                ProgrammeAreas.text(c.place(), "place", 300), c.projectId(), ProgrammeAreas.text(c.note(), "note", 1000));
    }

    private void requireVisible(Course c, AreaScope scope) {
        if (!ProgrammeAreas.visible(c.areaPath(), scope)) {
            throw new OutOfScopeException("course " + c.id());
        }
    }

    private static InvalidInputException twice(String name, Course course) {
        return new InvalidInputException("programme.participant.twice", "participant", name, course.title());
    }

    private static Map<String, Object> details(Course c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("kind", c.kind().name());
        m.put("areaPath", c.areaPath());
        m.put("startsOn", c.startsOn().toString());
        m.put("endsOn", c.endsOn().toString());
        m.put("place", c.place() == null ? "" : c.place());
        m.put("projectId", c.projectId() == null ? "" : c.projectId().toString());
        m.put("note", c.note() == null ? "" : c.note());
        return m;
    }

    private void publish(Course c, TrainingChanged.Change change, String actor, Map<String, Object> detail) {
        events.publishEvent(new TrainingChanged(c.id(), change, c.areaPath(), c.endsOn(), c.cancelled(), c.participants(),
                actor, detail));
    }
}
