package vn.ishc.funds.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Fund;
import vn.ishc.funds.HeldMoney;
import vn.ishc.funds.HeldMoneySubmission;
import vn.ishc.funds.Loans;
import vn.ishc.funds.MeetingMoney;
import vn.ishc.funds.MemberFees;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.UserFacingException;
import vn.ishc.web.FormOutcome;

/**
 * Members' fees and the money of a meeting. The fees page shows, for a month, who paid and who still owes, with
 * the club's fee and the months members are excused. The meeting's money page lists each member with this month's
 * fee and each loan with something due, the amounts filled in as due; the finance member corrects what was really
 * handed over and sends it all at once. The answer shows the totals, and the cash each fund's box should hold, to
 * count there and then.
 */
@Controller
class MeetingMoneyController {

    private final MeetingMoney meetingMoney;
    private final HeldMoney heldMoney;
    private final MemberFees fees;
    private final Clubs clubs;
    private final MessageSource messages;
    private final Clock clock;

    MeetingMoneyController(MeetingMoney meetingMoney, HeldMoney heldMoney, MemberFees fees, Clubs clubs,
                           MessageSource messages, Clock clock) {
        this.meetingMoney = meetingMoney;
        this.heldMoney = heldMoney;
        this.fees = fees;
        this.clubs = clubs;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form's lines as typed: what each is, and the amount as the finance member typed it. */
    public static class MeetingForm {
        private String submission;
        private LocalDate date;
        private List<LineForm> lines = new ArrayList<>();

        public String getSubmission() {
            return submission;
        }

        public void setSubmission(String submission) {
            this.submission = submission;
        }

        public LocalDate getDate() {
            return date;
        }

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public void setDate(LocalDate date) {
            this.date = date;
        }

        public List<LineForm> getLines() {
            return lines;
        }

        public void setLines(List<LineForm> lines) {
            this.lines = lines;
        }
    }

    /** One line of the form. */
    public static class LineForm {
        private MeetingMoney.Kind kind;
        private UUID personId;
        private UUID loanId;
        private String amount;

        public MeetingMoney.Kind getKind() {
            return kind;
        }

        public void setKind(MeetingMoney.Kind kind) {
            this.kind = kind;
        }

        public UUID getPersonId() {
            return personId;
        }

        public void setPersonId(UUID personId) {
            this.personId = personId;
        }

        public UUID getLoanId() {
            return loanId;
        }

        public void setLoanId(UUID loanId) {
            this.loanId = loanId;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    @GetMapping("/clubs/{clubId}/fees")
    @PreAuthorize(FundController.WRITERS)
    String fees(@PathVariable UUID clubId, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                AreaScope scope, Model model) {
        YearMonth shown = month == null ? YearMonth.from(today()) : month;
        model.addAttribute("club", clubs.get(clubId, scope));
        model.addAttribute("sheet", fees.month(clubId, shown, scope));
        model.addAttribute("rates", fees.rates(clubId, scope));
        model.addAttribute("exemptions", fees.exemptions(clubId, scope));
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("thisMonth", YearMonth.from(today()));
        model.addAttribute("fundKinds", List.of(Fund.Kind.OPERATING, Fund.Kind.INCOME_GENERATION));
        return "funds/fees";
    }

    @PostMapping("/clubs/{clubId}/fees/rates")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String setRate(@PathVariable UUID clubId, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                   @RequestParam(required = false) String amount, @RequestParam(required = false) Fund.Kind fundKind,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect("/clubs/" + clubId + "/fees", "funds.saved", redirect, messages, locale,
                () -> fees.setRate(clubId, from, FundController.dong(amount), fundKind, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/fees/exemptions")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String exempt(@PathVariable UUID clubId, @RequestParam(required = false) UUID personId,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                  @RequestParam(required = false) String reason, Principal user, AreaScope scope,
                  RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect("/clubs/" + clubId + "/fees", "funds.saved", redirect, messages, locale,
                () -> fees.exempt(clubId, personId, from, to, reason, user.getName(), scope));
    }

    @GetMapping("/clubs/{clubId}/meeting-money")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String form(@PathVariable UUID clubId, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) String done, @RequestParam(required = false) UUID held, AreaScope scope,
                Model model, RedirectAttributes redirect, Locale locale) {
        if (held != null) {
            return sendAgain(clubId, held, scope, model, redirect, locale);
        }
        LocalDate day = date == null || date.isAfter(today()) ? today() : date;
        if (done != null && !done.isBlank()) {
            model.addAttribute("result", meetingMoney.recorded(clubId, day, done, scope));
            model.addAttribute("countKey", UUID.randomUUID());
            model.addAttribute("back", "/clubs/" + clubId + "/meeting-money?date=" + day + "&done=" + done);
        }
        return show(clubId, day, null, null, null, scope, model);
    }

    @PostMapping("/clubs/{clubId}/meeting-money")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String collect(@PathVariable UUID clubId, @ModelAttribute("form") MeetingForm form, Principal user, AreaScope scope,
                   Model model, HttpServletResponse response, Locale locale) {
        LocalDate day = form.getDate() == null ? today() : form.getDate();
        String submission = form.getSubmission() == null || form.getSubmission().isBlank()
                ? UUID.randomUUID().toString() : form.getSubmission().strip();
        List<MeetingMoney.Line> lines = new ArrayList<>();
        List<LineForm> typed = form.getLines();
        for (int i = 0; i < typed.size(); i++) {
            LineForm l = typed.get(i);
            try {
                Long amount = Dong.parse(l.getAmount(), "amount");
                String target = l.getKind() == MeetingMoney.Kind.FEE ? String.valueOf(l.getPersonId())
                        : String.valueOf(l.getLoanId());
                lines.add(new MeetingMoney.Line(l.getKind(), l.getPersonId(), l.getLoanId(), amount,
                        submission + ":" + l.getKind() + ":" + target));
            } catch (UserFacingException e) {
                hold(clubId, day, form, i, e, user, scope, model);
                return refused(clubId, day, form, i, e, scope, model, response, locale);
            }
        }
        try {
            heldMoney.collect(clubId, day, lines, form.getSubmission(), user.getName(), scope);
        } catch (MeetingMoney.LineRefused e) {
            hold(clubId, day, form, e.line(), e, user, scope, model);
            return refused(clubId, day, form, e.line(), e, scope, model, response, locale);
        } catch (InvalidInputException e) {
            hold(clubId, day, form, null, e, user, scope, model);
            response.setStatus(422);
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return show(clubId, day, form, null, null, scope, model);
        }
        return "redirect:/clubs/" + clubId + "/meeting-money?date=" + day + "&done=" + submission;
    }

    /**
     * The form of held money to correct and send again: the day it was sent for, the amounts as they were typed and
     * the same submission, so that saving it decides the held one; the refused line is marked with its reason.
     */
    private String sendAgain(UUID clubId, UUID heldId, AreaScope scope, Model model, RedirectAttributes redirect,
                             Locale locale) {
        HeldMoneySubmission held;
        try {
            held = heldMoney.toSendAgain(clubId, heldId, scope);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/clubs/" + clubId + "/meeting-money/held/" + heldId;
        }
        MeetingForm form = new MeetingForm();
        form.setSubmission(held.submission());
        form.setDate(held.meetingDay());
        for (HeldMoneySubmission.SentLine sent : held.lines()) {
            LineForm line = new LineForm();
            line.setKind(sent.kind());
            line.setPersonId(sent.personId());
            line.setLoanId(sent.loanId());
            line.setAmount(sent.amount());
            form.getLines().add(line);
        }
        LocalDate day = held.meetingDay().isAfter(today()) ? today() : held.meetingDay();
        model.addAttribute("heldId", held.id());
        return show(clubId, day, form, held.refusal().line(), HeldMoneyView.reason(held, messages, locale), scope, model);
    }

    /** Keeps a refused submission that carries an id, as it was typed, for a person to decide. */
    private void hold(UUID clubId, LocalDate day, MeetingForm form, Integer line, UserFacingException e, Principal user,
                      AreaScope scope, Model model) {
        if (form.getSubmission() == null || form.getSubmission().isBlank()) {
            return;
        }
        List<HeldMoneySubmission.SentLine> sent = form.getLines().stream()
                .map(l -> new HeldMoneySubmission.SentLine(l.getKind(), l.getPersonId(), l.getLoanId(), l.getAmount()))
                .toList();
        heldMoney.hold(clubId, form.getSubmission(), day, sent, line, e, user.getName(), scope)
                .ifPresent(id -> model.addAttribute("heldId", id));
    }

    private String refused(UUID clubId, LocalDate day, MeetingForm form, int line, UserFacingException e, AreaScope scope,
                           Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(422);
        String message = messages.getMessage(e.messageKey(), e.arguments(), locale);
        model.addAttribute("failure", messages.getMessage("funds.meeting.lineRefused", new Object[] {line + 1, message},
                locale));
        return show(clubId, day, form, line, message, scope, model);
    }

    /**
     * The form: the lines as due, or as typed when a line was refused (then that line carries the refusal and
     * every amount stays as it was typed).
     */
    private String show(UUID clubId, LocalDate day, MeetingForm typed, Integer refusedLine, String refusal,
                        AreaScope scope, Model model) {
        MeetingMoney.Due due = meetingMoney.due(clubId, day, scope);
        model.addAttribute("club", clubs.get(clubId, scope));
        model.addAttribute("date", day);
        model.addAttribute("today", today());
        model.addAttribute("due", due);
        model.addAttribute("submission", typed != null && typed.getSubmission() != null ? typed.getSubmission()
                : UUID.randomUUID().toString());
        // The members in the order of the book, each with their fee line and their loans' lines.
        Map<UUID, Row> rows = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (MemberFees.Standing s : due.fees().members()) {
            rows.put(s.personId(), new Row(s.personId(), s.name(), new ArrayList<>()));
        }
        for (MemberFees.Standing s : due.fees().members()) {
            if (s.owed() > 0 || s.due() > 0) {
                Line line = new Line(lines.size(), MeetingMoney.Kind.FEE, s.personId(), null,
                        s.paid() || s.owed() == 0 ? "" : Dong.format(s.due() > 0 && !s.paid() ? s.due() : s.owed()),
                        s.owed(), s.monthsOwed(), null, 0);
                lines.add(line);
                rows.get(s.personId()).lines().add(line);
            }
        }
        for (Loans.Due d : due.loans()) {
            Row row = rows.computeIfAbsent(d.loan().personId(),
                    p -> new Row(p, d.loan().personName(), new ArrayList<>()));
            Line line = new Line(lines.size(), MeetingMoney.Kind.REPAYMENT, d.loan().personId(), d.loan().id(),
                    Dong.format(d.amount()), d.amount(), 0, d.loan(), d.daysOverdue());
            lines.add(line);
            row.lines().add(line);
        }
        int refusedShown = -1;
        if (typed != null) {
            // Amounts as they were typed, matched by what each line is.
            for (int n = 0; n < typed.getLines().size(); n++) {
                LineForm t = typed.getLines().get(n);
                for (int i = 0; i < lines.size(); i++) {
                    Line l = lines.get(i);
                    boolean same = l.kind() == t.getKind() && (l.kind() == MeetingMoney.Kind.FEE
                            ? l.personId().equals(t.getPersonId()) : l.loan().id().equals(t.getLoanId()));
                    if (same) {
                        lines.set(i, l.typed(t.getAmount() == null ? "" : t.getAmount()));
                        if (refusedLine != null && refusedLine == n) {
                            refusedShown = i;
                        }
                    }
                }
            }
            rows.values().forEach(r -> r.lines().replaceAll(l -> lines.get(l.index())));
        }
        model.addAttribute("rows", rows.values().stream().filter(r -> !r.lines().isEmpty()).toList());
        model.addAttribute("refusedLine", refusedShown);
        model.addAttribute("refusal", refusal);
        return "funds/meeting-money";
    }

    /** A member with their lines. */
    record Row(UUID personId, String name, List<Line> lines) {
    }

    /** A line of the form: what it is, the amount shown in its field, and what is owed on it. */
    record Line(int index, MeetingMoney.Kind kind, UUID personId, UUID loanId, String amount, long owed, int monthsOwed,
                Loans.Loan loan, int daysOverdue) {

        Line typed(String amount) {
            return new Line(index, kind, personId, loanId, amount, owed, monthsOwed, loan, daysOverdue);
        }
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
