package vn.ishc.meetings.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
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
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDayLabels;
import vn.ishc.identity.AuditLog;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingAlreadyRecorded;
import vn.ishc.meetings.MeetingCalendar;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.HealthReads;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/**
 * A club's meetings: the list with the next meeting date and the months without one, a meeting as
 * recorded, and the meeting form in two layouts (phone cards, desk grid) that post the same form.
 */
@Controller
class MeetingController {

    static final String READERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')";
    static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final Meetings meetings;
    private final MeetingCalendar calendar;
    private final Clubs clubs;
    private final Members members;
    private final MeetingDayLabels meetingDays;
    private final MessageSource messages;
    private final AuditLog audit;
    private final HealthReads reads;
    private final Clock clock;

    MeetingController(Meetings meetings, MeetingCalendar calendar, Clubs clubs, Members members, MeetingDayLabels meetingDays,
                      MessageSource messages, AuditLog audit, HealthReads reads, Clock clock) {
        this.reads = reads;
        this.meetings = meetings;
        this.calendar = calendar;
        this.clubs = clubs;
        this.members = members;
        this.meetingDays = meetingDays;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/meetings")
    @PreAuthorize(READERS)
    String list(@PathVariable UUID clubId, AreaScope scope, Model model, Locale locale) {
        Club club = clubs.get(clubId, scope);
        YearMonth now = YearMonth.from(today());
        model.addAttribute("club", club);
        model.addAttribute("meetings", calendar.list(clubId, scope));
        model.addAttribute("meetingDay", meetingDays.label(club.meetingDay(), locale));
        model.addAttribute("nextMeeting", calendar.nextMeetingDate(clubId, scope));
        // The form offers this month's meeting, never last month's (recorded already as a rule); once this
        // month's is recorded the page links to it instead, and the date is left for the one recording another.
        MeetingCalendar.MonthMeeting month = calendar.thisMonth(clubId, scope);
        model.addAttribute("monthMeeting", month);
        model.addAttribute("offered", month.recorded() ? null : month.day());
        model.addAttribute("latest", month.day().isAfter(today()) ? month.day() : today());
        model.addAttribute("missing", calendar.monthsWithoutMeeting(clubId, now.minusMonths(11), now, scope));
        model.addAttribute("today", today());
        return "meetings/list";
    }

    @GetMapping("/clubs/{clubId}/meetings/new")
    @PreAuthorize(WRITERS)
    String newMeeting(@PathVariable UUID clubId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @RequestParam(defaultValue = "phone") String layout, Principal user, AreaScope scope,
                      Model model, RedirectAttributes redirect, Locale locale) {
        Club club = clubs.get(clubId, scope);
        LocalDate day = date;
        if (day == null) {
            // This month's meeting: the draft or the meeting recorded, else a new one on the month's day.
            MeetingCalendar.MonthMeeting month = calendar.thisMonth(clubId, scope);
            if (month.draft()) {
                return "redirect:/meetings/" + month.meetingId() + "/edit?layout=" + layout(layout);
            }
            day = month.day();
        }
        Optional<UUID> existing = meetings.onDate(clubId, day, scope);
        if (existing.isPresent()) {
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.opened",
                    new Object[] {day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, locale));
            return "redirect:/meetings/" + existing.get() + "/edit?layout=" + layout(layout);
        }
        LocalDate rollDate = day.isAfter(today()) || day.isBefore(club.foundedOn()) ? today() : day;
        return form(club, MeetingForm.blank(day, members.membersOf(clubId, rollDate, scope), layout(layout)),
                Refusals.none(), model, scope, user);
    }

    @GetMapping("/meetings/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@PathVariable UUID id, @RequestParam(defaultValue = "phone") String layout, Principal user,
                AreaScope scope, Model model) {
        Meeting m = meetings.get(id, scope);
        logReadings(m, user);
        Club club = clubs.get(m.clubId(), scope);
        return form(club, MeetingForm.of(m, members.membersOf(m.clubId(), m.heldOn(), scope), layout(layout)),
                Refusals.none(), model, scope, user);
    }

    /** Both layouts post here: the whole meeting in one request, saved whole or refused whole. */
    @PostMapping("/clubs/{clubId}/meetings")
    @PreAuthorize(WRITERS)
    String save(@PathVariable UUID clubId, @ModelAttribute MeetingForm form, Principal user, AreaScope scope,
                Model model, RedirectAttributes redirect, Locale locale) {
        Club club = clubs.get(clubId, scope);
        try {
            Meeting saved = meetings.record(clubId, form.toEntry(), user.getName(), scope);
            redirect.addFlashAttribute("notice", savedNotice(saved, form.safeRows().size(), locale));
            return "redirect:/meetings/" + saved.id();
        } catch (MeetingAlreadyRecorded e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/meetings/" + e.existingId() + "/edit?layout=" + layout(form.layout());
        } catch (InvalidInputException e) {
            return form(club, form, Refusals.of(e, messages, locale), model, scope, user);
        }
    }

    /** A meeting as recorded; {@code saved} when the phone page has just sent it, to say what was saved. */
    @GetMapping("/meetings/{id}")
    @PreAuthorize(READERS)
    String meeting(@PathVariable UUID id, @RequestParam(required = false) String saved, Principal user, AreaScope scope,
                   Model model, Locale locale) {
        Meeting m = meetings.get(id, scope);
        logReadings(m, user);
        if (saved != null && !model.containsAttribute("notice")) {
            model.addAttribute("notice", savedNotice(m, members.membersOf(m.clubId(), m.heldOn(), scope).size(), locale));
        }
        model.addAttribute("meeting", m);
        model.addAttribute("club", clubs.get(m.clubId(), scope));
        model.addAttribute("versions", meetings.versions(id, scope));
        model.addAttribute("changes", audit.forTarget("meeting:" + id, 50));
        return "meetings/meeting";
    }

    /** A meeting with readings shows health data: one line for all the members it shows. */
    private void logReadings(Meeting m, Principal user) {
        if (m.readings() > 0) {
            reads.read(user.getName(), HealthReads.What.MEETING_PAGE, "meeting:" + m.id(), m.personsWithReadings());
        }
    }

    /** What a save did: the meeting's counts, or how many of the members a draft has marked. */
    private String savedNotice(Meeting saved, int members, Locale locale) {
        return saved.draft()
                ? messages.getMessage("meetings.draftSaved", new Object[] {saved.lines().size(), members}, locale)
                : messages.getMessage("meetings.saved", new Object[] {saved.count(vn.ishc.meetings.AttendanceStatus.PRESENT),
                        saved.lines().size(), saved.readings()}, locale);
    }

    private String form(Club club, MeetingForm form, Refusals refusals, Model model, AreaScope scope, Principal user) {
        LocalDate date = parse(form.heldOn());
        // Only the phone cards show each member's last reading: the grid is not given them, nor is it logged.
        java.util.Map<UUID, vn.ishc.meetings.Reading> earlier = date == null || form.grid() ? java.util.Map.of()
                : meetings.earlierReadings(club.id(), date, scope);
        if (!earlier.isEmpty()) {
            reads.read(user.getName(), HealthReads.What.MEETING_FORM, "club:" + club.id(), earlier.keySet());
        }
        model.addAttribute("earlier", earlier);
        model.addAttribute("maxDate", today().plusDays(31));
        model.addAttribute("club", club);
        model.addAttribute("form", form);
        model.addAttribute("refused", refusals);
        model.addAttribute("today", today());
        model.addAttribute("half", (form.safeRows().size() + 1) / 2);
        // The phone page sends by its own script and swaps nothing: it goes without htmx, 16 KB less over 2G.
        model.addAttribute("withoutHtmx", !form.grid());
        return form.grid() ? "meetings/grid" : "meetings/phone";
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String layout(String layout) {
        return "grid".equals(layout) ? "grid" : "phone";
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
