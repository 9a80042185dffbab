package vn.ishc.meetings.api;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.meetings.Checkup;
import vn.ishc.meetings.HealthProfile;
import vn.ishc.meetings.HealthRecord;
import vn.ishc.meetings.HealthRecords;
import vn.ishc.meetings.Hypertension;
import vn.ishc.meetings.NewReading;
import vn.ishc.meetings.Reading;
import vn.ishc.meetings.ReadingOrigin;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.meetings.Referral;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.members.HealthReads;
import vn.ishc.shared.AreaScope;

/** A person's health record: readings, height and hypertension, check-ups and referrals. */
@RestController
class HealthApi {

    static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')";

    private final HealthRecords health;
    private final MessageSource messages;
    private final HealthReads reads;

    HealthApi(HealthRecords health, MessageSource messages, HealthReads reads) {
        this.reads = reads;
        this.health = health;
        this.messages = messages;
    }

    /** The record with the last reading and the BMI worked out. */
    record HealthView(HealthRecord record, Reading last, BigDecimal bmi) {
    }

    /** A reading from a home visit or a campaign, taken under a club. */
    record ReadingBody(UUID id, UUID clubId, LocalDate takenOn, ReadingOrigin origin, UUID originId, Integer systolic,
                       Integer diastolic, Integer pulse, BigDecimal weightKg, Boolean referralMade) {
    }

    record ProfileBody(Integer heightCm, Hypertension hypertension) {
    }

    record CheckupBody(LocalDate checkedOn, String place, String result) {
    }

    record ReferralBody(LocalDate referredOn, ReferralDestination destination, String reason, UUID readingId,
                        String outcome) {
    }

    record OutcomeBody(String outcome) {
    }

    @GetMapping("/api/v1/members/{personId}/health")
    @PreAuthorize(MeetingApi.READERS)
    HealthView get(@PathVariable UUID personId, Principal user, AreaScope scope) {
        HealthRecord r = health.of(personId, scope);
        reads.read(user.getName(), HealthReads.What.HEALTH_API, "person:" + personId, java.util.List.of(personId));
        return new HealthView(r, r.last().orElse(null), r.bmi().orElse(null));
    }

    @PostMapping("/api/v1/members/{personId}/readings")
    @PreAuthorize(WRITERS)
    ResponseEntity<Reading> reading(@PathVariable UUID personId, @RequestBody ReadingBody b, Principal user,
                                    AreaScope scope) {
        Reading r = health.record(new NewReading(b.id(), personId, b.clubId(), b.takenOn(), b.origin(), b.originId(),
                new ReadingValues(b.systolic(), b.diastolic(), b.pulse(), b.weightKg(), b.referralMade())),
                user.getName(), scope);
        return ResponseEntity.created(URI.create("/api/v1/members/" + personId + "/health")).body(r);
    }

    @PutMapping("/api/v1/members/{personId}/health/profile")
    @PreAuthorize(WRITERS)
    HealthProfile profile(@PathVariable UUID personId, @RequestBody ProfileBody b, Principal user, AreaScope scope) {
        return health.setProfile(personId, b.heightCm(), b.hypertension(), user.getName(), scope);
    }

    @PostMapping("/api/v1/members/{personId}/checkups")
    @PreAuthorize(WRITERS)
    ResponseEntity<Checkup> checkup(@PathVariable UUID personId, @RequestBody CheckupBody b, Principal user,
                                    AreaScope scope) {
        return ResponseEntity.status(201).body(health.addCheckup(personId, b.checkedOn(), b.place(), b.result(),
                user.getName(), scope));
    }

    @PostMapping("/api/v1/members/{personId}/referrals")
    @PreAuthorize(WRITERS)
    ResponseEntity<Referral> referral(@PathVariable UUID personId, @RequestBody ReferralBody b, Principal user,
                                      AreaScope scope) {
        return ResponseEntity.status(201).body(health.addReferral(personId, b.referredOn(), b.destination(), b.reason(),
                b.readingId(), b.outcome(), user.getName(), scope));
    }

    @PostMapping("/api/v1/referrals/{id}/outcome")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> outcome(@PathVariable UUID id, @RequestBody OutcomeBody b, Principal user, AreaScope scope) {
        health.recordOutcome(id, b.outcome(), user.getName(), scope);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(RefusedEntry.class)
    ProblemDetail refused(RefusedEntry e, Locale locale) {
        return ApiProblems.refused(e, messages, locale);
    }
}
