package vn.ishc.funds.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.HeldMoney;
import vn.ishc.funds.HeldMoneySubmission;
import vn.ishc.funds.Loans;
import vn.ishc.funds.MeetingMoney;
import vn.ishc.funds.MemberFees;
import vn.ishc.funds.MoneyRecorders;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.UserFacingException;

/**
 * Meeting money refused by the server and held: each line as it was sent (the member, a fee or a loan, the amount
 * as typed) beside what is due or owed on it now, the refused line marked with the reason, for the club's board or
 * an officer of its area to read; those who record the club's money correct it and send it again, or drop it.
 */
@Controller
class HeldMoneyController {

    private final HeldMoney held;
    private final MeetingMoney meetingMoney;
    private final Loans loans;
    private final Members members;
    private final Clubs clubs;
    private final MoneyRecorders recorders;
    private final MessageSource messages;
    private final Clock clock;

    HeldMoneyController(HeldMoney held, MeetingMoney meetingMoney, Loans loans, Members members, Clubs clubs,
                        MoneyRecorders recorders, MessageSource messages, Clock clock) {
        this.held = held;
        this.meetingMoney = meetingMoney;
        this.loans = loans;
        this.members = members;
        this.clubs = clubs;
        this.recorders = recorders;
        this.messages = messages;
        this.clock = clock;
    }

    /** A line as sent, beside what is due or owed on it now. */
    record Line(int number, MeetingMoney.Kind kind, String name, String amount, String now, boolean refused) {
    }

    @GetMapping("/clubs/{clubId}/meeting-money/held/{heldId}")
    @PreAuthorize(FundController.WRITERS)
    String held(@PathVariable UUID clubId, @PathVariable UUID heldId, AreaScope scope, Authentication auth, Model model,
                Locale locale) {
        HeldMoneySubmission h = held.get(clubId, heldId, scope);
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate day = h.meetingDay().isAfter(today) ? today : h.meetingDay();
        MeetingMoney.Due due = meetingMoney.due(clubId, day, scope);
        Map<UUID, MemberFees.Standing> standings = due.fees().members().stream()
                .collect(Collectors.toMap(MemberFees.Standing::personId, Function.identity(), (a, b) -> a));
        Map<UUID, Loans.Due> loansDue = due.loans().stream()
                .collect(Collectors.toMap(d -> d.loan().id(), Function.identity(), (a, b) -> a));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < h.lines().size(); i++) {
            HeldMoneySubmission.SentLine sent = h.lines().get(i);
            boolean refused = h.refusal().line() != null && h.refusal().line() == i;
            String amount = sent.amount() == null ? "" : sent.amount();
            if (sent.kind() == MeetingMoney.Kind.REPAYMENT) {
                Loans.Loan loan = loan(clubId, sent.loanId(), scope);
                Loans.Due d = loansDue.get(sent.loanId());
                String now = loan == null ? "—" : d != null
                        ? messages.getMessage("funds.held.loanDue", new Object[] {Dong.format(d.amount()),
                                Dong.format(loan.outstanding())}, locale)
                        : messages.getMessage("funds.held.loanNothingDue", new Object[] {Dong.format(loan.outstanding())},
                                locale);
                lines.add(new Line(i + 1, sent.kind(), loan == null ? "—" : loan.personName(), amount, now, refused));
            } else {
                MemberFees.Standing s = sent.personId() == null ? null : standings.get(sent.personId());
                String now = s != null ? messages.getMessage("funds.held.feeOwed", new Object[] {s.monthsOwed(),
                        Dong.format(s.owed())}, locale) : messages.getMessage("funds.held.notMember", null, locale);
                lines.add(new Line(i + 1, sent.kind(), s != null ? s.name() : name(sent.personId(), scope), amount, now,
                        refused));
            }
        }
        model.addAttribute("club", clubs.get(clubId, scope));
        model.addAttribute("held", h);
        model.addAttribute("lines", lines);
        model.addAttribute("why", HeldMoneyView.why(h, messages, locale));
        model.addAttribute("mayDecide", h.waiting() && recorders.club(auth, clubId));
        return "funds/held";
    }

    /** Drops the held money: nothing of it is recorded. */
    @PostMapping("/clubs/{clubId}/meeting-money/held/{heldId}/drop")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String drop(@PathVariable UUID clubId, @PathVariable UUID heldId, Principal user, AreaScope scope,
                RedirectAttributes redirect, Locale locale) {
        try {
            held.drop(clubId, heldId, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("funds.held.dropped", null, locale));
            return "redirect:/clubs/" + clubId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/clubs/" + clubId + "/meeting-money/held/" + heldId;
        }
    }

    private Loans.Loan loan(UUID clubId, UUID loanId, AreaScope scope) {
        if (loanId == null) {
            return null;
        }
        try {
            Loans.Loan loan = loans.get(loanId, scope);
            return clubId.equals(loan.clubId()) ? loan : null;
        } catch (UserFacingException e) {
            return null;
        }
    }

    private String name(UUID personId, AreaScope scope) {
        if (personId == null) {
            return "—";
        }
        try {
            return members.person(personId, scope).person().fullName();
        } catch (UserFacingException e) {
            return "—";
        }
    }
}
