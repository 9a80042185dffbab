package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.reporting.FigureApprovals.Status;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/**
 * Two communes of Lạng Sơn with a club each approve a month that is over, then the province does; a
 * meeting recorded afterwards in that month marks the commune and the province as adjusted after approval,
 * with both values, until they approve again.
 */
@SpringBootTest
class FigureApprovalsTest {

    static final String PROVINCE = "20";
    static final String COMMUNE = "20.06058";
    static final String OTHER_COMMUNE = "20.05977";

    @Autowired
    Clock clock;
    @Autowired
    FigureApprovals approvals;
    @Autowired
    FigureWorker worker;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    JdbcClient jdbc;

    ClubWithMembers club;
    Period month;

    @BeforeEach
    void aClubInEachOfTwoCommunes() {
        YearMonth thisMonth = YearMonth.from(BusinessCalendar.today(clock));
        // A month that is over, after the clubs' founding; a fresh one each time, so earlier approvals do not count.
        month = Period.month(thisMonth.minusMonths(2 + jdbc.sql("select count(distinct period) from figure_approval "
                + "where area_path like :p").param("p", PROVINCE + "%").query(Integer.class).single()));
        club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                month.start().minusMonths(2), 4);
        MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "05977", month.start().minusMonths(2), 3);
        worker.drain();
    }

    @Test
    void theProvinceApprovesOnlyOnceEveryCommuneWithAClubHas() {
        java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        FigureApprovals.State commune = approvals.approve(COMMUNE, month, "xa", AreaScope.ofPath(COMMUNE));
        assertThat(commune.status()).isEqualTo(Status.APPROVED);
        assertThat(commune.approval().actedBy()).isEqualTo("xa");
        assertThat(commune.approval().actedAt()).isBetween(before, clock.instant());
        assertThat(commune.approval().figures()).containsKey("MEMBERS");

        AreaScope province = AreaScope.ofPath(PROVINCE);
        String otherName = approvals.state(OTHER_COMMUNE, month, province).name();
        assertThatThrownBy(() -> approvals.approve(PROVINCE, month, "tinh", province))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("approval.province.communesMissing");
                    assertThat(e.arguments()[1].toString()).contains(otherName).doesNotContain(commune.name());
                });
        approveTheOtherCommunes();
        FigureApprovals.State approved = approvals.approve(PROVINCE, month, "tinh", province);
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.communes()).extracting(FigureApprovals.CommuneStatus::status).containsOnly(Status.APPROVED);
    }

    @Test
    void aMeetingAddedInAnApprovedMonthMarksItAdjustedUntilApprovedAgain() {
        approvals.approve(COMMUNE, month, "xa", AreaScope.ofPath(COMMUNE));
        approveTheOtherCommunes();
        approvals.approve(PROVINCE, month, "tinh", AreaScope.ofPath(PROVINCE));

        meetings.record(club.club().id(), MeetingFixtures.everyonePresent(UUID.randomUUID(), month.start().plusDays(20),
                club.people()), "test", AreaScope.nation());
        worker.drain();

        FigureApprovals.State adjusted = approvals.state(COMMUNE, month, AreaScope.ofPath(COMMUNE));
        assertThat(adjusted.status()).isEqualTo(Status.ADJUSTED);
        assertThat(adjusted.differences()).filteredOn(d -> d.code().equals("MEETINGS_HELD") && d.dims().isEmpty())
                .singleElement().satisfies(d -> assertThat(d.current()).isEqualTo((d.approved() == null ? 0 : d.approved()) + 1));
        assertThat(approvals.state(PROVINCE, month, AreaScope.ofPath(PROVINCE)).status()).isEqualTo(Status.ADJUSTED);
        assertThat(approvals.status(PROVINCE, month, AreaScope.ofPath(PROVINCE))).contains(Status.ADJUSTED);
        // The province waits for the commune's new approval.
        assertThatThrownBy(() -> approvals.approve(PROVINCE, month, "tinh", AreaScope.ofPath(PROVINCE)))
                .isInstanceOf(InvalidInputException.class);

        FigureApprovals.State again = approvals.approve(COMMUNE, month, "xa2", AreaScope.ofPath(COMMUNE));
        assertThat(again.status()).isEqualTo(Status.APPROVED);
        assertThat(again.differences()).isEmpty();
        assertThat(again.approval().actedBy()).isEqualTo("xa2");
        assertThat(again.history()).hasSize(2);
        assertThat(again.history().get(1).figures().get("MEETINGS_HELD"))
                .isNotEqualTo(again.approval().figures().get("MEETINGS_HELD"));
        assertThat(approvals.approve(PROVINCE, month, "tinh", AreaScope.ofPath(PROVINCE)).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aMonthNotOverIsNotApprovedAndOnlyTheAreasOwnOfficerApproves() {
        Period thisMonth = Period.month(YearMonth.from(BusinessCalendar.today(clock)));
        assertThatThrownBy(() -> approvals.approve(COMMUNE, thisMonth, "xa", AreaScope.ofPath(COMMUNE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.period.notOver"));
        assertThatThrownBy(() -> approvals.approve(COMMUNE, month, "tinh", AreaScope.ofPath(PROVINCE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.approve.communeOnly"));
        // An officer of another province, or of another commune, neither sees nor approves.
        assertThatThrownBy(() -> approvals.approve(PROVINCE, month, "x", AreaScope.ofPath("25")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> approvals.state(COMMUNE, month, AreaScope.ofPath("25")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> approvals.approve(COMMUNE, month, "x", AreaScope.ofPath(OTHER_COMMUNE)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> FigureApprovals.period("2026")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theProvinceReturnsACommunesApprovalWithAReasonOnlyWhileItsOwnIsNotStanding() {
        approvals.approve(COMMUNE, month, "xa", AreaScope.ofPath(COMMUNE));
        approveTheOtherCommunes();
        AreaScope province = AreaScope.ofPath(PROVINCE);
        approvals.approve(PROVINCE, month, "tinh", province);
        assertThatThrownBy(() -> approvals.giveBack(COMMUNE, month, "Sai số buổi", "tinh", province))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.return.provinceApproved"));
        assertThatThrownBy(() -> approvals.giveBack(PROVINCE, month, " ", "tinh", province))
                .isInstanceOf(InvalidInputException.class);
        assertThat(approvals.giveBack(PROVINCE, month, "Xem lại", "tinh", province).status()).isEqualTo(Status.RETURNED);
        FigureApprovals.State returned = approvals.giveBack(COMMUNE, month, "Sai số buổi", "tinh", province);
        assertThat(returned.status()).isEqualTo(Status.RETURNED);
        assertThat(returned.latest().reason()).isEqualTo("Sai số buổi");
        assertThat(returned.history()).extracting(FigureApprovals.Act::action)
                .containsExactly(FigureApprovals.Action.RETURN, FigureApprovals.Action.APPROVE);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'reporting.approval_returned' and target = :t")
                .param("t", "approval:" + COMMUNE + "@" + month.code()).query(Integer.class).single()).isEqualTo(1);
    }

    /** Every commune of the province with a club, but the one approved, approves too (other tests' clubs count). */
    private void approveTheOtherCommunes() {
        List<FigureApprovals.CommuneStatus> communes = approvals.state(PROVINCE, month, AreaScope.ofPath(PROVINCE)).communes();
        assertThat(communes).extracting(FigureApprovals.CommuneStatus::path).contains(COMMUNE, OTHER_COMMUNE);
        communes.stream().filter(c -> c.status() != Status.APPROVED)
                .forEach(c -> approvals.approve(c.path(), month, "xa", AreaScope.ofPath(c.path())));
    }
}
