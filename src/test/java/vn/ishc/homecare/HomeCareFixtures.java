package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ishc.clubs.Club;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.shared.AreaScope;

/** Home-care teams for tests: members, volunteers, recipients with a plan and assigned volunteers. */
public final class HomeCareFixtures {

    static final AreaScope NATION = AreaScope.nation();

    private HomeCareFixtures() {
    }

    public static MemberRow aMember(Members members, Club club, String name, LocalDate joinedOn) {
        return members.enrol(null, new PersonDetails(name, "Nữ", "1945", "Kinh", "Nghèo", null, null, null, false, true,
                null, null, null), club.id(), joinedOn, "test", NATION);
    }

    public static Volunteer aVolunteer(HomeCareTeam team, Club club, String name, String username) {
        return team.addVolunteer(club.id(), new NewVolunteer(null, null, name, "0912 345 678",
                club.foundedOn(), "Tập huấn chăm sóc tại nhà", username), "test", NATION);
    }

    /** A recipient in care from a day, with a plan and the volunteers assigned from that day. */
    public static CareRecipient aRecipient(HomeCareTeam team, CarePlans plans, Club club, UUID personId, String name, LocalDate from,
                                           int visits, PlanPeriod per, Volunteer... volunteers) {
        CareRecipient r = team.addRecipient(club.id(), new NewRecipient(null, personId, name, "Xóm Trên",
                Set.of(CareReason.LIVES_ALONE, CareReason.FRAIL), from), "test", NATION);
        plans.setPlan(r.id(), visits, per, Set.of(CareTask.MEALS, CareTask.BLOOD_PRESSURE), from, "test", NATION);
        for (Volunteer v : volunteers) {
            plans.assign(r.id(), v.id(), from, "test", NATION);
        }
        return r;
    }

    public static NewVisit aVisit(CareRecipient r, LocalDate on, Volunteer... volunteers) {
        return new NewVisit(null, r.id(), on, java.util.Arrays.stream(volunteers).map(Volunteer::id).toList(),
                Set.of(CareTask.MEALS, CareTask.COMPANY), "Bà khoẻ, ăn được", null, null, null, null, null, null);
    }

    public static NewVisit withPressure(NewVisit v, UUID id, int systolic, int diastolic, Boolean referralMade,
                                        ReferralDestination to) {
        return new NewVisit(id, v.recipientId(), v.visitedOn(), v.volunteerIds(), v.tasks(), v.observations(), systolic,
                diastolic, 78, referralMade, to, to == null ? null : "Huyết áp nguy hiểm");
    }

    static List<UUID> ids(Volunteer... volunteers) {
        return java.util.Arrays.stream(volunteers).map(Volunteer::id).toList();
    }
}
