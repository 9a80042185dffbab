package vn.ishc.homecare.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.HeldVisit;
import vn.ishc.homecare.HeldVisits;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.web.ClubPageSection;

/**
 * The club's page lists the home visits refused by the server and held for a decision ("Chờ xử lý") to the club's
 * board and the officers of its area, and to a volunteer those they sent, while any waits: the person visited, the
 * day, who sent it, when, and why.
 */
@Component
class HeldVisitsSection implements ClubPageSection {

    private final HeldVisits held;
    private final HomeCareTeam team;
    private final MessageSource messages;

    HeldVisitsSection(HeldVisits held, HomeCareTeam team, MessageSource messages) {
        this.held = held;
        this.team = team;
        this.messages = messages;
    }

    /** A held visit with the person visited and why it was refused, in the reader's language. */
    record Waiting(HeldVisit held, String name, String on, String why) {
    }

    @Override
    public Optional<String> addTo(UUID clubId, CurrentUser user, Model model) {
        if (!(user.is(Role.CLUB_BOARD) || user.is(Role.COMMUNE_OFFICER) || user.is(Role.PROVINCE_OFFICER)
                || user.is(Role.NATIONAL_ADMIN) || user.is(Role.HOMECARE_VOLUNTEER))) {
            return Optional.empty();
        }
        List<HeldVisit> waiting = held.waiting(clubId, HeldVisitController.onlyOf(user), user.scope());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, String> names = team.recipientsOf(clubId, user.scope()).stream()
                .collect(Collectors.toMap(CareRecipient::id, CareRecipient::name, (a, b) -> a));
        model.addAttribute("heldVisits", waiting.stream().map(h -> new Waiting(h, names.getOrDefault(h.recipientId(), "—"), day(h),
                Texts.message(new RefusedEntry(h.problems()), messages, LocaleContextHolder.getLocale()))).toList());
        return Optional.of("homecare/held-section :: held");
    }

    /** The day the visit was sent for, as users write it (as typed when it does not read as a day). */
    private static String day(HeldVisit h) {
        VisitForm sent = VisitForm.of(h);
        return sent.visitedOn() == null ? String.valueOf(h.value("visitedOn"))
                : sent.visitedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
