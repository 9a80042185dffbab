package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Set;
import org.assertj.core.api.Assertions;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.reporting.export.Dhis2Metadata;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * Report tables and exports of periods that run across 1 July 2025, or that lie before it, on either map.
 */
@SpringBootTest
class MapAcrossTheReformTest {

    static final AreaScope NATION = AreaScope.nation();
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    IndicatorTables tables;
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
    @Autowired
    IndicatorExports exports;
    @Autowired
    Dhis2OrgUnits orgUnits;
    @Autowired
    Funds funds;
    @Autowired
    vn.ishc.funds.Loans loans;

    MemberRow enrol(Club club, String name, LocalDate on) {
        return members.enrol(null, new PersonDetails(name, "F", "1957", "Tày", "POOR", null, null, null, false, false,
                null, null, null), club.id(), on, "t", NATION);
    }

    void meeting(Club club, MemberRow who, LocalDate on) {
        meetings.record(club.id(), new MeetingEntry(null, null, on, "Nhà văn hoá", "Sức khoẻ", null, 0, null,
                List.of(new MeetingEntry.Row(who.person().id(), AttendanceStatus.PRESENT, null))), "t", NATION);
    }

    /** MEETINGS_HELD of each row of the table, by the row's path. */
    Map<String, Long> meetingsByRow(String path, Period period, Boundaries boundaries) {
        Map<String, Long> out = new HashMap<>();
        for (IndicatorTables.Row r : tables.table(path, period, boundaries, NATION, VI).below()) {
            out.put(r.path(), r.figures().figures().stream().filter(f -> f.isTotal() && f.code().equals("MEETINGS_HELD"))
                    .mapToLong(Figure::value).sum());
        }
        return out;
    }

    @Test
    void aProvincesCommuneTableAcrossTheReformOnTheMapAsItWasHasEachCommuneForTheMonthsItExisted() {
        // 06322 went into 06313 on 1 July 2025.
        Club club = ClubFixtures.aClub(clubs, villages, units, "06322", LocalDate.of(2024, 2, 10));
        MemberRow hoa = enrol(club, "Chu Thị Hoà", club.foundedOn());
        worker.drain();
        String oldPath = jdbc.sql("select old_path from rpt_club_place where club_id = :c").param("c", club.id())
                .query(String.class).single();
        String nowPath = jdbc.sql("select now_path from rpt_club_place where club_id = :c").param("c", club.id())
                .query(String.class).single();
        assertThat(nowPath).isEqualTo("20.06313");
        Period year = Period.year(2025);
        Map<String, Long> before = meetingsByRow("20", year, Boundaries.AS_WAS);

        meeting(club, hoa, LocalDate.of(2025, 3, 5));
        meeting(club, hoa, LocalDate.of(2025, 4, 5));
        meeting(club, hoa, LocalDate.of(2025, 9, 5));
        worker.drain();
        Map<String, Long> after = meetingsByRow("20", year, Boundaries.AS_WAS);

        assertThat(after).as("the old commune is a row of the year").containsKey(oldPath);
        assertThat(after.get(oldPath) - before.getOrDefault(oldPath, 0L)).as("January to June under the old commune")
                .isEqualTo(2L);
        assertThat(after.get(nowPath) - before.getOrDefault(nowPath, 0L)).as("July to December under the new one")
                .isEqualTo(1L);
        // Each row is the figures its own table gives.
        IndicatorTables.Table old = tables.table(oldPath, year, Boundaries.AS_WAS, NATION, VI);
        assertThat(old.figures().figures().stream().filter(f -> f.isTotal() && f.code().equals("MEETINGS_HELD"))
                .mapToLong(Figure::value).sum()).isEqualTo(after.get(oldPath));
        IndicatorTables.Table now = tables.table(nowPath, year, Boundaries.AS_WAS, NATION, VI);
        assertThat(now.figures().figures().stream().filter(f -> f.isTotal() && f.code().equals("MEETINGS_HELD"))
                .mapToLong(Figure::value).sum()).isEqualTo(after.get(nowPath));
        // Restated on today's map the year is all under today's commune; each half on its own map.
        assertThat(meetingsByRow("20", year, Boundaries.RESTATED)).doesNotContainKey(oldPath);
        assertThat(meetingsByRow("20", Period.quarter(2025, 3), Boundaries.AS_WAS)).doesNotContainKey(oldPath);
    }

    /** DHIS2 takes a value only for an org unit open on some day of its period. */
    void openOnTheirPeriods(List<AreaFigures> identified) {
        Map<String, Dhis2Metadata.OrgUnit> byUid = new HashMap<>();
        orgUnits.all().forEach(o -> byUid.put(o.uid(), o));
        for (AreaFigures a : identified) {
            Dhis2Metadata.OrgUnit o = byUid.get(a.orgUnit());
            assertThat(o).as("org unit of %s", a.name()).isNotNull();
            assertThat(o.openWithin(a.period().start(), a.period().end())).as("%s open in %s", a.name(), a.period().code())
                    .isTrue();
        }
    }

    @Test
    void aPeriodBeforeTheReformRestatedOnTodaysMapIsNotSentToDhis2ForItsUnitsOpenedLater() {
        ClubFixtures.aClub(clubs, villages, units, "06322", LocalDate.of(2024, 2, 10));
        worker.drain();
        Set<String> all = IndicatorExports.codes(null);
        for (String path : List.of("20", "20.06313")) {
            IndicatorTables.Table restated = tables.table(path, Period.year(2024), Boundaries.RESTATED, NATION, VI);
            InvalidInputException refusal = IndicatorExports.dhis2Refusal(restated);
            assertThat(refusal).as(path).isNotNull();
            assertThat(refusal.messageKey()).isEqualTo("export.dhis2.notYetOpen");
            Assertions.assertThatThrownBy(() -> exports.dhis2(restated, all, new ByteArrayOutputStream()))
                    .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "export.dhis2.notYetOpen");
            Assertions.assertThatThrownBy(() -> exports.adx(restated, all))
                    .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "export.dhis2.notYetOpen");
        }
        // On the map as it was, and restated for a period that reaches the reform, every org unit is open.
        for (Object[] ask : List.of(new Object[] {"20", Period.year(2024), Boundaries.AS_WAS},
                new Object[] {"20", Period.year(2025), Boundaries.RESTATED},
                new Object[] {"20.06313", Period.quarter(2025, 3), Boundaries.RESTATED},
                new Object[] {"20", Period.year(2025), Boundaries.AS_WAS})) {
            IndicatorTables.Table t = tables.table((String) ask[0], (Period) ask[1], (Boundaries) ask[2], NATION, VI);
            assertThat(IndicatorExports.dhis2Refusal(t)).as("%s", List.of(ask)).isNull();
            openOnTheirPeriods(orgUnits.identified(t, all));
        }
    }

    @Test
    void aDissolvedClubIsClosedInTheMetadataAndHasNoValueOfAPeriodAfter() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06313", LocalDate.of(2025, 8, 1));
        MemberRow hoa = enrol(club, "Hà Thị Hoa", club.foundedOn());
        funds.contribute(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION).id(), club.foundedOn(), 20_000_000,
                Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new vn.ishc.funds.Loans.Rules(null, null, club.foundedOn(), 15_000_000, 12,
                new BigDecimal("0.008"), vn.ishc.funds.LoanSchedule.Method.DECLINING,
                vn.ishc.funds.LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO, null), "t", NATION);
        var loan = loans.apply(club.id(), hoa.person().id(), 10_000_000, vn.ishc.funds.Loans.Purpose.CROPS, null, 6,
                LocalDate.of(2025, 8, 5), "t", NATION);
        loans.decide(loan.id(), true, LocalDate.of(2025, 8, 5), null, "t", NATION);
        loans.disburse(loan.id(), LocalDate.of(2025, 8, 5), null, "t", NATION);
        clubs.changeStatus(club.id(), vn.ishc.clubs.ClubStatus.DISSOLVED, LocalDate.of(2025, 10, 15), "Giải thể", "t", NATION);
        worker.drain();

        Dhis2Metadata.OrgUnit unit = orgUnits.all().stream().filter(o -> o.code().equals(club.nationalId()))
                .findFirst().orElseThrow();
        // Its last active day is 14 October.
        assertThat(unit.closedDate()).isEqualTo(LocalDate.of(2025, 10, 15));
        Set<String> all = IndicatorExports.codes(null);
        for (Period p : List.of(Period.month(java.time.YearMonth.of(2025, 11)), Period.quarter(2026, 1), Period.year(2026))) {
            IndicatorTables.Table t = tables.table("20.06313", p, Boundaries.RESTATED, NATION, VI);
            List<AreaFigures> identified = orgUnits.identified(t, all);
            assertThat(identified).as("%s", p.code()).noneMatch(a -> a.orgUnit().equals(unit.uid()));
            openOnTheirPeriods(identified);
        }
        for (Period p : List.of(Period.month(java.time.YearMonth.of(2025, 10)), Period.quarter(2025, 4), Period.year(2025))) {
            IndicatorTables.Table t = tables.table("20.06313", p, Boundaries.RESTATED, NATION, VI);
            assertThat(orgUnits.identified(t, all)).as("%s", p.code()).anyMatch(a -> a.orgUnit().equals(unit.uid()));
        }
    }

    @Test
    void anOfficerOfAProvinceThatWentIntoAnotherIsToldWhereItWentAndShownNothingBeyondIt() {
        // Hòa Bình (17) went into Phú Thọ (25) on 1 July 2025; an account made before keeps its old area.
        AreaScope hoaBinh = AreaScope.province("17");
        for (Period p : List.of(Period.year(2025), Period.year(2026), Period.year(2024), Period.quarter(2026, 1))) {
            for (Boundaries b : Boundaries.values()) {
                for (String path : List.of("17", "25", "", "25.04891")) {
                    Assertions.assertThatThrownBy(() -> tables.table(path, p, b, hoaBinh, VI)).as("%s %s %s", path, p.code(), b)
                            .isInstanceOf(InvalidInputException.class)
                            .hasFieldOrPropertyWithValue("messageKey", "reporting.scope.former")
                            .satisfies(e -> assertThat(List.of(((InvalidInputException) e).arguments()).toString())
                                    .contains("Tỉnh Hoà Bình").contains("Tỉnh Phú Thọ"));
                }
            }
            Assertions.assertThatThrownBy(() -> tables.provinces(p, Boundaries.AS_WAS, hoaBinh))
                    .isInstanceOf(InvalidInputException.class);
        }
        // Today's Phú Thọ is shown to its officers as before.
        assertThat(tables.table("25", Period.year(2026), Boundaries.AS_WAS, AreaScope.province("25"), VI).place().code())
                .isEqualTo("25");
    }
}
