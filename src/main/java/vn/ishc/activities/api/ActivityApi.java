package vn.ishc.activities.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.ishc.activities.Activities;
import vn.ishc.activities.Activity;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.Entitlements;
import vn.ishc.activities.NewActivity;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.Versions;
import vn.ishc.shared.BusinessCalendar;

/** A club's activities and entitlement cases, within the caller's area. */
@RestController
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')")
class ActivityApi {

    private final Activities activities;
    private final Entitlements entitlements;
    private final Clock clock;

    ActivityApi(Activities activities, Entitlements entitlements, Clock clock) {
        this.activities = activities;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    /** Corrected fields of an activity, with the version they were read at. */
    @Schema(name = "ActivityCorrection")
    record Correction(Integer version, NewActivity activity) {
    }

    @Schema(name = "ActivityCancellation")
    record Cancellation(String reason) {
    }

    record NewCase(UUID personId, String personName, EntitlementCase.Benefit benefit, LocalDate appliedOn, String notes) {
    }

    @Schema(name = "EntitlementDecision")
    record Decision(EntitlementCase.Status status, LocalDate decidedOn) {
    }

    @GetMapping("/api/v1/clubs/{clubId}/activities")
    List<Activity> month(@PathVariable UUID clubId,
                         @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                         AreaScope scope) {
        return activities.ofMonth(clubId, month == null ? YearMonth.from(BusinessCalendar.today(clock)) : month, scope);
    }

    @PostMapping("/api/v1/clubs/{clubId}/activities")
    ResponseEntity<Activity> record(@PathVariable UUID clubId, @RequestBody NewActivity body, Principal user,
                                    AreaScope scope) {
        Activity a = activities.record(clubId, body, user.getName(), scope);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + a.id())).body(a);
    }

    @GetMapping("/api/v1/activities/{id}")
    Activity get(@PathVariable UUID id, AreaScope scope) {
        return activities.get(id, scope);
    }

    @PutMapping("/api/v1/activities/{id}")
    Activity correct(@PathVariable UUID id, @RequestBody Correction body, Principal user, AreaScope scope) {
        return activities.correct(id, body.activity(), Versions.required(body.version()), user.getName(), scope);
    }

    @PostMapping("/api/v1/activities/{id}/cancel")
    Activity cancel(@PathVariable UUID id, @RequestBody Cancellation body, Principal user, AreaScope scope) {
        return activities.cancel(id, body.reason(), user.getName(), scope);
    }

    @GetMapping("/api/v1/clubs/{clubId}/entitlements")
    List<EntitlementCase> cases(@PathVariable UUID clubId, AreaScope scope) {
        return entitlements.ofClub(clubId, scope);
    }

    @PostMapping("/api/v1/clubs/{clubId}/entitlements")
    ResponseEntity<EntitlementCase> apply(@PathVariable UUID clubId, @RequestBody NewCase body, Principal user,
                                          AreaScope scope) {
        EntitlementCase c = entitlements.apply(clubId, body.personId(), body.personName(), body.benefit(),
                body.appliedOn(), body.notes(), user.getName(), scope);
        return ResponseEntity.status(201).body(c);
    }

    @PostMapping("/api/v1/entitlements/{id}/decision")
    EntitlementCase decide(@PathVariable UUID id, @RequestBody Decision body, Principal user, AreaScope scope) {
        return entitlements.decide(id, body.status(), body.decidedOn(), user.getName(), scope);
    }
}
