package vn.ishc.members.api;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.members.Consent;
import vn.ishc.members.ConsentWithdrawal;
import vn.ishc.members.Consents;
import vn.ishc.members.NewConsent;
import vn.ishc.shared.AreaScope;

/**
 * A person's consents and legal bases for processing their data, and their withdrawals. Both take an
 * Idempotency-Key header: the same key sent again with the same body answers what the first recorded; with
 * another body it is refused (422) and nothing is recorded.
 */
@RestController
class ConsentApi {

    private static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    // Partners see figures, never a person's records.
    private static final String PERSONAL = "!hasRole('PARTNER_VIEWER')";

    private final Consents consents;

    ConsentApi(Consents consents) {
        this.consents = consents;
    }

    @GetMapping("/api/v1/persons/{personId}/consents")
    @PreAuthorize(PERSONAL)
    List<Consent> list(@PathVariable UUID personId, AreaScope scope) {
        return consents.of(personId, scope);
    }

    @PostMapping("/api/v1/persons/{personId}/consents")
    @PreAuthorize(WRITERS)
    ResponseEntity<Consent> record(@PathVariable UUID personId, @RequestBody NewConsent body,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                   Principal user, AreaScope scope) {
        Consent saved = consents.record(personId, body, key, user.getName(), scope);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/consents")).body(saved);
    }

    @PostMapping("/api/v1/persons/{personId}/consents/{consentId}/withdrawal")
    @PreAuthorize(WRITERS)
    Consent withdraw(@PathVariable UUID personId, @PathVariable UUID consentId, @RequestBody ConsentWithdrawal body,
                     @RequestHeader(name = "Idempotency-Key", required = false) String key, Principal user,
                     AreaScope scope) {
        return consents.withdraw(personId, consentId, body, key, user.getName(), scope);
    }
}
