package vn.ishc.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.MeetingCalendar;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.web.PdfRenderer;

/**
 * The monthly meeting register (sổ sinh hoạt tháng) for clubs that keep their books on paper: the
 * club's members in the order of the meeting grid, with columns to fill at the meeting, so that the
 * officer who keys the book in later finds each row where the grid has it. A page to print and a PDF.
 */
@Controller
@PreAuthorize(MeetingController.WRITERS)
class PaperFormsController {

    static final String REGISTER = "meetings/register";

    /** Rows left empty under the members, for people who join at the meeting. */
    static final int EMPTY_ROWS = 8;

    private final MeetingCalendar calendar;
    private final Clubs clubs;
    private final Members members;
    private final AdminUnits units;
    private final Villages villages;
    private final PdfRenderer renderer;
    private final Clock clock;

    PaperFormsController(MeetingCalendar calendar, Clubs clubs, Members members, AdminUnits units, Villages villages,
                         PdfRenderer renderer, Clock clock) {
        this.calendar = calendar;
        this.clubs = clubs;
        this.members = members;
        this.units = units;
        this.villages = villages;
        this.renderer = renderer;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/meetings/register")
    String register(@PathVariable UUID clubId, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                    AreaScope scope, Model model, Locale locale) {
        model.addAllAttributes(register(clubId, month, scope, locale));
        return REGISTER;
    }

    @GetMapping("/clubs/{clubId}/meetings/register.pdf")
    ResponseEntity<byte[]> registerPdf(@PathVariable UUID clubId,
                                       @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                       AreaScope scope, Locale locale) {
        Map<String, Object> model = register(clubId, month, scope, locale);
        Club club = (Club) model.get("club");
        return PdfRenderer.attachment(renderer.pdf(REGISTER, model, locale),
                PdfRenderer.fileName("pdf", "so sinh hoat", club.nationalId(), model.get("month")));
    }

    private Map<String, Object> register(UUID clubId, YearMonth month, AreaScope scope, Locale locale) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = BusinessCalendar.today(clock);
        YearMonth m = month == null ? YearMonth.from(calendar.nextMeetingDate(clubId, scope)) : month;
        LocalDate meetingDay = club.meetingDay().in(m.getYear(), m.getMonthValue());
        // The members the grid lists for that meeting: the same query, on the same day, in the same order.
        LocalDate rollDate = meetingDay.isAfter(today) || meetingDay.isBefore(club.foundedOn()) ? today : meetingDay;
        List<MemberRow> roll = members.membersOf(clubId, rollDate, scope);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("club", club);
        model.put("place", place(club, today, locale));
        model.put("month", m);
        model.put("meetingDay", meetingDay);
        model.put("rows", roll);
        model.put("emptyRows", emptyRows(roll.size()));
        model.put("today", today);
        return model;
    }

    /** The numbers of the empty rows, going on from the last member's. */
    private static List<Integer> emptyRows(int members) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= EMPTY_ROWS; i++) {
            numbers.add(members + i);
        }
        return numbers;
    }

    /** Where the club is: its village, commune and the units above, in the page's language. */
    private String place(Club club, LocalDate today, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        AdminUnit commune = units.get(club.communeId(), AreaScope.nation());
        List<String> parts = new ArrayList<>();
        parts.add(villages.get(club.villageId(), AreaScope.nation()).name());
        parts.add(commune.label(english));
        List<AdminUnit> above = units.ancestors(commune, commune.dateWithin(today));
        for (int i = above.size() - 1; i >= 0; i--) {
            parts.add(above.get(i).label(english));
        }
        return String.join(", ", parts);
    }
}
