package vn.ishc.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/** The rules of each kind of activity, corrections and cancellations, entitlement cases, and the events. */
@SpringBootTest
@RecordApplicationEvents
class ActivitiesTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2023, 5, 1);

    @Autowired
    Activities activities;
    @Autowired
    Entitlements entitlements;
    @Autowired
    Clubs clubs;
    @Autowired
    Members members;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Club club() {
        return ClubFixtures.aClub(clubs, villages, units, "06097", FOUNDED);
    }

    MemberRow member(Club club, String name) {
        return members.enrol(null, new PersonDetails(name, "Nữ", "1952", "Tày", "Nghèo", 2024, null, null, false, true,
                null, null, null), club.id(), FOUNDED, "t", NATION);
    }

    static NewActivity of(ActivityKind kind, LocalDate on) {
        return new NewActivity(null, kind, on, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static NewActivity selfHelp(LocalDate on, UUID personId, String name, NewActivity.HelpForm form, Long value,
                                BigDecimal days) {
        return new NewActivity(null, ActivityKind.SELF_HELP, on, "bỏ qua", 9, personId, name, form, value, days, null,
                null, null, null, null, null, "Lũ cuốn trôi chuồng lợn");
    }

    @Test
    void selfHelpToAMemberOrAnotherPersonKeepsOnlyTheFieldsOfItsKindAndIsPublished() {
        Club club = club();
        MemberRow lan = member(club, "Hoàng Thị Lan");
        LocalDate on = LocalDate.of(2026, 10, 12);

        Activity toMember = activities.record(club.id(), selfHelp(on, lan.person().id(), null,
                NewActivity.HelpForm.CASH, 500_000L, null), "bcn", NATION);
        Activity toNeighbour = activities.record(club.id(), selfHelp(on, null, "  Nông Văn  Páo ",
                NewActivity.HelpForm.LABOUR, null, new BigDecimal("2.5")), "bcn", NATION);

        assertThat(toMember.personName()).isEqualTo("Hoàng Thị Lan");
        assertThat(toMember.member()).isTrue();
        assertThat(toMember.title()).isNull();
        assertThat(toMember.participants()).isNull();
        assertThat(toMember.valueDong()).isEqualTo(500_000L);
        assertThat(toNeighbour.personName()).isEqualTo("Nông Văn Páo");
        assertThat(toNeighbour.member()).isFalse();
        assertThat(toNeighbour.labourDays()).isEqualByComparingTo("2.5");
        assertThat(activities.ofMonth(club.id(), YearMonth.of(2026, 10), NATION)).hasSize(2);
        assertThat(activities.counts(club.id(), on.withDayOfMonth(1), on, NATION)).containsEntry(ActivityKind.SELF_HELP, 2);
        assertThat(events.stream(ActivityRecorded.class)).filteredOn(e -> e.clubId().equals(club.id()))
                .extracting(ActivityRecorded::action, ActivityRecorded::area, ActivityRecorded::valueDong, ActivityRecorded::member)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("activity.recorded", 4, 500_000L, true),
                        org.assertj.core.groups.Tuple.tuple("activity.recorded", 4, null, false));
    }

    @Test
    void eachKindRefusesWhatItLacksNamingTheField() {
        Club club = club();
        LocalDate on = LocalDate.of(2026, 10, 5);
        refused(() -> activities.record(club.id(), of(null, on), "t", NATION), "kind");
        refused(() -> activities.record(club.id(), of(ActivityKind.COMMUNITY, null), "t", NATION), "on");
        refused(() -> activities.record(club.id(), of(ActivityKind.COMMUNITY, on), "t", NATION), "title");
        refused(() -> activities.record(club.id(), of(ActivityKind.DIALOGUE, on), "t", NATION), "authority");
        refused(() -> activities.record(club.id(), of(ActivityKind.VISIT_SICK, on), "t", NATION), "personId");
        refused(() -> activities.record(club.id(), selfHelp(on, null, null, NewActivity.HelpForm.IN_KIND, null, null),
                "t", NATION), "personName");
        refused(() -> activities.record(club.id(), selfHelp(on, null, "A", null, null, null), "t", NATION), "helpForm");
        refused(() -> activities.record(club.id(), selfHelp(on, null, "A", NewActivity.HelpForm.CASH, null, null),
                "t", NATION), "valueDong");
        refused(() -> activities.record(club.id(), selfHelp(on, null, "A", NewActivity.HelpForm.LABOUR, null,
                new BigDecimal("1.25")), "t", NATION), "labourDays");
        refused(() -> activities.record(club.id(), of(ActivityKind.RESOURCE, on), "t", NATION), "title");
        refused(() -> activities.record(club.id(), of(ActivityKind.MENTORING, on), "t", NATION), "personId");
        refused(() -> activities.record(club.id(), new NewActivity(null, ActivityKind.LEARNING, LocalDate.of(2099, 1, 1),
                "Phòng chống đột quỵ", 40, null, null, null, null, null, null, null, null, null, null, null, null), "t",
                NATION), "on");
        refused(() -> activities.record(club.id(), new NewActivity(null, ActivityKind.LEARNING, FOUNDED.minusDays(1),
                "Phòng chống đột quỵ", 40, null, null, null, null, null, null, null, null, null, null, null, null), "t",
                NATION), "on");
        refused(() -> activities.record(club.id(), new NewActivity(null, ActivityKind.COMMUNITY, on, "x".repeat(301), null,
                null, null, null, null, null, null, null, null, null, null, null, null), "t", NATION), "title");
        assertThat(activities.ofMonth(club.id(), YearMonth.of(2026, 10), NATION)).isEmpty();
    }

    @Test
    void aVisitOrMentoringNeedsMembersOfTheClubOnThatDay() {
        Club club = club();
        Club other = club();
        MemberRow outsider = member(other, "Lộc Văn Sinh");
        MemberRow mentor = member(club, "Hà Văn Quý");
        MemberRow mentee = member(club, "Vi Thị Mơ");
        LocalDate on = LocalDate.of(2026, 9, 20);

        assertThatThrownBy(() -> activities.record(club.id(), new NewActivity(null, ActivityKind.VISIT_SICK, on, null,
                null, outsider.person().id(), null, null, null, null, null, null, null, null, null, null, null), "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "personId")
                .hasFieldOrPropertyWithValue("messageKey", "activities.person.notMember");
        Activity mentoring = activities.record(club.id(), new NewActivity(null, ActivityKind.MENTORING, on, null, null,
                mentee.person().id(), null, null, null, null, null, null, null, mentor.person().id(), null, null,
                "Nuôi gà"), "t", NATION);
        assertThat(mentoring.on()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(mentoring.mentorName()).isEqualTo("Hà Văn Quý");
        assertThat(mentoring.area()).isEqualTo(1);
    }

    @Test
    void aCorrectionKeepsTheEarlierValuesInTheAuditAndACancelledEntryStopsCounting() {
        Club club = club();
        LocalDate on = LocalDate.of(2026, 8, 15);
        NewActivity resource = new NewActivity(null, ActivityKind.RESOURCE, on, "Máy đo huyết áp", null, null, null,
                null, 1_200_000L, null, NewActivity.SourceType.PROJECT, NewActivity.ResourceForm.IN_KIND,
                NewActivity.Fund.OPERATING, null, null, null, null);
        Activity a = activities.record(club.id(), resource, "t", NATION);
        assertThat(a.fund()).as("in kind goes into no fund").isNull();

        NewActivity cash = new NewActivity(null, ActivityKind.RESOURCE, on, "Hỗ trợ quỹ", null, null, null, null,
                20_000_000L, null, NewActivity.SourceType.GOVERNMENT, NewActivity.ResourceForm.CASH,
                NewActivity.Fund.INCOME_GENERATION, null, null, null, null);
        Activity corrected = activities.correct(a.id(), cash, a.version(), "can-bo", NATION);
        assertThat(corrected.valueDong()).isEqualTo(20_000_000L);
        assertThat(corrected.fund()).isEqualTo(NewActivity.Fund.INCOME_GENERATION);
        assertThat(corrected.version()).isEqualTo(1);
        String detail = jdbc.sql("select detail::text from audit_event where action = 'activity.corrected' and actor = 'can-bo' "
                + "and target = :t").param("t", "club:" + club.id()).query(String.class).single();
        assertThat(detail).contains("1200000").contains("20000000").contains("IN_KIND").contains("CASH");
        assertThatThrownBy(() -> activities.correct(a.id(), resource, a.version(), "t", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "activities.changedMeanwhile");

        refused(() -> activities.cancel(a.id(), " ", "t", NATION), "cancelReason");
        Activity cancelled = activities.cancel(a.id(), "Ghi nhầm CLB", "t", NATION);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(activities.counts(club.id(), on, on, NATION)).doesNotContainKey(ActivityKind.RESOURCE);
        assertThat(activities.ofMonth(club.id(), YearMonth.from(on), NATION)).singleElement()
                .extracting(Activity::cancelReason).isEqualTo("Ghi nhầm CLB");
        assertThatThrownBy(() -> activities.correct(a.id(), cash, cancelled.version(), "t", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "activities.cancelled");
    }

    @Test
    void anEntitlementCaseIsAppliedThenDecidedOnceAndCountsAsOpenUntilThen() {
        Club club = club();
        MemberRow lan = member(club, "Triệu Thị Lan");
        LocalDate applied = LocalDate.of(2026, 6, 1);
        EntitlementCase c = entitlements.apply(club.id(), lan.person().id(), null,
                EntitlementCase.Benefit.SOCIAL_PENSION, applied, null, "t", NATION);
        entitlements.apply(club.id(), null, "Bà Lục Thị Nhàn (không phải thành viên)",
                EntitlementCase.Benefit.HEALTH_INSURANCE, applied, null, "t", NATION);

        assertThat(entitlements.openOn(club.id(), LocalDate.of(2026, 7, 1), NATION)).isEqualTo(2);
        assertThatThrownBy(() -> entitlements.decide(c.id(), EntitlementCase.Status.OBTAINED, applied.minusDays(1), "t",
                NATION)).hasFieldOrPropertyWithValue("field", "decidedOn");
        EntitlementCase decided = entitlements.decide(c.id(), EntitlementCase.Status.OBTAINED,
                LocalDate.of(2026, 7, 15), "t", NATION);
        assertThat(decided.open()).isFalse();
        assertThat(entitlements.openOn(club.id(), LocalDate.of(2026, 7, 1), NATION)).isEqualTo(2);
        assertThat(entitlements.openOn(club.id(), LocalDate.of(2026, 8, 1), NATION)).isEqualTo(1);
        assertThatThrownBy(() -> entitlements.decide(c.id(), EntitlementCase.Status.REFUSED, LocalDate.of(2026, 8, 1),
                "t", NATION)).hasFieldOrPropertyWithValue("messageKey", "activities.entitlement.decided");
        assertThatThrownBy(() -> entitlements.ofClub(club.id(), AreaScope.province("25")))
                .isInstanceOf(OutOfScopeException.class);
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", field);
    }
}
