package vn.ishc.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.activities.ActivityFacts;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.funds.FundFacts;
import vn.ishc.homecare.HomeCareFacts;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.members.MembershipFacts;

/**
 * Everything of one club that its figures are computed from, read from the modules that own it.
 * {@code meetingDay} is the club's fixed day, by which a running month's meeting is due.
 * {@code inOtherClubs} are its people who are or were members of another club too: the figures that
 * count persons name them, so that an area counts them once.
 */
record ClubRecords(UUID clubId, LocalDate foundedOn, LocalDate dissolvedOn, MeetingDay meetingDay,
                   List<MembershipFacts.Member> members,
                   List<MeetingFacts.Held> meetings, List<MeetingFacts.Taken> readings,
                   Map<UUID, MeetingFacts.PersonHealth> health, List<ActivityFacts.Done> activities,
                   List<ActivityFacts.Claim> claims, LocalDate artTeamSince, List<HomeCareFacts.Span> volunteers,
                   List<HomeCareFacts.Span> recipients, List<HomeCareFacts.Cared> cared, List<HomeCareFacts.Visit> visits, List<FundFacts.Line> lines,
                   List<FundFacts.Lent> loans, List<FundFacts.Outside> outsideLoans, Set<UUID> inOtherClubs) {

    boolean activeOn(LocalDate day) {
        return !foundedOn.isAfter(day) && (dissolvedOn == null || dissolvedOn.isAfter(day));
    }
}
