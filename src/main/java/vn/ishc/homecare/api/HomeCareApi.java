package vn.ishc.homecare.api;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
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
import vn.ishc.homecare.Assignment;
import vn.ishc.homecare.CarePlan;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.HomeCareMonth;
import vn.ishc.homecare.HomeCareProgress;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisit;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.homecare.NewRecipient;
import vn.ishc.homecare.NewVisit;
import vn.ishc.homecare.NewVolunteer;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.homecare.RecipientProgress;
import vn.ishc.homecare.Volunteer;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/**
 * A club's home care within the caller's area: volunteers, recipients, plans, assignments, visits, the
 * month against plan; and a signed-in volunteer's own recipients. Errors are problem details.
 */
@RestController
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')")
class HomeCareApi {

    static final String MANAGERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final HomeCareTeam team;
    private final CarePlans plans;
    private final HomeVisits visits;
    private final HomeCareProgress progress;
    private final vn.ishc.members.HealthReads reads;
    private final Clock clock;

    HomeCareApi(HomeCareTeam team, CarePlans plans, HomeVisits visits, HomeCareProgress progress,
                vn.ishc.members.HealthReads reads, Clock clock) {
        this.reads = reads;
        this.team = team;
        this.plans = plans;
        this.visits = visits;
        this.progress = progress;
        this.clock = clock;
    }

    record Plan(Integer visits, PlanPeriod per, Set<CareTask> tasks, LocalDate validFrom) {
    }

    record NewAssignment(UUID volunteerId, LocalDate from) {
    }

    /** A visit as sent by a phone; the recipient is in the path. */
    record VisitBody(UUID id, LocalDate visitedOn, List<UUID> volunteerIds, Set<CareTask> tasks, String observations,
                     Integer systolic, Integer diastolic, Integer pulse, Boolean referralMade,
                     vn.ishc.meetings.ReferralDestination referralTo, String referralReason,
                     vn.ishc.homecare.ReferralCause referralCause) {
    }

    /** Corrected fields of a visit, with the version they were read at. */
    record VisitCorrection(Integer version, VisitBody visit) {
    }

    record Ending(LocalDate on, String reason) {
    }

    /** The signed-in volunteer and their recipients with the visits due. */
    record Mine(Volunteer volunteer, List<RecipientProgress> recipients) {
    }

    @GetMapping("/api/v1/clubs/{clubId}/homecare/volunteers")
    @PreAuthorize(MANAGERS)
    List<Volunteer> volunteers(@PathVariable UUID clubId, AreaScope scope) {
        return team.volunteersOf(clubId, scope);
    }

    @PostMapping("/api/v1/clubs/{clubId}/homecare/volunteers")
    @PreAuthorize(MANAGERS)
    ResponseEntity<Volunteer> addVolunteer(@PathVariable UUID clubId, @RequestBody NewVolunteer body, Principal user,
                                           AreaScope scope) {
        return ResponseEntity.status(201).body(team.addVolunteer(clubId, body, user.getName(), scope));
    }

    @GetMapping("/api/v1/clubs/{clubId}/homecare/recipients")
    @PreAuthorize(MANAGERS)
    List<CareRecipient> recipients(@PathVariable UUID clubId, AreaScope scope) {
        return team.recipientsOf(clubId, scope);
    }

    @PostMapping("/api/v1/clubs/{clubId}/homecare/recipients")
    @PreAuthorize(MANAGERS)
    ResponseEntity<CareRecipient> addRecipient(@PathVariable UUID clubId, @RequestBody NewRecipient body, Principal user,
                                               AreaScope scope) {
        return ResponseEntity.status(201).body(team.addRecipient(clubId, body, user.getName(), scope));
    }

    /** Visits planned and made in a month (this month if none is given), and who is below plan. */
    @GetMapping("/api/v1/clubs/{clubId}/homecare/month")
    @PreAuthorize(MANAGERS)
    HomeCareMonth month(@PathVariable UUID clubId,
                        @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                        AreaScope scope) {
        return progress.month(clubId, month == null ? YearMonth.from(today()) : month, scope);
    }

    @GetMapping("/api/v1/homecare/recipients/{id}/plan")
    CarePlan plan(@PathVariable UUID id, AreaScope scope) {
        return plans.plan(id, today(), scope);
    }

    @PutMapping("/api/v1/homecare/recipients/{id}/plan")
    @PreAuthorize(MANAGERS)
    CarePlan setPlan(@PathVariable UUID id, @RequestBody Plan body, Principal user, AreaScope scope) {
        return plans.setPlan(id, body.visits(), body.per(), body.tasks(), body.validFrom(), user.getName(), scope);
    }

    @GetMapping("/api/v1/homecare/recipients/{id}/assignments")
    List<Assignment> assignments(@PathVariable UUID id, AreaScope scope) {
        return plans.assignmentsOf(id, scope);
    }

    @PostMapping("/api/v1/homecare/recipients/{id}/assignments")
    @PreAuthorize(MANAGERS)
    ResponseEntity<Assignment> assign(@PathVariable UUID id, @RequestBody NewAssignment body, Principal user,
                                      AreaScope scope) {
        return ResponseEntity.status(201).body(plans.assign(id, body.volunteerId(), body.from(), user.getName(), scope));
    }

    @GetMapping("/api/v1/homecare/recipients/{id}/visits")
    List<HomeVisit> visits(@PathVariable UUID id, CurrentUser user) {
        List<HomeVisit> found = visits.visitsOf(id, user.scope());
        logRead(id, user);
        return found;
    }

    /** Records a visit; sending it again with the same id answers the visit already saved. */
    @PostMapping("/api/v1/homecare/recipients/{id}/visits")
    ResponseEntity<HomeVisit> record(@PathVariable UUID id, @RequestBody VisitBody b, CurrentUser user) {
        HomeVisit v = visits.record(new NewVisit(b.id(), id, b.visitedOn(), b.volunteerIds(), b.tasks(), b.observations(),
                b.systolic(), b.diastolic(), b.pulse(), b.referralMade(), b.referralTo(), b.referralReason(),
                b.referralCause()),
                user.username(), user.is(Role.HOMECARE_VOLUNTEER), user.scope());
        return ResponseEntity.created(URI.create("/api/v1/homecare/recipients/" + id + "/visits")).body(v);
    }

    @GetMapping("/api/v1/homecare/visits/{id}")
    HomeVisit visit(@PathVariable UUID id, CurrentUser user) {
        HomeVisit v = visits.get(id, user.scope());
        logRead(v.recipientId(), user);
        return v;
    }

    /** Visits hold readings and observations: who read them goes in the health-data read log. */
    private void logRead(UUID recipientId, CurrentUser user) {
        UUID person = team.recipient(recipientId, user.scope()).personId();
        reads.read(user.username(), vn.ishc.members.HealthReads.What.HOME_VISIT_API, "recipient:" + recipientId,
                person == null ? List.of() : List.of(person));
    }

    @PutMapping("/api/v1/homecare/visits/{id}")
    HomeVisit correct(@PathVariable UUID id, @RequestBody VisitCorrection body, CurrentUser user) {
        int version = vn.ishc.shared.Versions.required(body.version());
        VisitBody b = body.visit() == null ? new VisitBody(null, null, null, null, null, null, null, null, null, null, null, null)
                : body.visit();
        return visits.correct(id, new NewVisit(id, null, b.visitedOn(), b.volunteerIds(), b.tasks(), b.observations(),
                b.systolic(), b.diastolic(), b.pulse(), b.referralMade(), b.referralTo(), b.referralReason(),
                b.referralCause()),
                version, user.username(), user.is(Role.HOMECARE_VOLUNTEER), user.scope());
    }

    @PostMapping("/api/v1/homecare/volunteers/{id}/end")
    @PreAuthorize(MANAGERS)
    Volunteer endVolunteer(@PathVariable UUID id, @RequestBody Ending body, Principal user, AreaScope scope) {
        return team.endVolunteer(id, body.on(), user.getName(), scope);
    }

    @PostMapping("/api/v1/homecare/recipients/{id}/end")
    @PreAuthorize(MANAGERS)
    CareRecipient endRecipient(@PathVariable UUID id, @RequestBody Ending body, Principal user, AreaScope scope) {
        return team.endRecipient(id, body.on(), body.reason(), user.getName(), scope);
    }

    @PostMapping("/api/v1/homecare/assignments/{id}/end")
    @PreAuthorize(MANAGERS)
    Assignment endAssignment(@PathVariable UUID id, @RequestBody Ending body, Principal user, AreaScope scope) {
        return plans.endAssignment(id, body.on(), user.getName(), scope);
    }

    @GetMapping("/api/v1/homecare/mine")
    Mine mine(CurrentUser user) {
        var me = team.volunteerOfUser(user.username(), user.scope());
        return new Mine(me.orElse(null), me.map(v -> progress.due(v.id(), today(), user.scope())).orElse(List.of()));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
