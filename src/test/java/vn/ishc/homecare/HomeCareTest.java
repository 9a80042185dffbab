package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.homecare.HomeCareFixtures.aMember;
import static vn.ishc.homecare.HomeCareFixtures.aRecipient;
import static vn.ishc.homecare.HomeCareFixtures.aVisit;
import static vn.ishc.homecare.HomeCareFixtures.aVolunteer;
import static vn.ishc.homecare.HomeCareFixtures.withPressure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
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
import vn.ishc.meetings.HealthRecords;
import vn.ishc.meetings.PressureLevel;
import vn.ishc.meetings.ReadingOrigin;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** The rules of volunteers, recipients, plans, assignments and visits, against the database, and the events. */
@SpringBootTest
@RecordApplicationEvents
class HomeCareTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);
    static final LocalDate FROM = LocalDate.of(2025, 1, 6);

    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    HomeVisits visits;
    @Autowired
    HomeCareProgress progress;
    @Autowired
    HealthRecords health;
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

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    @Test
    void aVisitByAVolunteerNotAssignedIsRefusedNamingTheVolunteerAndNothingIsSaved() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        Volunteer binh = aVolunteer(team, club, "Lò Văn Bình", null);
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", FROM, 2, PlanPeriod.WEEK, lan);

        assertThatThrownBy(() -> visits.record(aVisit(r, FROM.plusDays(1), lan, binh), "t", false, NATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("volunteerIds");
                    assertThat(e.messageKey()).isEqualTo("homecare.visit.notAssigned");
                    assertThat(e.arguments()).contains("Lò Văn Bình");
                });
        assertThat(visits.visitsOf(r.id(), NATION)).isEmpty();
        plans.assign(r.id(), binh.id(), FROM.plusDays(3), "t", NATION);
        refused(() -> visits.record(aVisit(r, FROM.plusDays(1), lan, binh), "t", false, NATION), "volunteerIds");
        assertThat(visits.record(aVisit(r, FROM.plusDays(3), lan, binh), "t", false, NATION).volunteers())
                .extracting(Volunteer::name).containsExactly("Hà Thị Lan", "Lò Văn Bình");
    }

    @Test
    void aVisitInTheFutureOrBeforeCareStartedOrWithoutVolunteersOrTasksIsRefused() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", FROM, 1, PlanPeriod.MONTH, lan);
        refused(() -> visits.record(aVisit(r, today().plusDays(1), lan), "t", false, NATION), "visitedOn");
        refused(() -> visits.record(aVisit(r, FROM.minusDays(1), lan), "t", false, NATION), "visitedOn");
        refused(() -> visits.record(aVisit(r, null, lan), "t", false, NATION), "visitedOn");
        refused(() -> visits.record(aVisit(r, FROM), "t", false, NATION), "volunteerIds");
        NewVisit noTasks = aVisit(r, FROM, lan);
        refused(() -> visits.record(new NewVisit(null, r.id(), FROM, noTasks.volunteerIds(), Set.of(), null, null, null,
                null, null, null, null), "t", false, NATION), "tasks");
    }

    @Test
    void aVolunteerSignedInRecordsOnlyVisitsTheyTookPartIn() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", "tnv-lan-" + UUID.randomUUID());
        Volunteer binh = aVolunteer(team, club, "Lò Văn Bình", "tnv-binh-" + UUID.randomUUID());
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", FROM, 1, PlanPeriod.WEEK, lan, binh);
        refused(() -> visits.record(aVisit(r, FROM, binh), lan.username(), true, NATION), "volunteerIds");
        assertThat(visits.record(aVisit(r, FROM, lan), lan.username(), true, NATION).volunteers()).hasSize(1);
    }

    @Test
    void anUrgentReadingNeedsTheReferralAnswerAndAnOutOfRangeOneIsRefused() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", FROM, 1, PlanPeriod.WEEK, lan);
        NewVisit v = aVisit(r, FROM, lan);
        assertThatThrownBy(() -> visits.record(withPressure(v, null, 185, 115, null, null), "t", false, NATION))
                .isInstanceOfSatisfying(RefusedEntry.class, e -> {
                    assertThat(e.field()).isEqualTo("referralMade");
                    assertThat(e.messageKey()).isEqualTo("health.referral.ask");
                });
        refused(() -> visits.record(withPressure(v, null, 300, 90, null, null), "t", false, NATION), "systolic");
        refused(() -> visits.record(withPressure(v, null, 185, 115, true, null), "t", false, NATION), "referralTo");
        assertThat(visits.visitsOf(r.id(), NATION)).isEmpty();
    }

    @Test
    void aMembersReadingLandsInTheHealthRecordFromTheHomeVisitWithItsReferral() {
        Club club = club();
        MemberRow mo = aMember(members, club, "Đinh Thị Mơ", FOUNDED);
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, mo.person().id(), null, FROM, 1, PlanPeriod.WEEK, lan);
        assertThat(r.name()).isEqualTo("Đinh Thị Mơ");

        HomeVisit visit = visits.record(withPressure(aVisit(r, FROM.plusDays(2), lan), null, 185, 115, true,
                ReferralDestination.COMMUNE_STATION), "t", false, NATION);

        var record = health.of(mo.person().id(), NATION);
        assertThat(record.readings()).singleElement().satisfies(reading -> {
            assertThat(reading.origin()).isEqualTo(ReadingOrigin.HOME_VISIT);
            assertThat(reading.originId()).isEqualTo(visit.id());
            assertThat(reading.values().systolic()).isEqualTo(185);
            assertThat(reading.level()).isEqualTo(PressureLevel.URGENT);
            assertThat(reading.takenOn()).isEqualTo(FROM.plusDays(2));
        });
        assertThat(record.referrals()).singleElement().satisfies(ref -> {
            assertThat(ref.destination()).isEqualTo(ReferralDestination.COMMUNE_STATION);
            assertThat(ref.readingId()).isEqualTo(visit.readingId());
        });
        assertThat(visit.systolic()).as("the values are in the health record, not on the visit").isNull();
        assertThat(visit.level()).isEqualTo(PressureLevel.URGENT);
        assertThat(visit.tasks()).contains(CareTask.BLOOD_PRESSURE);
    }

    @Test
    void aNonMembersReadingAndReferralAreKeptOnTheVisit() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, null, "Ông Vi Văn Tư", FROM, 1, PlanPeriod.WEEK, lan);
        HomeVisit visit = visits.record(withPressure(aVisit(r, FROM, lan), null, 165, 95, null, null), "t", false, NATION);
        assertThat(visit.systolic()).isEqualTo(165);
        assertThat(visit.diastolic()).isEqualTo(95);
        assertThat(visit.level()).isEqualTo(PressureLevel.HIGH);
        assertThat(visit.readingId()).isNull();
        HomeVisit urgent = visits.record(withPressure(aVisit(r, FROM.plusDays(1), lan), null, 185, 115, true,
                ReferralDestination.HOSPITAL), "t", false, NATION);
        assertThat(urgent.referralMade()).isTrue();
        assertThat(urgent.referralTo()).isEqualTo(ReferralDestination.HOSPITAL);
        assertThat(urgent.referralReason()).isEqualTo("Huyết áp nguy hiểm");
    }

    @Test
    void sendingTheSameVisitAgainSavesItOnce() {
        Club club = club();
        MemberRow mo = aMember(members, club, "Đinh Thị Mơ", FOUNDED);
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, mo.person().id(), null, FROM, 1, PlanPeriod.WEEK, lan);
        UUID id = UUID.randomUUID();
        NewVisit v = withPressure(aVisit(r, FROM, lan), id, 150, 92, null, null);
        HomeVisit first = visits.record(v, "t", false, NATION);
        HomeVisit again = visits.record(v, "t", false, NATION);
        assertThat(again.id()).isEqualTo(first.id()).isEqualTo(id);
        assertThat(visits.visitsOf(r.id(), NATION)).hasSize(1);
        assertThat(health.of(mo.person().id(), NATION).readings()).hasSize(1);
        assertThat(events.stream(VisitRecorded.class).filter(e -> e.visitId().equals(id))).hasSize(1);
    }

    @Test
    void belowPlanCountsWeeksStartingInTheMonthForAWeekPlanAndTheVisitsForAMonthPlan() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        // March 2025 has five Mondays (3, 10, 17, 24, 31): 2 a week asks for 10 visits.
        CareRecipient weekly = aRecipient(team, plans, club, null, "Cụ A", FROM, 2, PlanPeriod.WEEK, lan);
        CareRecipient monthly = aRecipient(team, plans, club, null, "Cụ B", FROM, 3, PlanPeriod.MONTH, lan);
        // Came into care in the week of Monday 17 March: three weeks count.
        CareRecipient late = aRecipient(team, plans, club, null, "Cụ C", LocalDate.of(2025, 3, 19), 1, PlanPeriod.WEEK, lan);
        for (int day = 3; day <= 30; day += 3) {
            visits.record(aVisit(weekly, LocalDate.of(2025, 3, day), lan), "t", false, NATION);
        }
        visits.record(aVisit(monthly, LocalDate.of(2025, 3, 4), lan), "t", false, NATION);
        visits.record(aVisit(monthly, LocalDate.of(2025, 4, 1), lan), "t", false, NATION);

        HomeCareMonth march = progress.month(club.id(), YearMonth.of(2025, 3), NATION);
        assertThat(march.recipients()).extracting(RecipientProgress::name, RecipientProgress::planned, RecipientProgress::done)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Cụ A", 10, 10),
                        org.assertj.core.groups.Tuple.tuple("Cụ B", 3, 1), org.assertj.core.groups.Tuple.tuple("Cụ C", 3, 0));
        assertThat(march.belowPlan()).extracting(RecipientProgress::name).containsExactlyInAnyOrder("Cụ B", "Cụ C");
        assertThat(march.planned()).isEqualTo(16);
        assertThat(march.done()).isEqualTo(11);
        // February 2025 has four Mondays; Cụ C was not yet in care.
        HomeCareMonth february = progress.month(club.id(), YearMonth.of(2025, 2), NATION);
        assertThat(february.recipients()).extracting(RecipientProgress::planned).containsExactlyInAnyOrder(8, 3);
        assertThat(late.id()).isNotNull();
    }

    @Test
    void planChangesAreKeptFromTheirDayAndPublishedWithBeforeAndAfter() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", FROM, 1, PlanPeriod.WEEK, lan);
        plans.setPlan(r.id(), 4, PlanPeriod.MONTH, Set.of(CareTask.CLEANING), LocalDate.of(2025, 6, 1), "bcn", NATION);
        assertThat(plans.plan(r.id(), LocalDate.of(2025, 5, 31), NATION).per()).isEqualTo(PlanPeriod.WEEK);
        assertThat(plans.plan(r.id(), LocalDate.of(2025, 6, 1), NATION).visits()).isEqualTo(4);
        assertThat(progress.month(club.id(), YearMonth.of(2025, 6), NATION).planned()).isEqualTo(4);
        assertThat(events.stream(HomeCareChanged.class).filter(e -> e.clubId().equals(club.id())))
                .extracting(HomeCareChanged::action)
                .containsExactly("homecare.volunteer.added", "homecare.recipient.added", "homecare.plan.set",
                        "homecare.assignment.added", "homecare.plan.set");
        HomeCareChanged last = events.stream(HomeCareChanged.class).filter(e -> e.clubId().equals(club.id()))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.foundedCommuneId()).isEqualTo(club.communeId());
        assertThat(last.areaPaths()).isEqualTo(club.areaPaths());
        assertThat(last.detail().get("before").toString()).contains("WEEK");
        assertThat(last.detail().get("after").toString()).contains("MONTH");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'homecare.plan.set' and target = :t")
                .param("t", "club:" + club.id()).query(Integer.class).single()).isEqualTo(2);
        CareRecipient later = team.addRecipient(club.id(), new NewRecipient(null, null, "Cụ Lý Văn Ba", null,
                Set.of(CareReason.ILL), LocalDate.of(2025, 2, 3)), "bcn", NATION);
        plans.setPlan(later.id(), 1, PlanPeriod.MONTH, Set.of(CareTask.MEDICINE), null, "bcn", NATION);
        assertThat(plans.plan(later.id(), LocalDate.of(2025, 2, 3), NATION)).as("a first plan holds from the start of care")
                .isNotNull();
        plans.setPlan(later.id(), 2, PlanPeriod.MONTH, Set.of(CareTask.MEDICINE), null, "bcn", NATION);
        assertThat(plans.plan(later.id(), LocalDate.of(2025, 2, 3), NATION).visits()).as("a change holds from today")
                .isEqualTo(1);
    }

    @Test
    void aVolunteersRecipientsShowTheVisitsDueInTheirPlansPeriod() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        Volunteer binh = aVolunteer(team, club, "Lò Văn Bình", null);
        CareRecipient weekly = aRecipient(team, plans, club, null, "Cụ A", FROM, 2, PlanPeriod.WEEK, lan);
        aRecipient(team, plans, club, null, "Cụ B", FROM, 4, PlanPeriod.MONTH, lan);
        aRecipient(team, plans, club, null, "Cụ D", FROM, 4, PlanPeriod.MONTH, binh);
        visits.record(aVisit(weekly, today(), lan), "t", false, NATION);
        assertThat(progress.due(lan.id(), today(), NATION))
                .extracting(RecipientProgress::name, RecipientProgress::planned, RecipientProgress::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cụ B", 4, 0),
                        org.assertj.core.groups.Tuple.tuple("Cụ A", 2, 1));
    }

    @Test
    void aCorrectedVisitCorrectsTheMembersReadingKeepsTheReferralAndIsPublishedWithBeforeAndAfter() {
        Club club = club();
        MemberRow mo = aMember(members, club, "Đinh Thị Mơ", FOUNDED);
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        Volunteer binh = aVolunteer(team, club, "Lò Văn Bình", null);
        CareRecipient r = aRecipient(team, plans, club, mo.person().id(), null, FROM, 1, PlanPeriod.WEEK, lan, binh);
        HomeVisit first = visits.record(withPressure(aVisit(r, FROM, lan), null, 150, 92, null, null), "t", false, NATION);

        HomeVisit corrected = visits.correct(first.id(), withPressure(aVisit(r, FROM.plusDays(1), lan, binh), null, 145,
                90, null, null), 0, "bcn", false, NATION);

        assertThat(corrected.version()).isEqualTo(1);
        assertThat(corrected.visitedOn()).isEqualTo(FROM.plusDays(1));
        assertThat(corrected.volunteers()).hasSize(2);
        assertThat(corrected.readingId()).isEqualTo(first.readingId());
        assertThat(health.of(mo.person().id(), NATION).readings()).singleElement()
                .satisfies(reading -> assertThat(reading.values().systolic()).isEqualTo(145));
        assertThatThrownBy(() -> visits.correct(first.id(), aVisit(r, FROM, lan), 1, "bcn", false, NATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("systolic"));
        assertThatThrownBy(() -> visits.correct(first.id(), withPressure(aVisit(r, FROM, lan), null, 140, 90, null, null),
                0, "bcn", false, NATION)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("homecare.visit.changedMeanwhile"));
        assertThat(events.stream(VisitRecorded.class).filter(e -> e.visitId().equals(first.id())))
                .extracting(VisitRecorded::action)
                .containsExactly("homecare.visit.recorded", "homecare.visit.corrected");
    }

    @Test
    void visitsArePublishedWithTheClubsCommunesAndCounts() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", FROM, 1, PlanPeriod.WEEK, lan);
        HomeVisit v = visits.record(withPressure(aVisit(r, FROM, lan), null, 150, 92, null, null), "t", false, NATION);
        assertThat(events.stream(VisitRecorded.class).filter(e -> e.visitId().equals(v.id()))).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("homecare.visit.recorded");
                    assertThat(e.foundedCommuneId()).isEqualTo(club.communeId());
                    assertThat(e.areaPaths()).isEqualTo(club.areaPaths());
                    assertThat(e.volunteers()).isEqualTo(1);
                    assertThat(e.tasks()).isEqualTo(3);
                    assertThat(e.pressureTaken()).isTrue();
                    assertThat(e.memberRecipient()).isFalse();
                    assertThat(e.detail().toString()).doesNotContain("150");
                });
    }

    @Test
    void aRecipientOrVolunteerFromAnotherAreaIsOutOfReach() {
        Club club = club();
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", FROM, 1, PlanPeriod.WEEK, lan);
        AreaScope elsewhere = AreaScope.province("25");
        assertThatThrownBy(() -> team.recipient(r.id(), elsewhere)).isInstanceOf(vn.ishc.shared.OutOfScopeException.class);
        assertThatThrownBy(() -> visits.record(aVisit(r, FROM, lan), "t", false, elsewhere))
                .isInstanceOf(vn.ishc.shared.OutOfScopeException.class);
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
