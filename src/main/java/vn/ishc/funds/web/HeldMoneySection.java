package vn.ishc.funds.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.funds.HeldMoney;
import vn.ishc.funds.HeldMoneySubmission;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.web.ClubPageSection;

/**
 * The club's page lists the meeting money refused by the server and held for a decision ("Chờ xử lý") to the
 * club's board and the officers of its area, while any waits: the meeting day, who sent it, when, and why.
 */
@Component
class HeldMoneySection implements ClubPageSection {

    private final HeldMoney held;
    private final MessageSource messages;

    HeldMoneySection(HeldMoney held, MessageSource messages) {
        this.held = held;
        this.messages = messages;
    }

    /** A held submission with why it was refused, in the reader's language. */
    record Waiting(HeldMoneySubmission held, String why) {
    }

    @Override
    public Optional<String> addTo(UUID clubId, CurrentUser user, Model model) {
        if (!(user.is(Role.CLUB_BOARD) || user.is(Role.COMMUNE_OFFICER) || user.is(Role.PROVINCE_OFFICER)
                || user.is(Role.NATIONAL_ADMIN))) {
            return Optional.empty();
        }
        List<HeldMoneySubmission> waiting = held.waiting(clubId, user.scope());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("heldMoney", waiting.stream()
                .map(h -> new Waiting(h, HeldMoneyView.why(h, messages, LocaleContextHolder.getLocale()))).toList());
        return Optional.of("funds/held-section :: held");
    }
}
