package vn.ishc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.ishc.activities.ActivityFacts;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubStatus;
import vn.ishc.funds.FundFacts;
import vn.ishc.homecare.HomeCareFacts;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.members.MembershipFacts;
import vn.ishc.shared.AreaScope;

/** Reads what some clubs' figures are computed from, a few queries for many clubs, from the modules that own it. */
@Component
class ClubRecordsReader {

    private static final AreaScope NATION = AreaScope.nation();

    private final MembershipFacts members;
    private final MeetingFacts meetings;
    private final ActivityFacts activities;
    private final HomeCareFacts homeCare;
    private final FundFacts funds;

    ClubRecordsReader(MembershipFacts members, MeetingFacts meetings, ActivityFacts activities, HomeCareFacts homeCare,
                      FundFacts funds) {
        this.members = members;
        this.meetings = meetings;
        this.activities = activities;
        this.homeCare = homeCare;
        this.funds = funds;
    }

    /** Everything each club's figures are computed from. */
    Map<UUID, ClubRecords> read(Collection<Club> clubs) {
        List<UUID> ids = clubs.stream().map(Club::id).toList();
        Map<UUID, List<MembershipFacts.Member>> memberships = byClub(members.of(ids, NATION), m -> m.enrolment().clubId());
        Set<UUID> people = new HashSet<>();
        memberships.values().forEach(l -> l.forEach(m -> people.add(m.enrolment().personId())));
        Set<UUID> shared = members.inSeveralClubs(people, NATION);
        Map<UUID, MeetingFacts.PersonHealth> health = new HashMap<>();
        meetings.people(people, NATION).forEach(h -> health.put(h.personId(), h));
        Map<UUID, List<MeetingFacts.Held>> held = byClub(meetings.meetings(ids, NATION), MeetingFacts.Held::clubId);
        Map<UUID, List<MeetingFacts.Taken>> readings = byClub(meetings.readings(ids, NATION), MeetingFacts.Taken::clubId);
        Map<UUID, List<HomeCareFacts.Cared>> cared = byClub(homeCare.cared(ids, NATION), HomeCareFacts.Cared::clubId);
        Map<UUID, List<ActivityFacts.Done>> done = byClub(activities.activities(ids, NATION), ActivityFacts.Done::clubId);
        Map<UUID, List<ActivityFacts.Claim>> claims = byClub(activities.claims(ids, NATION), ActivityFacts.Claim::clubId);
        Map<UUID, LocalDate> artTeams = new HashMap<>();
        activities.artTeams(ids, NATION).forEach(a -> artTeams.put(a.clubId(), a.foundedOn()));
        Map<UUID, List<HomeCareFacts.Span>> volunteers = byClub(homeCare.volunteers(ids, NATION), HomeCareFacts.Span::clubId);
        Map<UUID, List<HomeCareFacts.Span>> recipients = byClub(homeCare.recipients(ids, NATION), HomeCareFacts.Span::clubId);
        Map<UUID, List<HomeCareFacts.Visit>> visits = byClub(homeCare.visits(ids, NATION), HomeCareFacts.Visit::clubId);
        Map<UUID, List<FundFacts.Line>> lines = byClub(funds.lines(ids, NATION), FundFacts.Line::clubId);
        Map<UUID, List<FundFacts.Lent>> loans = byClub(funds.loans(ids, NATION), FundFacts.Lent::clubId);
        Map<UUID, List<FundFacts.Outside>> outside = byClub(funds.outsideLoans(ids, NATION), FundFacts.Outside::clubId);
        Map<UUID, ClubRecords> out = new HashMap<>();
        for (Club c : clubs) {
            List<MembershipFacts.Member> own = memberships.getOrDefault(c.id(), List.of());
            Map<UUID, MeetingFacts.PersonHealth> ownHealth = new HashMap<>();
            Set<UUID> ownShared = new HashSet<>();
            for (MembershipFacts.Member m : own) {
                UUID p = m.enrolment().personId();
                if (health.containsKey(p)) {
                    ownHealth.put(p, health.get(p));
                }
                if (shared.contains(p)) {
                    ownShared.add(p);
                }
            }
            out.put(c.id(), new ClubRecords(c.id(), c.foundedOn(),
                    c.status() == ClubStatus.DISSOLVED ? c.statusSince() : null, c.meetingDay(), own,
                    held.getOrDefault(c.id(), List.of()), readings.getOrDefault(c.id(), List.of()), ownHealth,
                    done.getOrDefault(c.id(), List.of()), claims.getOrDefault(c.id(), List.of()), artTeams.get(c.id()),
                    volunteers.getOrDefault(c.id(), List.of()), recipients.getOrDefault(c.id(), List.of()),
                    cared.getOrDefault(c.id(), List.of()),
                    visits.getOrDefault(c.id(), List.of()), lines.getOrDefault(c.id(), List.of()),
                    loans.getOrDefault(c.id(), List.of()), outside.getOrDefault(c.id(), List.of()), ownShared));
        }
        return out;
    }

    private static <T> Map<UUID, List<T>> byClub(List<T> rows, Function<T, UUID> club) {
        Map<UUID, List<T>> out = new HashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(club.apply(row), k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
