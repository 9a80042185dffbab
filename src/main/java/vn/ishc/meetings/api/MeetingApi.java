package vn.ishc.meetings.api;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.HeldMeetings;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingAlreadyRecorded;
import vn.ishc.meetings.MeetingCalendar;
import vn.ishc.meetings.MeetingChangedMeanwhile;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.MeetingSummary;
import vn.ishc.meetings.MeetingVersion;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A club's meetings: the list with the next meeting date and the months without one, and recording or
 * correcting a whole meeting (attendance and readings) in one request.
 */
@RestController
class MeetingApi {

    static final String READERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')";
    static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    /** The request attribute naming the held submission of a refused save, for the refusal's answer. */
    private static final String HELD = MeetingApi.class.getName() + ".held";

    private final Meetings meetings;
    private final HeldMeetings held;
    private final MeetingCalendar calendar;
    private final MessageSource messages;
    private final vn.ishc.members.HealthReads reads;
    private final Clock clock;

    MeetingApi(Meetings meetings, HeldMeetings held, MeetingCalendar calendar, MessageSource messages,
               vn.ishc.members.HealthReads reads, Clock clock) {
        this.reads = reads;
        this.meetings = meetings;
        this.held = held;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** The club's meetings, its next meeting date, and the months of the last year without a meeting. */
    record MeetingList(List<MeetingSummary> items, LocalDate nextMeeting, List<YearMonth> monthsWithoutMeeting) {
    }

    @GetMapping("/api/v1/clubs/{clubId}/meetings")
    @PreAuthorize(READERS)
    MeetingList list(@PathVariable UUID clubId, AreaScope scope) {
        YearMonth now = YearMonth.from(BusinessCalendar.today(clock));
        return new MeetingList(calendar.list(clubId, scope), calendar.nextMeetingDate(clubId, scope),
                calendar.monthsWithoutMeeting(clubId, now.minusMonths(11), now, scope));
    }

    /**
     * Records a meeting, or a draft of it ({@code "finished": false}: members may be left unmarked); 409
     * with the existing meeting's address when the club already met that day. A save carrying a
     * {@code clientId} already received answers the meeting it saved then, saving nothing again. A save
     * refused because the meeting changed meanwhile is held for a person to decide (the 409 names it as
     * {@code held}); {@code resolves}, the client id of such a save, marks it decided once this one is saved.
     */
    @PostMapping("/api/v1/clubs/{clubId}/meetings")
    @PreAuthorize(WRITERS)
    ResponseEntity<Meeting> record(@PathVariable UUID clubId, @RequestBody MeetingEntry body,
                                   @RequestParam(required = false) UUID resolves, Principal user, AreaScope scope,
                                   HttpServletRequest request) {
        Meeting m = holdingRefusal(clubId, body, user, request,
                () -> held.record(clubId, body, resolves, user.getName(), scope));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + m.id())).body(m);
    }

    /** A club's meeting book of many months, keyed at once. */
    record MeetingBook(List<MeetingEntry> meetings) {
    }

    /**
     * Records a club's meeting book: every meeting saved in one go, or none, with the meeting's date and
     * place in the book and the row at fault (422).
     */
    @PostMapping("/api/v1/clubs/{clubId}/meetings/book")
    @PreAuthorize(WRITERS)
    ResponseEntity<List<MeetingSummary>> recordBook(@PathVariable UUID clubId, @RequestBody MeetingBook body,
                                                    Principal user, AreaScope scope) {
        List<MeetingSummary> saved = meetings.recordAll(clubId, body.meetings(), user.getName(), scope).stream()
                .map(m -> new MeetingSummary(m.id(), m.heldOn(), m.learningTopic(), (int) m.count(AttendanceStatus.PRESENT),
                        (int) m.count(AttendanceStatus.EXCUSED), (int) m.count(AttendanceStatus.ABSENT), m.guests(),
                        (int) m.readings(), m.version(), m.status()))
                .toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @GetMapping("/api/v1/meetings/{id}")
    @PreAuthorize(READERS)
    Meeting get(@PathVariable UUID id, Principal user, AreaScope scope) {
        Meeting m = meetings.get(id, scope);
        if (m.readings() > 0) {
            reads.read(user.getName(), vn.ishc.members.HealthReads.What.MEETING_API, "meeting:" + id, m.personsWithReadings());
        }
        return m;
    }

    /** Corrects a meeting: the whole meeting as it should be; {@code version} is the version corrected. */
    @PutMapping("/api/v1/meetings/{id}")
    @PreAuthorize(WRITERS)
    Meeting correct(@PathVariable UUID id, @RequestBody MeetingEntry body, Principal user, AreaScope scope,
                    HttpServletRequest request) {
        Meeting current = meetings.get(id, scope);
        MeetingEntry entry = new MeetingEntry(id, body.version(), body.heldOn(), body.place(), body.learningTopic(),
                body.otherTopics(), body.guests(), body.guestNames(), body.rows(), body.finished(), body.clientId());
        return holdingRefusal(current.clubId(), entry, user, request,
                () -> held.record(current.clubId(), entry, null, user.getName(), scope));
    }

    /**
     * What became of the saves this phone lists as held ({@code client}: their client ids, at most 50): still
     * waiting, or decided (kept sent, kept current, dropped on a phone) and when.
     */
    @GetMapping("/api/v1/clubs/{clubId}/meetings/held")
    @PreAuthorize(WRITERS)
    List<HeldMeetings.PhoneHeld> heldOnPhone(@PathVariable UUID clubId, @RequestParam List<UUID> client,
                                             AreaScope scope) {
        if (client.size() > 50) {
            throw new vn.ishc.shared.InvalidInputException("meetings.held.tooMany", "client");
        }
        return held.onPhone(clubId, client, scope);
    }

    /** The phone dropped its save held after a refusal and took the meeting as recorded. */
    @PostMapping("/api/v1/clubs/{clubId}/meetings/held/{clientId}/dropped")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> dropped(@PathVariable UUID clubId, @PathVariable UUID clientId, Principal user,
                                 AreaScope scope) {
        held.droppedOnPhone(clubId, clientId, user.getName(), scope);
        return ResponseEntity.noContent().build();
    }

    /**
     * Saves, and when the save is refused because the meeting changed meanwhile or breaks a rule now (a member
     * has left), holds it when it carries a client id (in a transaction
     * of its own, since the refusal's is rolled back) before the refusal goes back to the sender.
     */
    private Meeting holdingRefusal(UUID clubId, MeetingEntry sent, Principal user, HttpServletRequest request,
                                   Supplier<Meeting> save) {
        try {
            return save.get();
        } catch (MeetingChangedMeanwhile | MeetingAlreadyRecorded | RefusedEntry e) {
            held.hold(clubId, sent, user.getName(), e).ifPresent(id -> request.setAttribute(HELD, id));
            throw e;
        }
    }

    @GetMapping("/api/v1/meetings/{id}/versions")
    @PreAuthorize(READERS)
    List<MeetingVersion> versions(@PathVariable UUID id, Principal user, AreaScope scope) {
        List<MeetingVersion> versions = meetings.versions(id, scope);
        List<UUID> measured = meetings.measuredInVersions(id);
        if (!measured.isEmpty()) {
            reads.read(user.getName(), vn.ishc.members.HealthReads.What.MEETING_VERSIONS, "meeting:" + id, measured);
        }
        return versions;
    }

    @ExceptionHandler(MeetingAlreadyRecorded.class)
    ResponseEntity<ProblemDetail> taken(MeetingAlreadyRecorded e, Locale locale, HttpServletRequest request) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.CONFLICT, e, messages, locale);
        p.setProperty("existing", "/api/v1/meetings/" + e.existingId());
        heldIn(request, p);
        return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create("/api/v1/meetings/" + e.existingId()))
                .body(p);
    }

    /** 409 when the meeting was changed meanwhile: the version now recorded, to compare and choose. */
    @ExceptionHandler(MeetingChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changed(MeetingChangedMeanwhile e, Locale locale, HttpServletRequest request) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.CONFLICT, e, messages, locale);
        p.setProperty("existing", "/api/v1/meetings/" + e.meetingId());
        heldIn(request, p);
        return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create("/api/v1/meetings/" + e.meetingId()))
                .body(p);
    }

    /** Names the held submission of a refused save in the refusal, if it was held. */
    private static void heldIn(HttpServletRequest request, ProblemDetail p) {
        if (request.getAttribute(HELD) instanceof UUID id) {
            p.setProperty("held", id);
        }
    }

    @ExceptionHandler(RefusedEntry.class)
    ProblemDetail refused(RefusedEntry e, Locale locale) {
        return ApiProblems.refused(e, messages, locale);
    }
}
