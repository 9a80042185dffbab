package vn.ishc.members.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubStatus;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDayLabels;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.AuditLog;
import vn.ishc.identity.CurrentUser;
import vn.ishc.geography.Villages;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.web.ClubPageSection;

/**
 * A club's page: facts, status, projects, board, groups, members and the 1336 standard on a date, and the
 * sections other modules add ({@link ClubPageSection}).
 */
@Controller
class ClubPageController {

    private static final String OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";
    private static final String BOARD_OR_OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final Clubs clubs;
    private final Boards boards;
    private final Members members;
    private final AdminUnits units;
    private final Villages villages;
    private final MeetingDayLabels meetingDays;
    private final MessageSource messages;
    private final AuditLog audit;
    private final List<ClubPageSection> sections;
    private final Clock clock;

    ClubPageController(Clubs clubs, Boards boards, Members members, AdminUnits units, Villages villages,
                       MeetingDayLabels meetingDays, MessageSource messages, AuditLog audit,
                       List<ClubPageSection> sections, Clock clock) {
        this.audit = audit;
        this.sections = sections;
        this.clubs = clubs;
        this.boards = boards;
        this.members = members;
        this.units = units;
        this.villages = villages;
        this.meetingDays = meetingDays;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/clubs/{id}")
    String club(@PathVariable UUID id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                AreaScope scope, CurrentUser user, Model model, Locale locale) {
        Club club = clubs.get(id, scope);
        LocalDate day = date == null ? today() : date;
        List<MemberRow> rows = members.membersOf(id, day, scope);
        Map<UUID, Person> people = rows.stream().collect(Collectors.toMap(r -> r.person().id(), MemberRow::person,
                (a, b) -> a));
        model.addAttribute("club", club);
        model.addAttribute("date", day);
        model.addAttribute("today", today());
        model.addAttribute("commune", units.get(club.communeId(), AreaScope.nation()));
        model.addAttribute("communesToday", club.areaPaths().stream()
                .map(p -> units.atScope(AreaScope.ofPath(p)).orElseThrow()).toList());
        model.addAttribute("village", villages.get(club.villageId(), AreaScope.nation()));
        model.addAttribute("meetingDay", meetingDays.label(club.meetingDay(), locale));
        model.addAttribute("nextMeeting", club.meetingDay().nextOnOrAfter(today()));
        model.addAttribute("projects", clubs.projectsOf(id, scope));
        model.addAttribute("allProjects", clubs.projects());
        model.addAttribute("board", boards.boardOn(id, day, scope));
        model.addAttribute("groups", boards.groupsOf(id, scope));
        model.addAttribute("members", rows);
        model.addAttribute("people", people);
        model.addAttribute("standard", members.standard(id, day, scope));
        model.addAttribute("statuses", ClubStatus.values());
        model.addAttribute("boardRoles", BoardRole.values());
        model.addAttribute("changes", audit.forTarget("club:" + id, 50));
        model.addAttribute("sections", sections.stream().flatMap(s -> s.addTo(id, user, model).stream()).toList());
        return "clubs/club";
    }

    @PostMapping("/clubs/{id}/status")
    @PreAuthorize(OFFICERS)
    String status(@PathVariable UUID id, @RequestParam(required = false) ClubStatus status,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective,
                  @RequestParam(required = false) String reason, Principal user, AreaScope scope,
                  RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> clubs.changeStatus(id, status, effective, reason, user.getName(), scope));
    }

    @PostMapping("/clubs/{id}/projects")
    @PreAuthorize(OFFICERS)
    String projects(@PathVariable UUID id, @RequestParam(required = false) List<UUID> project, Principal user,
                    AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> clubs.setProjects(id, project == null ? List.of() : project,
                user.getName(), scope));
    }

    @PostMapping("/clubs/{id}/board")
    @PreAuthorize(BOARD_OR_OFFICERS)
    String appoint(@PathVariable UUID id, @RequestParam(required = false) UUID personId,
                   @RequestParam(required = false) BoardRole role, @RequestParam(required = false) List<Integer> areas,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startOn,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> boards.appoint(id, personId, role, areas, startOn, user.getName(), scope));
    }

    @PostMapping("/clubs/{id}/board/{seatId}/account")
    @PreAuthorize(OFFICERS)
    String linkAccount(@PathVariable UUID id, @PathVariable UUID seatId, @RequestParam(required = false) String username,
                       Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> boards.linkAccount(seatId, username, user.getName(), scope));
    }

    @PostMapping("/clubs/{id}/board/{seatId}/end")
    @PreAuthorize(BOARD_OR_OFFICERS)
    String endSeat(@PathVariable UUID id, @PathVariable UUID seatId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> boards.end(seatId, endOn == null ? today() : endOn, user.getName(), scope));
    }

    @PostMapping("/clubs/{id}/groups")
    @PreAuthorize(BOARD_OR_OFFICERS)
    String group(@PathVariable UUID id, @RequestParam(required = false) String name,
                 @RequestParam(required = false) UUID leaderPersonId, Principal user, AreaScope scope,
                 RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> boards.createGroup(id, name, leaderPersonId, user.getName(), scope));
    }

    @PostMapping("/clubs/{id}/groups/{groupId}/members")
    @PreAuthorize(BOARD_OR_OFFICERS)
    String groupMember(@PathVariable UUID id, @PathVariable UUID groupId, @RequestParam UUID personId, Principal user,
                       AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> boards.addToGroup(groupId, personId, user.getName(), scope));
    }

    /** Runs a change and comes back to the club page with a notice, or with the refusal in the user's language. */
    private String act(UUID id, RedirectAttributes redirect, Locale locale, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", messages.getMessage("club.saved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/clubs/" + id;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
