package vn.ishc.funds.api;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.funds.HeldMoney;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * What became of the meeting money a phone lists as held: the phone asks when it is online and forgets what was
 * decided at a desk. For the club's board and the officers of its area.
 */
@RestController
class HeldMoneyApi {

    private final HeldMoney held;

    HeldMoneyApi(HeldMoney held) {
        this.held = held;
    }

    /** {@code submission}: the submissions the phone holds, at most 50; each waiting, decided (and how), or unknown. */
    @GetMapping("/api/v1/clubs/{clubId}/meeting-money/held")
    @PreAuthorize(FundApi.WRITERS)
    List<HeldMoney.PhoneHeld> heldOnPhone(@PathVariable UUID clubId, @RequestParam List<String> submission,
                                          AreaScope scope) {
        if (submission.size() > 50) {
            throw new InvalidInputException("funds.held.tooMany", "submission");
        }
        return held.onPhone(clubId, submission, scope);
    }
}
