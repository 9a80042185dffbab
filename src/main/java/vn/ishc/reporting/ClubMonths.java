package vn.ishc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.activities.Activities;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.Entitlements;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.homecare.HomeCareMonth;
import vn.ishc.homecare.HomeCareProgress;
import vn.ishc.meetings.HealthCoverage;
import vn.ishc.meetings.MeetingCalendar;
import vn.ishc.meetings.MeetingSummary;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** A club's month against the model's norms, for any month from the club's founding to now. */
@Service
@Transactional(readOnly = true)
public class ClubMonths {

    private final Clubs clubs;
    private final Members members;
    private final MeetingCalendar meetings;
    private final HealthCoverage health;
    private final Activities activities;
    private final Entitlements entitlements;
    private final HomeCareProgress homeCare;
    private final Clock clock;

    ClubMonths(Clubs clubs, Members members, MeetingCalendar meetings, HealthCoverage health, Activities activities,
               Entitlements entitlements, HomeCareProgress homeCare, Clock clock) {
        this.homeCare = homeCare;
        this.clubs = clubs;
        this.members = members;
        this.meetings = meetings;
        this.health = health;
        this.activities = activities;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    public ClubMonth of(UUID clubId, YearMonth month, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = BusinessCalendar.today(clock);
        if (month.isAfter(YearMonth.from(today)) || month.isBefore(YearMonth.from(club.foundedOn()))) {
            throw new InvalidInputException("month.outside", "month", month.toString(),
                    YearMonth.from(club.foundedOn()).toString());
        }
        boolean over = month.isBefore(YearMonth.from(today));
        LocalDate asOf = over ? month.atEndOfMonth() : today;
        LocalDate from = month.atDay(1);
        List<ClubMonth.Check> checks = new ArrayList<>();

        List<MeetingSummary> held = meetings.heldIn(clubId, month, scope);
        boolean missed = !meetings.monthsWithoutMeeting(clubId, month, month, scope).isEmpty();
        checks.add(new ClubMonth.Check("meeting", held.size(), null, !held.isEmpty() ? Boolean.TRUE : missed ? false : null));

        List<MemberRow> current = members.membersOf(clubId, asOf, scope);
        Set<UUID> ids = current.stream().map(m -> m.person().id()).collect(Collectors.toSet());
        long measured = health.measured(clubId, from, asOf, scope).stream().filter(ids::contains).count();
        long weighed = health.weighed(clubId, from, asOf, scope).stream().filter(ids::contains).count();
        checks.add(new ClubMonth.Check("measured", measured, (long) ids.size(), null));
        checks.add(new ClubMonth.Check("weighed", weighed, (long) ids.size(), null));

        Map<ActivityKind, Integer> counts = activities.counts(clubId, from, asOf, scope);
        checks.add(atLeastOne("selfHelp", counts.getOrDefault(ActivityKind.SELF_HELP, 0), over));
        checks.add(atLeastOne("community", counts.getOrDefault(ActivityKind.COMMUNITY, 0), over));
        // Learning (area 6): the learning topic of a meeting counts, as do sessions recorded apart.
        int learning = (int) held.stream().filter(m -> m.learningTopic() != null && !m.learningTopic().isBlank()).count()
                + counts.getOrDefault(ActivityKind.LEARNING, 0);
        checks.add(atLeastOne("learning", learning, over));
        HomeCareMonth care = homeCare.month(clubId, month, scope);
        long withPlan = care.recipients().stream().filter(r -> r.planned() > 0).count();
        long onPlan = withPlan - care.belowPlan().stream().filter(r -> r.planned() > 0).count();
        checks.add(new ClubMonth.Check("homecare", onPlan, withPlan,
                withPlan == 0 ? null : onPlan == withPlan ? Boolean.TRUE : over ? false : null));
        checks.add(new ClubMonth.Check("homecareVisits", care.done(), (long) care.planned(), null));
        checks.add(new ClubMonth.Check("entitlementsOpen", entitlements.openOn(clubId, asOf, scope), null, null));
        return new ClubMonth(club, month, asOf, over, checks, held, over ? null : meetings.nextMeetingDate(clubId, scope),
                counts);
    }

    /** The model asks for at least one each month: not yet met while the month runs is not a failure. */
    private static ClubMonth.Check atLeastOne(String key, int count, boolean over) {
        return new ClubMonth.Check(key, count, null, count > 0 ? Boolean.TRUE : over ? false : null);
    }
}
