package vn.ishc.longtermcare.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.identity.CurrentUser;
import vn.ishc.longtermcare.Assessment;
import vn.ishc.longtermcare.BarthelItem;
import vn.ishc.longtermcare.CaseChange;
import vn.ishc.longtermcare.CaseFile;
import vn.ishc.longtermcare.CaseSummary;
import vn.ishc.longtermcare.ChangeKind;
import vn.ishc.longtermcare.LawtonItem;
import vn.ishc.longtermcare.LivingSituation;
import vn.ishc.longtermcare.LongTermCareCases;
import vn.ishc.longtermcare.LtcCase;
import vn.ishc.longtermcare.NewCase;
import vn.ishc.longtermcare.ScreenItem;
import vn.ishc.members.HealthReads;
import vn.ishc.members.Person;

/**
 * Long-term care cases through the API, for their case managers and the commune officers of their area only:
 * the cases with what is due, a case with its assessments and changes (a logged health read), opening a case,
 * an assessment (answers only: the scores and need level are computed, a score sent with them is not read), a
 * change. Errors are problem details.
 */
@RestController
@PreAuthorize("hasAnyRole('COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')")
class LongTermCareApi {

    private final LongTermCareCases cases;
    private final HealthReads reads;

    LongTermCareApi(LongTermCareCases cases, HealthReads reads) {
        this.cases = cases;
        this.reads = reads;
    }

    /** A case to open: a member by person id, or a person who is not one by name, sex, birth year and village. */
    record LtcCaseBody(UUID id, UUID clubId, UUID personId, String name, Person.Sex sex, Integer birthYear,
                       String village, LocalDate openedOn) {
    }

    /** The answers of an assessment; every item must be answered. */
    record LtcAssessmentBody(LocalDate assessedOn, Map<BarthelItem, Integer> barthel, Map<LawtonItem, Boolean> lawton,
                             Map<ScreenItem, Boolean> screens, LivingSituation living, Boolean hasCarer) {
    }

    /** A change in the person's life, on a day. */
    record LtcChangeBody(LocalDate happenedOn, ChangeKind kind) {
    }

    @GetMapping("/api/v1/long-term-care/cases")
    List<CaseSummary> list(CurrentUser user) {
        return cases.list(user);
    }

    @PostMapping("/api/v1/long-term-care/cases")
    ResponseEntity<LtcCase> open(@RequestBody LtcCaseBody b, CurrentUser user) {
        LtcCase c = cases.open(new NewCase(b.id(), b.clubId(), b.personId(), b.name(), b.sex(), b.birthYear(),
                b.village(), b.openedOn()), user);
        return ResponseEntity.created(URI.create("/api/v1/long-term-care/cases/" + c.id())).body(c);
    }

    @GetMapping("/api/v1/long-term-care/cases/{id}")
    CaseFile file(@PathVariable UUID id, CurrentUser user) {
        CaseFile file = cases.file(id, user);
        UUID person = file.kase().personId();
        reads.read(user.username(), HealthReads.What.LTC_CASE_API, "ltc-case:" + id,
                person == null ? List.of() : List.of(person));
        return file;
    }

    @PostMapping("/api/v1/long-term-care/cases/{id}/assessments")
    ResponseEntity<Assessment> assess(@PathVariable UUID id, @RequestBody LtcAssessmentBody b, CurrentUser user) {
        Assessment a = cases.assess(id, b.assessedOn(), LongTermCareCases.answers(b.barthel(), b.lawton(), b.screens(),
                b.living(), b.hasCarer()), user);
        return ResponseEntity.created(URI.create("/api/v1/long-term-care/cases/" + id)).body(a);
    }

    @PostMapping("/api/v1/long-term-care/cases/{id}/changes")
    ResponseEntity<CaseChange> change(@PathVariable UUID id, @RequestBody LtcChangeBody b, CurrentUser user) {
        CaseChange c = cases.recordChange(id, b.happenedOn(), b.kind(), user);
        return ResponseEntity.created(URI.create("/api/v1/long-term-care/cases/" + id)).body(c);
    }
}
