package vn.ishc.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.identity.CurrentUser;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.programme.Course;
import vn.ishc.programme.Participant;
import vn.ishc.programme.Trainings;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.web.FormOutcome;

/**
 * The courses of the user's area with the form to record one, and a course's page: its participants,
 * adding a member of a club of the area or a person by name, correcting and cancelling the course.
 */
@Controller
@PreAuthorize(TrainingController.READERS)
class TrainingController {

    static final String READERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'PARTNER_VIEWER')";
    static final String RECORDERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";
    static final Set<String> COURSE_FIELDS = Set.of("title", "kind", "areaPath", "startsOn", "endsOn", "place",
            "projectId", "note");
    static final int CLUB_CHOICES = 200;

    private final Trainings trainings;
    private final Clubs clubs;
    private final Members members;
    private final AreaOptions areas;
    private final MessageSource messages;
    private final Clock clock;

    TrainingController(Trainings trainings, Clubs clubs, Members members, AreaOptions areas, MessageSource messages,
                       Clock clock) {
        this.trainings = trainings;
        this.clubs = clubs;
        this.members = members;
        this.areas = areas;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/trainings")
    String list(@RequestParam(required = false) Integer year, CurrentUser user, Model model, Locale locale) {
        return listPage(year, CourseForm.empty(user.scope().path()), Map.of(), user, model, locale);
    }

    @PostMapping("/trainings")
    @PreAuthorize(RECORDERS)
    String record(@ModelAttribute CourseForm form, CurrentUser user, Model model, RedirectAttributes redirect,
                  Locale locale) {
        try {
            Course c = trainings.record(form.command(), user);
            redirect.addFlashAttribute("notice", messages.getMessage("programme.course.saved", null, locale));
            return "redirect:/trainings/" + c.id();
        } catch (InvalidInputException e) {
            return listPage(null, form, errors(e, locale), user, model, locale);
        }
    }

    /** A course's page; with {@code clubId}, the members of that club to choose from (only that part for htmx). */
    @GetMapping("/trainings/{id}")
    String course(@PathVariable UUID id, @RequestParam(required = false) UUID clubId,
                  @RequestParam(required = false) String clubName,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, CurrentUser user, Model model,
                  Locale locale) {
        Course course = trainings.get(id, user.scope());
        coursePage(course, clubId, clubName, CourseForm.of(course), Map.of(), user, model, locale);
        return htmx != null ? "programme/training :: member-pick" : "programme/training";
    }

    @PostMapping("/trainings/{id}")
    @PreAuthorize(RECORDERS)
    String correct(@PathVariable UUID id, @ModelAttribute CourseForm form, CurrentUser user, Model model,
                   RedirectAttributes redirect, Locale locale) {
        Course course = trainings.get(id, user.scope());
        try {
            if (form.version() == null) {
                throw InvalidInputException.missing("version.missing", "version");
            }
            trainings.correct(id, form.command(), form.version(), user);
            redirect.addFlashAttribute("notice", messages.getMessage("programme.course.corrected", null, locale));
            return "redirect:/trainings/" + id;
        } catch (InvalidInputException e) {
            coursePage(course, null, null, form, errors(e, locale), user, model, locale);
            return "programme/training";
        }
    }

    @PostMapping("/trainings/{id}/cancel")
    @PreAuthorize(RECORDERS)
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, CurrentUser user,
                  RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect("/trainings/" + id, "programme.course.cancelledNotice", redirect, messages, locale,
                () -> trainings.cancel(id, reason, user));
    }

    @PostMapping("/trainings/{id}/participants")
    @PreAuthorize(RECORDERS)
    String addParticipant(@PathVariable UUID id, @ModelAttribute ParticipantForm form, CurrentUser user,
                          RedirectAttributes redirect, Locale locale) {
        String back = "/trainings/" + id + (ProgrammeForms.blank(form.clubId()) ? "" : "?clubId=" + form.clubId().strip())
                + "#participants";
        return FormOutcome.redirect(back, "programme.participant.added", redirect, messages, locale,
                () -> trainings.addParticipant(id, form.command(), user));
    }

    @PostMapping("/trainings/{id}/participants/{participantId}/remove")
    @PreAuthorize(RECORDERS)
    String removeParticipant(@PathVariable UUID id, @PathVariable UUID participantId, CurrentUser user,
                             RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect("/trainings/" + id + "#participants", "programme.participant.removed", redirect,
                messages, locale, () -> {
                    trainings.removeParticipant(id, participantId, user);
                    return null;
                });
    }

    private String listPage(Integer year, CourseForm form, Map<String, String> errors, CurrentUser user, Model model,
                            Locale locale) {
        model.addAttribute("courses", trainings.list(year, user.scope()));
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        boolean mayRecord = Trainings.mayRecord(user);
        model.addAttribute("mayRecord", mayRecord);
        if (mayRecord) {
            model.addAttribute("areas", areas.of(user, locale));
            model.addAttribute("kinds", Course.Kind.values());
            model.addAttribute("projects", clubs.projects());
        }
        return "programme/trainings";
    }

    private void coursePage(Course course, UUID clubId, String clubName, CourseForm form, Map<String, String> errors,
                            CurrentUser user, Model model, Locale locale) {
        model.addAttribute("course", course);
        model.addAttribute("roster", trainings.roster(course.id(), user));
        model.addAttribute("project", course.projectId() == null ? null : clubs.projects().stream()
                .filter(p -> p.id().equals(course.projectId())).findFirst().orElse(null));
        boolean mayManage = Trainings.mayManage(course, user);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("clubId", clubId);
        model.addAttribute("clubName", clubName);
        if (!mayManage) {
            return;
        }
        model.addAttribute("kinds", Course.Kind.values());
        model.addAttribute("projects", clubs.projects());
        model.addAttribute("areas", areas.of(user, locale));
        model.addAttribute("sexes", Person.Sex.values());
        model.addAttribute("clubs", clubs.list(new ClubFilter(areas.unitId(course.areaPath()), null, null, clubName, null),
                user.scope(), CLUB_CHOICES));
        model.addAttribute("candidates", clubId == null ? List.of() : candidates(course, clubId, user));
    }

    /** The members of the club during the course (today's, for a course still to come), less those taking part. */
    private List<MemberRow> candidates(Course course, UUID clubId, CurrentUser user) {
        Club club = clubs.get(clubId, user.scope());
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate on = course.endsOn().isAfter(today) ? today : course.endsOn();
        Set<UUID> taking = trainings.roster(course.id(), user).named().stream().map(Participant::personId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return members.membersOf(club.id(), on, user.scope()).stream()
                .filter(m -> !taking.contains(m.person().id())).toList();
    }

    private Map<String, String> errors(InvalidInputException e, Locale locale) {
        String field = e.field() != null && COURSE_FIELDS.contains(e.field()) ? e.field() : "form";
        return Map.of(field, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }
}
