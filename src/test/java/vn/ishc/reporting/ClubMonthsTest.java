package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.activities.Activities;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.NewActivity;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/** A club's month: a month with its meeting, readings and a case of help, and a month with nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class ClubMonthsTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2025, 1, 10);

    @Autowired
    ClubMonths months;
    @Autowired
    Meetings meetings;
    @Autowired
    Activities activities;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    vn.ishc.homecare.HomeCareTeam homeCare;
    @Autowired
    vn.ishc.homecare.HomeVisits homeVisits;
    @Autowired
    vn.ishc.homecare.CarePlans carePlans;
    @Autowired
    vn.ishc.identity.UserAccounts accounts;

    @Test
    void aMonthWithItsMeetingReadingsAndHelpMeetsTheNormsAndAnEmptyPastMonthDoesNot() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06115", FOUNDED);
        List<MemberRow> four = java.util.stream.IntStream.range(0, 4).mapToObj(i -> members.enrol(null,
                new PersonDetails("Nông Thị Hiền " + i, "Nữ", "1950", "Tày", "Khác", null, null, null, false, false,
                        null, null, null), club.id(), FOUNDED, "t", NATION)).toList();
        LocalDate held = LocalDate.of(2025, 3, 21);
        meetings.record(club.id(), new MeetingEntry(UUID.randomUUID(), null, held, "Nhà văn hóa", "Phòng chống đột quỵ",
                null, 2, null, List.of(
                        new MeetingEntry.Row(four.get(0).person().id(), AttendanceStatus.PRESENT,
                                new ReadingValues(150, 92, 80, new BigDecimal("52.5"), null)),
                        new MeetingEntry.Row(four.get(1).person().id(), AttendanceStatus.PRESENT,
                                new ReadingValues(120, 80, null, null, null)),
                        new MeetingEntry.Row(four.get(2).person().id(), AttendanceStatus.EXCUSED, null),
                        new MeetingEntry.Row(four.get(3).person().id(), AttendanceStatus.ABSENT, null))), "t", NATION);
        activities.record(club.id(), new NewActivity(null, ActivityKind.SELF_HELP, LocalDate.of(2025, 3, 5), null, null,
                null, "Ông Lý Văn Sào", NewActivity.HelpForm.IN_KIND, null, null, null, null, null, null, null, null,
                "10 kg gạo"), "t", NATION);

        var volunteer = homeCare.addVolunteer(club.id(), new vn.ishc.homecare.NewVolunteer(null, four.get(1).person().id(),
                null, null, LocalDate.of(2025, 2, 1), "Tập huấn chăm sóc tại nhà", null), "t", NATION);
        var recipient = homeCare.addRecipient(club.id(), new vn.ishc.homecare.NewRecipient(null, null, "Cụ Hoàng Văn Pẻng",
                "Thôn Nà Cạn", java.util.Set.of(vn.ishc.homecare.CareReason.LIVES_ALONE), LocalDate.of(2025, 2, 15)), "t", NATION);
        carePlans.setPlan(recipient.id(), 2, vn.ishc.homecare.PlanPeriod.MONTH,
                java.util.Set.of(vn.ishc.homecare.CareTask.MEALS), recipient.from(), "t", NATION);
        carePlans.assign(recipient.id(), volunteer.id(), recipient.from(), "t", NATION);
        homeVisits.record(new vn.ishc.homecare.NewVisit(null, recipient.id(), LocalDate.of(2025, 3, 8), List.of(volunteer.id()),
                java.util.Set.of(vn.ishc.homecare.CareTask.MEALS), null, null, null, null, null, null, null), "t", false, NATION);

        ClubMonth march = months.of(club.id(), YearMonth.of(2025, 3), NATION);
        assertThat(march.check("homecare")).extracting(ClubMonth.Check::numerator, ClubMonth.Check::denominator,
                ClubMonth.Check::meets).containsExactly(0L, 1L, false);
        assertThat(march.check("homecareVisits")).extracting(ClubMonth.Check::numerator, ClubMonth.Check::denominator)
                .containsExactly(1L, 2L);
        assertThat(march.monthOver()).isTrue();
        assertThat(march.check("meeting").meets()).isTrue();
        assertThat(march.check("measured")).extracting(ClubMonth.Check::numerator, ClubMonth.Check::denominator)
                .containsExactly(2L, 4L);
        assertThat(march.check("weighed").numerator()).isEqualTo(1);
        assertThat(march.check("selfHelp").meets()).isTrue();
        assertThat(march.check("community").meets()).isFalse();
        assertThat(march.check("learning").numerator()).isEqualTo(1);
        assertThat(march.meetings()).singleElement().satisfies(m -> assertThat(m.present()).isEqualTo(2));

        ClubMonth april = months.of(club.id(), YearMonth.of(2025, 4), NATION);
        assertThat(april.check("meeting").meets()).isFalse();
        assertThat(april.check("measured").numerator()).isZero();
        assertThat(april.check("selfHelp").meets()).isFalse();

        assertThatThrownBy(() -> months.of(club.id(), YearMonth.of(2024, 12), NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "month");

        var officer = vn.ishc.identity.UserFixtures.create(accounts, "thang-" + UUID.randomUUID().toString().substring(0, 6),
                vn.ishc.identity.Role.PROVINCE_OFFICER, units.at(vn.ishc.geography.AdminUnit.Level.PROVINCE, "20",
                        vn.ishc.shared.BusinessCalendar.today(clock), NATION).id(), "mat-khau-dai-1", "Cán bộ tỉnh");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/month?month=2025-03")
                .with(user(officer.username()).roles("PROVINCE_OFFICER")))
                .hasStatusOk().bodyText().contains("Tháng 03/2025 của CLB").contains("2/4 (50%)")
                .contains("Người khó khăn được giúp").contains("21/03/2025: có mặt 2");
    }
}
