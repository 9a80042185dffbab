package vn.ishc.homecare.api;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.homecare.HeldVisits;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * What became of the visits to a person that a phone lists as held: the phone asks when it is online and forgets
 * what was decided at a desk. For those who record visits: the club's board, the officers of its area, volunteers.
 */
@RestController
class HeldVisitApi {

    private final HeldVisits held;

    HeldVisitApi(HeldVisits held) {
        this.held = held;
    }

    /** {@code visit}: the visit ids the phone holds, at most 50; each waiting, decided (and how), or unknown. */
    @GetMapping("/api/v1/homecare/recipients/{recipientId}/visits/held")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')")
    List<HeldVisits.PhoneHeld> heldOnPhone(@PathVariable UUID recipientId, @RequestParam List<UUID> visit,
                                           AreaScope scope) {
        if (visit.size() > 50) {
            throw new InvalidInputException("homecare.held.tooMany", "visit");
        }
        return held.onPhone(recipientId, visit, scope);
    }
}
