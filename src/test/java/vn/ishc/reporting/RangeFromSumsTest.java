package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.Entitlements;
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
import vn.ishc.shared.AreaScope;

/**
 * A free range of months of the nation, a province or a commune of today's map is read from the areas' kept
 * sums: the clubs that met in every month of it and the entitlement cases resolved are, for every such area
 * and a few ranges (one across 1 July 2025), what its clubs' own figures of the range add up to.
 */
@SpringBootTest
class RangeFromSumsTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    Indicators indicators;
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
    Entitlements entitlements;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRangesOfTheNationProvincesAndCommunesEqualTheirClubsFigures() {
        // Clubs in two provinces, two in one commune of today's map (communes no other test uses); each meets in
        // some months and not others.
        String[] communes = {"00004", "00013", "00006", "08973", "08905"};
        int[][] monthsMet = {{1, 2, 3, 5, 6, 7, 8, 9, 10}, {5, 6, 7}, {6, 7, 8, 9, 10, 11, 12}, {4, 5, 6, 8}, {7, 8, 9}};
        for (int i = 0; i < communes.length; i++) {
            Club club = ClubFixtures.aClub(clubs, villages, units, communes[i], LocalDate.of(2024, 11, 10));
            MemberRow member = members.enrol(null, new PersonDetails("Hà Thị Mai", "F", "1950", "Tày", "OTHER", null, null,
                    null, false, false, null, null, null), club.id(), club.foundedOn(), "t", NATION);
            for (int year : new int[] {2024, 2025}) {
                for (int month : monthsMet[i]) {
                    if (year == 2024 && month < 11 || year == 2025 && month > 11) {
                        continue;
                    }
                    meetings.record(club.id(), new MeetingEntry(null, null, LocalDate.of(year, month, 20), "Nhà văn hoá",
                            null, null, 0, null, List.of(new MeetingEntry.Row(member.person().id(), AttendanceStatus.PRESENT,
                            null))), "t", NATION);
                }
            }
            for (int c = 0; c <= i; c++) {
                var applied = entitlements.apply(club.id(), null, "Bà Hoàng Thị Mai", EntitlementCase.Benefit.SOCIAL_PENSION,
                        LocalDate.of(2025, 4 + c, 3), null, "t", NATION);
                if (c % 3 != 2) {
                    entitlements.decide(applied.id(), EntitlementCase.Status.OBTAINED, LocalDate.of(2025, 5 + c + i % 2, 1),
                            "t", NATION);
                }
            }
        }
        worker.drain();

        List<Period> ranges = List.of(Period.range(YearMonth.of(2025, 5), YearMonth.of(2025, 10)),
                Period.range(YearMonth.of(2025, 1), YearMonth.of(2025, 6)),
                Period.range(YearMonth.of(2025, 7), YearMonth.of(2025, 8)),
                Period.range(YearMonth.of(2024, 12), YearMonth.of(2025, 3)));
        List<String> codes = List.of(Indicator.CLUBS_MET_MONTHLY.name(), Indicator.ENTITLEMENT_CASES_RESOLVED.name());
        List<Map<String, Object>> places = jdbc.sql("select club_id, now_path, now_province from rpt_club_place")
                .query().listOfRows();
        long seen = 0;
        for (Period range : ranges) {
            // What each area's clubs' own figures of the range add up to.
            Map<String, Map<String, Long>> expected = new HashMap<>();
            for (Map<String, Object> place : places) {
                Map<String, Long> club = IndicatorsTest.values(indicators.ofClub((UUID) place.get("club_id"), range, NATION));
                for (String area : new String[] {"", (String) place.get("now_province"), (String) place.get("now_path")}) {
                    if (area != null) {
                        codes.forEach(code -> expected.computeIfAbsent(area, k -> new HashMap<>())
                                .merge(code, club.getOrDefault(code, 0L), Long::sum));
                    }
                }
            }
            for (String code : codes) {
                assertThat(IndicatorsTest.values(indicators.of("", range, Boundaries.RESTATED, NATION)).get(code))
                        .as("nation %s %s", code, range).isEqualTo(expected.get("").get(code));
                assertThat(indicators.total("", range, Boundaries.RESTATED, NATION, code))
                        .as("nation's total %s %s", code, range).isEqualTo(expected.get("").get(code));
                seen += expected.get("").get(code);
            }
            for (String province : expected.keySet().stream().filter(a -> !a.isEmpty() && !a.contains(".")).toList()) {
                Map<String, Long> of = IndicatorsTest.values(indicators.of(province, range, Boundaries.RESTATED, NATION));
                for (String code : codes) {
                    assertThat(of.get(code)).as("province %s %s %s", province, code, range)
                            .isEqualTo(expected.get(province).get(code));
                }
                AreaFigures row = indicators.below("", range, Boundaries.RESTATED, NATION).stream()
                        .filter(a -> a.orgUnit().equals(province)).findFirst().orElseThrow();
                for (String code : codes) {
                    assertThat(IndicatorsTest.values(row).get(code)).as("nation's row of %s %s %s", province, code, range)
                            .isEqualTo(expected.get(province).get(code));
                }
                for (AreaFigures commune : indicators.below(province, range, Boundaries.RESTATED, NATION)) {
                    String path = province + "." + commune.orgUnit();
                    for (String code : codes) {
                        assertThat(IndicatorsTest.values(commune).get(code)).as("commune %s %s %s", path, code, range)
                                .isEqualTo(expected.getOrDefault(path, Map.of()).getOrDefault(code, 0L));
                    }
                }
            }
        }
        assertThat(seen).as("clubs met and cases resolved in the ranges").isPositive();
    }

    /**
     * After an upgrade that adds the months missed on, the clubs are counted again one batch at a time: until the
     * last is, a free range's clubs that met every month are counted from the clubs, not from sums that hold only
     * those counted so far; once all are, from the sums again.
     */
    @Test
    void whileTheClubsAreCountedAgainAfterAnUpgradeARangeIsCountedFromTheClubs() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "08911", LocalDate.of(2024, 11, 10));
        MemberRow member = members.enrol(null, new PersonDetails("Lò Văn Pấng", "M", "1948", "Thái", "OTHER", null, null,
                null, false, false, null, null, null), club.id(), club.foundedOn(), "t", NATION);
        for (int month = 1; month <= 4; month++) {
            meetings.record(club.id(), new MeetingEntry(null, null, LocalDate.of(2026, month, 12), "Nhà văn hoá", null, null,
                    0, null, List.of(new MeetingEntry.Row(member.person().id(), AttendanceStatus.PRESENT, null))), "t", NATION);
        }
        worker.drain();
        Period range = Period.range(YearMonth.of(2026, 2), YearMonth.of(2026, 4));
        String code = Indicator.CLUBS_MET_MONTHLY.name();
        long counted = metEveryMonth(range, code);
        assertThat(counted).as("the club met in every month of the range").isPositive();

        // As the figures stand right after the upgrade: counted by a version without the months missed on.
        jdbc.sql("update rpt_state set value = 'CLUBS_ACTIVE' where name = 'codes_computed'").update();
        jdbc.sql("delete from rpt_club_fact where code = :c").param("c", Sums.MISSED_BEFORE).update();
        jdbc.sql("delete from rpt_area_fact where code = :c").param("c", Sums.MISSED_BEFORE).update();
        worker.newDay();
        FigureCache.changedAll(jdbc);
        assertThat(FigureWorker.everyCodeKept(jdbc)).isFalse();
        assertThat(metEveryMonth(range, code)).as("counted from the clubs while they are counted again").isEqualTo(counted);

        worker.drain();
        FigureCache.changedAll(jdbc);
        assertThat(FigureWorker.everyCodeKept(jdbc)).isTrue();
        assertThat(metEveryMonth(range, code)).as("from the sums once every club is counted again").isEqualTo(counted);
    }

    long metEveryMonth(Period range, String code) {
        return IndicatorsTest.values(indicators.of("", range, Boundaries.RESTATED, NATION)).get(code);
    }
}
