package vn.ishc.programme.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.identity.CurrentUser;
import vn.ishc.programme.Course;
import vn.ishc.programme.NewCourse;
import vn.ishc.programme.NewParticipant;
import vn.ishc.programme.Participant;
import vn.ishc.programme.Roster;
import vn.ishc.programme.Trainings;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.Versions;

/** Training courses of the caller's area and their participants. */
@RestController
@PreAuthorize(TrainingApi.READERS)
class TrainingApi {

    static final String READERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'PARTNER_VIEWER')";
    static final String RECORDERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";

    private final Trainings trainings;

    TrainingApi(Trainings trainings) {
        this.trainings = trainings;
    }

    /**
     * A course with the participants the caller may see by name and how many others there are; partners
     * see the numbers only.
     */
    record CourseDetail(Course course, List<Participant> participants, int otherParticipants) {
    }

    /** The corrected details of a course with the {@code version} that was read. */
    @Schema(name = "TrainingCorrection")
    record Correction(Integer version, String title, Course.Kind kind, String areaPath, LocalDate startsOn,
                      LocalDate endsOn, String place, UUID projectId, String note) {
    }

    /** Why a course is cancelled. */
    @Schema(name = "CourseCancellation")
    record Cancellation(String reason) {
    }

    /** The courses of the caller's area, of the areas within it and above it, the latest first. */
    @GetMapping("/api/v1/trainings")
    List<Course> list(@RequestParam(required = false) Integer year, AreaScope scope) {
        return trainings.list(year, scope);
    }

    @PostMapping("/api/v1/trainings")
    @PreAuthorize(RECORDERS)
    ResponseEntity<Course> record(@RequestBody NewCourse body, CurrentUser user) {
        Course c = trainings.record(body, user);
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + c.id())).body(c);
    }

    @GetMapping("/api/v1/trainings/{id}")
    CourseDetail get(@PathVariable UUID id, CurrentUser user) {
        Course c = trainings.get(id, user.scope());
        Roster r = trainings.roster(id, user);
        return new CourseDetail(c, r.named(), r.others());
    }

    /** Corrects a course as read at {@code version}; 422 when someone saved a change in between. */
    @PutMapping("/api/v1/trainings/{id}")
    @PreAuthorize(RECORDERS)
    Course correct(@PathVariable UUID id, @RequestBody Correction body, CurrentUser user) {
        int version = Versions.required(body.version());
        return trainings.correct(id, new NewCourse(id, body.title(), body.kind(), body.areaPath(), body.startsOn(),
                body.endsOn(), body.place(), body.projectId(), body.note()), version, user);
    }

    @PostMapping("/api/v1/trainings/{id}/cancellation")
    @PreAuthorize(RECORDERS)
    Course cancel(@PathVariable UUID id, @RequestBody Cancellation body, CurrentUser user) {
        return trainings.cancel(id, body.reason(), user);
    }

    /** Adds a member of a club ({@code clubId}, {@code personId}) or a person by {@code fullName}, {@code sex}, {@code organisation}. */
    @PostMapping("/api/v1/trainings/{id}/participants")
    @PreAuthorize(RECORDERS)
    ResponseEntity<Participant> addParticipant(@PathVariable UUID id, @RequestBody NewParticipant body,
                                               CurrentUser user) {
        Participant p = trainings.addParticipant(id, body, user);
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + id)).body(p);
    }

    /** Takes a participant off the course (kept in the record, marked removed). */
    @PostMapping("/api/v1/trainings/{id}/participants/{participantId}/removal")
    @PreAuthorize(RECORDERS)
    ResponseEntity<Void> removeParticipant(@PathVariable UUID id, @PathVariable UUID participantId, CurrentUser user) {
        trainings.removeParticipant(id, participantId, user);
        return ResponseEntity.noContent().build();
    }
}
