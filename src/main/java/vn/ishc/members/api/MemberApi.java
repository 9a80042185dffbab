package vn.ishc.members.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.members.LeavingReason;
import vn.ishc.identity.CurrentUser;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.members.PersonDetails;
import vn.ishc.members.PersonHistory;
import vn.ishc.members.StandardCheck;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.Versions;
import vn.ishc.shared.BusinessCalendar;

/** Members and memberships of clubs in the caller's area, and the 1336 standard check. */
@RestController
class MemberApi {

    private static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    // Partners see figures, never a person's records.
    private static final String PERSONAL = "!hasRole('PARTNER_VIEWER')";

    private final Members members;
    private final Clock clock;

    MemberApi(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** A new member: an existing person (personId known) or a new one (details), and the joining date. */
    record Enrolment(UUID personId, PersonDetails person, LocalDate joinedOn) {
    }

    record Leaving(LocalDate leftOn, LeavingReason reason) {
    }

    /** Corrected details of a person, with the version they were read at (from GET /api/v1/members/{id}). */
    @Schema(name = "MemberCorrection")
    record Correction(Integer version, PersonDetails person) {
    }

    @Schema(name = "MemberTransfer")
    record Transfer(UUID toClubId, LocalDate on) {
    }

    @Schema(name = "MemberPage")
    record Page(List<MemberRow> items, int page, int size, int total) {
    }

    @PreAuthorize(PERSONAL)
    @GetMapping("/api/v1/clubs/{clubId}/members")
    Page list(@PathVariable UUID clubId,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "200") int size,
              CurrentUser user, AreaScope scope) {
        List<MemberRow> all = members.membersOf(clubId, orToday(date), scope).stream().map(r -> shown(r, user)).toList();
        int s = Math.max(1, Math.min(size, 1000));
        int from = Math.min(all.size(), Math.max(0, page) * s);
        return new Page(all.subList(from, Math.min(all.size(), from + s)), Math.max(0, page), s, all.size());
    }

    @PostMapping("/api/v1/clubs/{clubId}/members")
    @PreAuthorize(WRITERS)
    ResponseEntity<MemberRow> enrol(@PathVariable UUID clubId, @RequestBody Enrolment body, CurrentUser user,
                                    AreaScope scope) {
        MemberRow row = body.person() == null && body.personId() != null
                ? members.addExisting(body.personId(), clubId, body.joinedOn(), user.username(), scope)
                : members.enrol(body.personId(), body.person(), clubId, body.joinedOn(), user.username(), scope);
        return ResponseEntity.status(201).body(shown(row, user));
    }

    @PreAuthorize(PERSONAL)
    @GetMapping("/api/v1/members/{personId}")
    PersonHistory person(@PathVariable UUID personId, CurrentUser user, AreaScope scope) {
        PersonHistory found = members.person(personId, scope);
        return user.role().seesFullCitizenIds() ? found : found.withCitizenIdMasked();
    }

    @PutMapping("/api/v1/members/{personId}")
    @PreAuthorize(WRITERS)
    Person correct(@PathVariable UUID personId, @RequestBody Correction body, CurrentUser user, AreaScope scope) {
        Person saved = members.updateDetails(personId, body.person(), Versions.required(body.version()), user.username(),
                scope);
        return user.role().seesFullCitizenIds() ? saved : saved.withCitizenIdMasked();
    }

    @PostMapping("/api/v1/memberships/{id}/leave")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> leave(@PathVariable UUID id, @RequestBody Leaving body, Principal user, AreaScope scope) {
        members.leave(id, body.leftOn(), body.reason(), user.getName(), scope);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/memberships/{id}/transfer")
    @PreAuthorize(WRITERS)
    MemberRow transfer(@PathVariable UUID id, @RequestBody Transfer body, CurrentUser user, AreaScope scope) {
        return shown(members.transfer(id, body.toClubId(), body.on(), user.username(), scope), user);
    }

    /** The row as this reader may see it: the citizen ID masked unless their role needs the whole number. */
    private static MemberRow shown(MemberRow row, CurrentUser user) {
        return user.role().seesFullCitizenIds() ? row : row.withCitizenIdMasked();
    }

    @GetMapping("/api/v1/clubs/{clubId}/standard")
    StandardCheck standard(@PathVariable UUID clubId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           AreaScope scope) {
        return members.standard(clubId, orToday(date), scope);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? BusinessCalendar.today(clock) : date;
    }
}
