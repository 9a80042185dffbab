package vn.ishc.homecare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import vn.ishc.homecare.Assignment;
import vn.ishc.homecare.CarePlan;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.ReferralCause;
import vn.ishc.homecare.Volunteer;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.web.PdfRenderer;

/**
 * The home-visit sheet (phiếu thăm tại nhà) a volunteer carries on paper: one page per person in care,
 * with their plan and rows for the visits to fill by hand (day, tasks ticked, blood pressure, problems
 * noticed, referral, signature). For one volunteer's recipients or all of the club's; a volunteer gets
 * only their own.
 */
@Controller
@PreAuthorize(VisitController.VISITORS)
class VisitSheetController {

    static final String SHEET = "homecare/visit-sheet";

    /** Visit rows per person: a fortnight of visits for a plan of three a week fits on one page. */
    static final int ROWS = 6;

    private final HomeCareTeam team;
    private final CarePlans plans;
    private final Clubs clubs;
    private final AdminUnits units;
    private final PdfRenderer renderer;
    private final Clock clock;

    VisitSheetController(HomeCareTeam team, CarePlans plans, Clubs clubs, AdminUnits units, PdfRenderer renderer,
                         Clock clock) {
        this.team = team;
        this.plans = plans;
        this.clubs = clubs;
        this.units = units;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** A person on the sheet: who, their plan today, and the volunteers looking after them. */
    record Sheet(CareRecipient recipient, CarePlan plan, List<String> volunteers) {
    }

    @GetMapping("/clubs/{clubId}/homecare/visit-sheet")
    String sheet(@PathVariable UUID clubId, @RequestParam(required = false) UUID volunteer, CurrentUser user,
                 Model model, Locale locale) {
        model.addAllAttributes(sheet(clubId, volunteer, user, locale));
        return SHEET;
    }

    @GetMapping("/clubs/{clubId}/homecare/visit-sheet.pdf")
    ResponseEntity<byte[]> sheetPdf(@PathVariable UUID clubId, @RequestParam(required = false) UUID volunteer,
                                    CurrentUser user, Locale locale) {
        Map<String, Object> model = sheet(clubId, volunteer, user, locale);
        Club club = (Club) model.get("club");
        Volunteer v = (Volunteer) model.get("volunteer");
        return PdfRenderer.attachment(renderer.pdf(SHEET, model, locale), PdfRenderer.fileName("pdf", "phieu tham",
                club.nationalId(), v == null ? "" : v.name(), model.get("today")));
    }

    private Map<String, Object> sheet(UUID clubId, UUID volunteerId, CurrentUser user, Locale locale) {
        Club club = clubs.get(clubId, user.scope());
        LocalDate today = BusinessCalendar.today(clock);
        Volunteer volunteer = volunteer(club, volunteerId, user);
        List<Assignment> assignments = plans.assignmentsOfClub(clubId, user.scope()).stream()
                .filter(a -> a.coversDay(today)).toList();
        Set<UUID> theirs = volunteer == null ? null : assignments.stream()
                .filter(a -> a.volunteerId().equals(volunteer.id())).map(Assignment::recipientId).collect(Collectors.toSet());
        Map<UUID, List<String>> names = assignments.stream().collect(Collectors.groupingBy(Assignment::recipientId,
                Collectors.mapping(Assignment::volunteerName, Collectors.toList())));
        List<Sheet> sheets = new ArrayList<>();
        for (CareRecipient r : team.recipientsOf(clubId, user.scope())) {
            if (r.inCareOn(today) && (theirs == null || theirs.contains(r.id()))) {
                sheets.add(new Sheet(r, plans.plan(r.id(), today, user.scope()), names.getOrDefault(r.id(), List.of())));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("club", club);
        model.put("commune", commune(club, locale));
        model.put("volunteer", volunteer);
        model.put("sheets", sheets);
        model.put("tasks", CareTask.values());
        model.put("causes", ReferralCause.values());
        model.put("destinations", ReferralDestination.values());
        model.put("rows", java.util.stream.IntStream.rangeClosed(1, ROWS).boxed().toList());
        model.put("isVolunteer", user.is(Role.HOMECARE_VOLUNTEER));
        model.put("today", today);
        return model;
    }

    /**
     * Whose recipients the sheet lists: a volunteer's own (a volunteer signed in gets no other), the one
     * asked for, or none (all the club's).
     */
    private Volunteer volunteer(Club club, UUID asked, CurrentUser user) {
        if (user.is(Role.HOMECARE_VOLUNTEER)) {
            Volunteer me = team.volunteerOfUser(user.username(), user.scope())
                    .filter(v -> v.clubId().equals(club.id()))
                    .orElseThrow(() -> new OutOfScopeException("visit sheet of club " + club.id()));
            if (asked != null && !asked.equals(me.id())) {
                throw new OutOfScopeException("visit sheet of volunteer " + asked);
            }
            return me;
        }
        if (asked == null) {
            return null;
        }
        Volunteer v = team.volunteer(asked, user.scope());
        if (!v.clubId().equals(club.id())) {
            throw new NotFoundException("homecare.volunteer.notFound", asked);
        }
        return v;
    }

    private String commune(Club club, Locale locale) {
        AdminUnit commune = units.get(club.communeId(), vn.ishc.shared.AreaScope.nation());
        return commune.label("en".equals(locale.getLanguage()));
    }
}
