package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.LeavingReason;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Figures checked on data made by hand, where every number is known: two clubs of a commune of Lạng Sơn
 * (one founded in 2024 on an old commune, one in 2025 on the new one it went into), a member who left, a member in both
 * clubs, a meeting with readings, money given to a fund. Each test has communes of its own.
 */
@SpringBootTest
class IndicatorsTest {

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
    Funds funds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TargetProgress progress;
    @Autowired
    java.time.Clock clock;

    record Made(Club older, Club newer, MemberRow hoa, MemberRow lan, MemberRow nam, MemberRow binh) {
    }

    Made make() {
        return make("06322", "06313");
    }

    /** The two clubs: one founded in 2024 on an old commune, one in 2025 on the new commune it went into. */
    Made make(String oldCommune, String newCommune) {
        Club older = ClubFixtures.aClub(clubs, villages, units, oldCommune, LocalDate.of(2024, 1, 10));
        Club newer = ClubFixtures.aClub(clubs, villages, units, newCommune, LocalDate.of(2025, 8, 1));
        MemberRow hoa = enrol(older, "Lương Thị Hoa", "F", "1959", "Nùng", "POOR", older.foundedOn());
        MemberRow lan = enrol(older, "Vi Thị Lan", "F", "1952", "Tày", "NEAR_POOR", older.foundedOn());
        MemberRow nam = enrol(older, "Hoàng Văn Nam", "M", "1966", "Kinh", "OTHER", older.foundedOn());
        members.leave(nam.membershipId(), LocalDate.of(2024, 6, 15), LeavingReason.MOVED, "t", NATION);
        members.addExisting(hoa.person().id(), newer.id(), LocalDate.of(2025, 9, 1), "t", NATION);
        MemberRow binh = enrol(newer, "Nông Văn Bình", "M", "1980", "Nùng", "OTHER", newer.foundedOn());
        meetings.record(older.id(), new MeetingEntry(null, null, LocalDate.of(2024, 3, 5), "Nhà văn hoá", "Tăng huyết áp",
                null, 0, null, List.of(
                new MeetingEntry.Row(hoa.person().id(), AttendanceStatus.PRESENT, new ReadingValues(150, 95, 80, null, null)),
                new MeetingEntry.Row(lan.person().id(), AttendanceStatus.PRESENT,
                        new ReadingValues(120, 80, 70, new BigDecimal("48.5"), null)),
                new MeetingEntry.Row(nam.person().id(), AttendanceStatus.ABSENT, null))), "t", NATION);
        Fund operating = funds.fund(older.id(), Fund.Kind.OPERATING, NATION);
        funds.contribute(operating.id(), LocalDate.of(2024, 2, 1), 1_000_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        return new Made(older, newer, hoa, lan, nam, binh);
    }

    MemberRow enrol(Club club, String name, String sex, String birth, String ethnicity, String household, LocalDate on) {
        return members.enrol(null, new PersonDetails(name, sex, birth, ethnicity, household, null, null, null, false, false,
                null, null, null), club.id(), on, "t", NATION);
    }

    static Map<String, Long> values(AreaFigures f) {
        Map<String, Long> out = new HashMap<>();
        f.figures().forEach(x -> out.put(x.code() + (x.isTotal() ? "" : "[" + x.dimsKey() + "]"), x.value()));
        return out;
    }

    @Test
    void aClubsYearAndMonthAreCountedByTheCataloguesDefinitions() {
        Made m = make();
        worker.drain();

        Map<String, Long> year2024 = values(indicators.ofClub(m.older().id(), Period.year(2024), NATION));
        assertThat(year2024).containsEntry("CLUBS_ACTIVE", 1L).containsEntry("CLUBS_NEW", 1L)
                .containsEntry("MEMBERS", 2L).containsEntry("MEMBERS[SEX=F]", 2L)
                .containsEntry("MEMBERS[AGE=A60_69]", 1L).containsEntry("MEMBERS[AGE=A70_79]", 1L)
                .containsEntry("MEMBERS[HH=POOR]", 1L).containsEntry("MEMBERS[ETHNIC_MINORITY=Y]", 2L)
                .containsEntry("MEMBERS_NEW", 3L).containsEntry("MEMBERS_NEW[SEX=M]", 1L).containsEntry("MEMBERS_LEFT", 1L)
                // Hoa (1959) and Lan (1952) are 60 or over, as they were when they joined; Nam (1966) was not.
                .containsEntry("MEMBERS_OLDER", 2L).containsEntry("MEMBERS_NEW_OLDER", 2L)
                .containsEntry("MEETINGS_HELD", 1L).containsEntry("MEETING_ATTENDANCE", 2L)
                .containsEntry("MEMBERS_BP_MEASURED", 2L).containsEntry("MEMBERS_WEIGHED", 1L)
                .containsEntry("MEMBERS_HYPERTENSIVE", 1L)
                .containsEntry("FUNDS_MOBILISED", 1_000_000L).containsEntry("FUNDS_MOBILISED[SOURCE=MEMBERS]", 1_000_000L)
                .containsEntry("FUND_OPERATING_BALANCE", 1_000_000L);
        // No meeting from April on, three members: not every month met, not the standard's size.
        assertThat(year2024).doesNotContainKey("CLUBS_MET_MONTHLY").doesNotContainKey("CLUBS_SIZE_OK");
        // The reading of March counts in March and in the first quarter, not in the second.
        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2024, 3)), NATION)))
                .containsEntry("MEMBERS_BP_MEASURED", 2L).containsEntry("MEMBERS", 3L);
        assertThat(values(indicators.ofClub(m.older().id(), Period.quarter(2024, 2), NATION)))
                .doesNotContainKey("MEMBERS_BP_MEASURED").containsEntry("MEMBERS", 2L).containsEntry("MEMBERS_LEFT", 1L);
        // The hypertensive reading of March 2024 is more than twelve months old by March 2025.
        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2025, 3)), NATION)))
                .doesNotContainKey("MEMBERS_HYPERTENSIVE");
    }

    @Test
    void aRangeOfMonthsCountsTheClubsThatMetInEachOfItsMonths() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06322", LocalDate.of(2024, 1, 10));
        MemberRow mai = enrol(club, "Hà Thị Mai", "F", "1950", "Tày", "OTHER", club.foundedOn());
        for (int month : new int[] {1, 2, 3, 5}) {
            // Her blood pressure is taken in February only.
            meetings.record(club.id(), new MeetingEntry(null, null, LocalDate.of(2024, month, 20), "Nhà văn hoá", null,
                    null, 0, null, List.of(new MeetingEntry.Row(mai.person().id(), AttendanceStatus.PRESENT,
                    month == 2 ? new ReadingValues(130, 85, 72, null, null) : null))), "t", NATION);
        }
        worker.drain();
        assertThat(values(indicators.ofClub(club.id(), Period.range(YearMonth.of(2024, 1), YearMonth.of(2024, 2)), NATION)))
                .as("people counted over the range as a whole").containsEntry("MEMBERS_BP_MEASURED", 1L)
                .containsEntry("MEMBERS_BP_MEASURED[SEX=F]", 1L).containsEntry("MEMBERS_BP_MEASURED[AGE=A70_79]", 1L)
                .containsEntry("MEMBERS_WEIGHED", 0L).containsEntry("HOMECARE_RECIPIENTS_ON_PLAN", 0L);
        assertThat(values(indicators.ofClub(club.id(), Period.range(YearMonth.of(2024, 3), YearMonth.of(2024, 5)), NATION)))
                .containsEntry("MEMBERS_BP_MEASURED", 0L);

        // Founded on 10 January, met in January, February and March, not in April, again in May.
        assertThat(values(indicators.ofClub(club.id(), Period.range(YearMonth.of(2024, 1), YearMonth.of(2024, 2)), NATION)))
                .containsEntry("CLUBS_MET_MONTHLY", 1L).containsEntry("MEETINGS_HELD", 2L);
        assertThat(values(indicators.ofClub(club.id(), Period.range(YearMonth.of(2023, 11), YearMonth.of(2024, 3)), NATION)))
                .as("the months before it was founded are not asked of it").containsEntry("CLUBS_MET_MONTHLY", 1L);
        assertThat(values(indicators.ofClub(club.id(), Period.range(YearMonth.of(2024, 2), YearMonth.of(2024, 5)), NATION)))
                .containsEntry("CLUBS_MET_MONTHLY", 0L).containsEntry("MEETINGS_HELD", 3L);
        // The same in its commune's table of clubs, and the range agrees with the quarter kept.
        String commune = jdbc.sql("select now_path from rpt_club_place where club_id = :c").param("c", club.id())
                .query(String.class).single();
        assertThat(indicators.below(commune, Period.range(YearMonth.of(2024, 1), YearMonth.of(2024, 2)),
                Boundaries.RESTATED, NATION)).filteredOn(a -> a.name().equals(club.name())).singleElement()
                .satisfies(a -> assertThat(values(a)).containsEntry("CLUBS_MET_MONTHLY", 1L));
        assertThat(values(indicators.ofClub(club.id(), Period.quarter(2024, 1), NATION))).containsEntry("CLUBS_MET_MONTHLY", 1L);
        long nationRange = values(indicators.of("", Period.range(YearMonth.of(2024, 1), YearMonth.of(2024, 2)),
                Boundaries.RESTATED, NATION)).get("CLUBS_MET_MONTHLY");
        long provincesRange = indicators.below("", Period.range(YearMonth.of(2024, 1), YearMonth.of(2024, 2)),
                Boundaries.RESTATED, NATION).stream().mapToLong(a -> values(a).getOrDefault("CLUBS_MET_MONTHLY", 0L)).sum();
        assertThat(nationRange).isPositive().isEqualTo(provincesRange);
    }

    @Test
    void aClubThatMetInEachMonthOfTheRunningQuarterSoFarMeetsEveryMonthBeforeThisMonthsMeetingDay() {
        LocalDate today = BusinessCalendar.today(clock);
        Period quarter = Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
        // Its meeting day is today's day of the month: this month's meeting is not yet due (it may be held today).
        MeetingFixtures.ClubWithMembers club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                quarter.start().minusMonths(3), 2, MeetingDay.ofMonthDay(today.getDayOfMonth()));
        for (YearMonth m = quarter.first().minusMonths(3); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
            meetings.record(club.club().id(), MeetingFixtures.everyonePresent(null, m.atDay(1), club.people()), "t", NATION);
        }
        worker.drain();

        assertThat(values(indicators.ofClub(club.club().id(), quarter, NATION))).containsEntry("CLUBS_MET_MONTHLY", 1L);
        assertThat(values(indicators.ofClub(club.club().id(), Period.month(YearMonth.from(today)), NATION)))
                .containsEntry("CLUBS_MET_MONTHLY", 1L);
        assertThat(values(indicators.ofClub(club.club().id(), Period.year(today.getYear()), NATION)))
                .as("the months of the year before the club was founded are not asked of it")
                .containsEntry("CLUBS_MET_MONTHLY", 1L);
    }

    @Test
    void aPersonMeasuredInTwoClubsOverARangeCountsOnceInTheirCommune() {
        Made m = make();
        // Hoa is measured at the meeting of each of her clubs; Lan and Bình are there unmeasured.
        for (Club club : List.of(m.older(), m.newer())) {
            MemberRow other = club == m.older() ? m.lan() : m.binh();
            meetings.record(club.id(), new MeetingEntry(null, null, LocalDate.of(2025, 10, 12), "Nhà văn hoá", null,
                    null, 0, null, List.of(new MeetingEntry.Row(m.hoa().person().id(), AttendanceStatus.PRESENT,
                    new ReadingValues(128, 82, 70, null, null)),
                    new MeetingEntry.Row(other.person().id(), AttendanceStatus.PRESENT, null))), "t", NATION);
        }
        worker.drain();

        Period range = Period.range(YearMonth.of(2025, 10), YearMonth.of(2025, 11));
        assertThat(values(indicators.ofClub(m.older().id(), range, NATION))).containsEntry("MEMBERS_BP_MEASURED", 1L);
        assertThat(values(indicators.ofClub(m.newer().id(), range, NATION))).containsEntry("MEMBERS_BP_MEASURED", 1L);
        String commune = jdbc.sql("select now_path from rpt_club_place where club_id = :c").param("c", m.newer().id())
                .query(String.class).single();
        long clubsSum = indicators.below(commune, range, Boundaries.RESTATED, NATION).stream()
                .mapToLong(a -> values(a).getOrDefault("MEMBERS_BP_MEASURED", 0L)).sum();
        long communeFigure = values(indicators.of(commune, range, Boundaries.RESTATED, NATION)).get("MEMBERS_BP_MEASURED");
        assertThat(communeFigure).as("Hoa once").isEqualTo(clubsSum - 1).isPositive();
        AreaFigures inProvinceTable = indicators.below(commune.substring(0, 2), range, Boundaries.RESTATED, NATION).stream()
                .filter(a -> commune.endsWith("." + a.orgUnit())).findFirst().orElseThrow();
        assertThat(values(inProvinceTable).get("MEMBERS_BP_MEASURED")).isEqualTo(communeFigure);
    }

    @Autowired
    ClubRecordsReader reader;
    @Autowired
    FigureCache cache;

    @Test
    void theTotalOfOneIndicatorIsTheTotalOfAllTheFigures() {
        Made m = make("06469", "06481");
        worker.drain();
        String commune = jdbc.sql("select now_path from rpt_club_place where club_id = :c").param("c", m.newer().id())
                .query(String.class).single();
        String oldCommune = jdbc.sql("select old_path from rpt_club_place where club_id = :c").param("c", m.older().id())
                .query(String.class).single();
        List<Period> periods = List.of(Period.year(2024), Period.year(2025), Period.quarter(2025, 4),
                Period.month(YearMonth.of(2024, 3)), Period.range(YearMonth.of(2024, 2), YearMonth.of(2025, 10)));
        int compared = 0;
        for (Boundaries b : Boundaries.values()) {
            for (Period p : periods) {
                List<String> areas = b == Boundaries.AS_WAS && p.end().isBefore(AdminUnits.REFORM_DATE)
                        ? List.of("", oldCommune.substring(0, 2), oldCommune) : List.of("", commune.substring(0, 2), commune);
                for (String area : areas) {
                    Map<String, Long> all = values(indicators.of(area, p, b, NATION));
                    for (Indicator i : Indicator.values()) {
                        assertThat(indicators.total(area, p, b, NATION, i.name())).as("%s %s %s %s", i, area, p, b)
                                .isEqualTo(all.getOrDefault(i.name(), 0L));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(2 * 5 * 3 * Indicator.values().length);
        assertThat(indicators.total("", Period.year(2025), Boundaries.RESTATED, NATION, "NOT_A_CODE")).isNull();
    }

    @Test
    void theFiguresReadAreHeldUntilTheWorkerChangesAnyOfTheirArea() {
        Period y2024 = Period.year(2024);
        worker.drain();
        AreaFigures first = indicators.of("", y2024, Boundaries.AS_WAS, NATION);
        assertThat(indicators.of("", y2024, Boundaries.AS_WAS, NATION).figures()).as("held").isSameAs(first.figures());
        AreaFigures langSon = indicators.of("20", y2024, Boundaries.AS_WAS, NATION);
        List<AreaFigures> communes = indicators.below("20", y2024, Boundaries.AS_WAS, NATION);
        AreaFigures haNoi = indicators.of("01", y2024, Boundaries.AS_WAS, NATION);
        List<AreaFigures> haNoiCommunes = indicators.below("01", y2024, Boundaries.RESTATED, NATION);
        long nation = cache.generation("");
        long province = cache.generation("20.06313");
        long other = cache.generation("01");
        // Two clubs of Lạng Sơn (20): the nation's and Lạng Sơn's figures are read again, Hà Nội's stay held.
        make();
        worker.drain();

        assertThat(cache.generation("")).isGreaterThan(nation);
        assertThat(cache.generation("20")).isGreaterThan(province);
        assertThat(cache.generation("01.00004")).isEqualTo(other);
        AreaFigures after = indicators.of("", y2024, Boundaries.AS_WAS, NATION);
        assertThat(after.figures()).isNotSameAs(first.figures());
        assertThat(values(after).get("MEMBERS") - values(first).getOrDefault("MEMBERS", 0L)).isEqualTo(2L);
        AreaFigures langSonAfter = indicators.of("20", y2024, Boundaries.AS_WAS, NATION);
        assertThat(values(langSonAfter).get("MEMBERS") - values(langSon).getOrDefault("MEMBERS", 0L)).isEqualTo(2L);
        assertThat(indicators.below("20", y2024, Boundaries.AS_WAS, NATION)).isNotSameAs(communes);
        assertThat(indicators.of("01", y2024, Boundaries.AS_WAS, NATION).figures()).as("held").isSameAs(haNoi.figures());
        assertThat(indicators.below("01", y2024, Boundaries.RESTATED, NATION)).as("held").isSameAs(haNoiCommunes);
        // A rebuild reads every area again.
        worker.rebuild();
        assertThat(indicators.of("01", y2024, Boundaries.AS_WAS, NATION).figures()).isNotSameAs(haNoi.figures())
                .isEqualTo(haNoi.figures());
    }

    @Test
    void aRangeOfMonthsCountsThePeopleOfAnyAreaAsTheQuartersAndYearsKeptDo() {
        Made m = make("06355", "06364");
        // Born on 20 December 1955: 69 at the end of September 2025, 70 at the end of December.
        MemberRow tam = enrol(m.older(), "Lò Thị Tâm", "F", "20/12/1955", "Thái", "OTHER", m.older().foundedOn());
        // Hoa is measured and weighed in both her clubs in the fourth quarter of 2025, Tâm in the third and the fourth.
        ReadingValues weighed = new ReadingValues(128, 82, 70, new BigDecimal("51.0"), null);
        meetings.record(m.older().id(), new MeetingEntry(null, null, LocalDate.of(2025, 9, 10), "Nhà văn hoá", null, null, 0,
                null, List.of(new MeetingEntry.Row(tam.person().id(), AttendanceStatus.PRESENT, new ReadingValues(132, 84, 74, null, null)),
                new MeetingEntry.Row(m.hoa().person().id(), AttendanceStatus.ABSENT, null),
                new MeetingEntry.Row(m.lan().person().id(), AttendanceStatus.ABSENT, null))), "t", NATION);
        meetings.record(m.older().id(), new MeetingEntry(null, null, LocalDate.of(2025, 11, 5), "Nhà văn hoá", null, null, 0,
                null, List.of(new MeetingEntry.Row(tam.person().id(), AttendanceStatus.PRESENT, new ReadingValues(135, 85, 75, null, null)),
                new MeetingEntry.Row(m.hoa().person().id(), AttendanceStatus.PRESENT, weighed),
                new MeetingEntry.Row(m.lan().person().id(), AttendanceStatus.PRESENT, null))), "t", NATION);
        meetings.record(m.newer().id(), new MeetingEntry(null, null, LocalDate.of(2025, 11, 6), "Nhà văn hoá", null, null, 0,
                null, List.of(new MeetingEntry.Row(m.hoa().person().id(), AttendanceStatus.PRESENT, weighed),
                new MeetingEntry.Row(m.binh().person().id(), AttendanceStatus.PRESENT, null))), "t", NATION);
        // Lan is visited as her plan asks (once a month) in the fourth quarter; Bình, asked twice a month, is not.
        var volunteer = vn.ishc.homecare.HomeCareFixtures.aVolunteer(team, m.older(), "Lương Văn Tình", null);
        var lan = vn.ishc.homecare.HomeCareFixtures.aRecipient(team, plans, m.older(), m.lan().person().id(),
                "Vi Thị Lan", LocalDate.of(2025, 10, 1), 1, vn.ishc.homecare.PlanPeriod.MONTH, volunteer);
        var helper = vn.ishc.homecare.HomeCareFixtures.aVolunteer(team, m.newer(), "Nông Thị Hiền", null);
        var binh = vn.ishc.homecare.HomeCareFixtures.aRecipient(team, plans, m.newer(), m.binh().person().id(),
                "Nông Văn Bình", LocalDate.of(2025, 10, 1), 2, vn.ishc.homecare.PlanPeriod.MONTH, helper);
        for (int month = 10; month <= 12; month++) {
            visits.record(vn.ishc.homecare.HomeCareFixtures.aVisit(lan, LocalDate.of(2025, month, 15), volunteer), "t",
                    false, NATION);
            visits.record(vn.ishc.homecare.HomeCareFixtures.aVisit(binh, LocalDate.of(2025, month, 16), helper), "t",
                    false, NATION);
        }
        worker.drain();

        // The same months as a free range (not read from the quarter kept) give the quarter's counts.
        Period q4 = Period.quarter(2025, 4);
        Period asRange = new Period(Period.Kind.RANGE, q4.first(), q4.last());
        assertThat(people(indicators.ofClub(m.older().id(), asRange, NATION)))
                .containsEntry("MEMBERS_BP_MEASURED", 2L).containsEntry("MEMBERS_BP_MEASURED[AGE=A70_79]", 1L)
                .containsEntry("MEMBERS_WEIGHED", 1L).containsEntry("HOMECARE_RECIPIENTS_ON_PLAN", 1L)
                .isEqualTo(people(indicators.ofClub(m.older().id(), q4, NATION)));
        assertThat(people(indicators.ofClub(m.newer().id(), asRange, NATION)))
                .containsEntry("HOMECARE_RECIPIENTS_ON_PLAN", 0L).containsEntry("MEMBERS_BP_MEASURED", 1L);
        String commune = jdbc.sql("select now_path from rpt_club_place where club_id = :c").param("c", m.newer().id())
                .query(String.class).single();
        String oldCommune = jdbc.sql("select old_path from rpt_club_place where club_id = :c").param("c", m.older().id())
                .query(String.class).single();
        int compared = 0;
        for (Period kept : List.of(Period.quarter(2024, 1), Period.quarter(2025, 3), q4, Period.year(2025),
                Period.quarter(2026, 4))) {
            Period range = new Period(Period.Kind.RANGE, kept.first(), kept.last());
            for (Boundaries b : Boundaries.values()) {
                List<String> areas = b == Boundaries.AS_WAS && kept.end().isBefore(AdminUnits.REFORM_DATE)
                        ? List.of("", oldCommune.substring(0, 2), oldCommune) : List.of("", commune.substring(0, 2), commune);
                for (String area : areas) {
                    assertThat(people(indicators.of(area, range, b, NATION))).as("%s %s %s", area, kept, b)
                            .isEqualTo(people(indicators.of(area, kept, b, NATION)));
                    Map<String, Map<String, Long>> rangeBelow = new HashMap<>();
                    indicators.below(area, range, b, NATION).forEach(a -> rangeBelow.put(a.orgUnit(), people(a)));
                    Map<String, Map<String, Long>> keptBelow = new HashMap<>();
                    indicators.below(area, kept, b, NATION).forEach(a -> keptBelow.put(a.orgUnit(), people(a)));
                    assertThat(rangeBelow).as("below %s %s %s", area, kept, b).isEqualTo(keptBelow).isNotEmpty();
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(5 * 2 * 3);
        assertThat(people(indicators.of(commune, asRange, Boundaries.RESTATED, NATION))).as("Hoa once, and Tâm")
                .containsEntry("MEMBERS_BP_MEASURED", 2L).containsEntry("MEMBERS_BP_MEASURED[SEX=F]", 2L)
                .containsEntry("MEMBERS_WEIGHED", 1L).containsEntry("HOMECARE_RECIPIENTS_ON_PLAN", 1L);
    }

    /** The people counted over a period as a whole, with their disaggregations, zeros written. */
    private static Map<String, Long> people(AreaFigures f) {
        Map<String, Long> out = new java.util.TreeMap<>();
        values(f).forEach((k, v) -> {
            if (RangePeople.CODES.contains(k.replaceAll("\\[.*", "")) && v != 0) {
                out.put(k, v);
            }
        });
        RangePeople.CODES.forEach(code -> out.putIfAbsent(code, 0L));
        return out;
    }

    @Autowired
    IndicatorTables tables;
    @Autowired
    IndicatorExports exports;

    @Test
    void twoClubsOfACommuneTodayWithOneCodeAreToldApartByTheirNationalIdentifiersInTheTablesAndExports() {
        // Xã Tân Thành (06379) went into Xã Nhất Hòa (06376). Two clubs given one code before codes were
        // checked on today's map (written here as such data would be).
        Made m = make("06379", "06376");
        jdbc.sql("update club set code = 'LTH1' where id in (:a, :b)").param("a", m.older().id()).param("b", m.newer().id())
                .update();
        jdbc.sql("insert into rpt_dirty (club_id) values (:a), (:b)").param("a", m.older().id()).param("b", m.newer().id())
                .update();
        worker.drain();
        String olderId = m.older().nationalId();
        String newerId = m.newer().nationalId();
        assertThat(olderId).startsWith("06379-");
        assertThat(newerId).startsWith("06376-");

        String commune = jdbc.sql("select now_path from rpt_club_place where club_id = :c").param("c", m.newer().id())
                .query(String.class).single();
        IndicatorTables.Table table = tables.table(commune, Period.year(2025), Boundaries.RESTATED, NATION,
                java.util.Locale.forLanguageTag("vi"));
        assertThat(table.below()).extracting(r -> r.figures().orgUnit()).containsExactlyInAnyOrder(olderId, newerId);
        assertThat(table.below()).extracting(IndicatorTables.Row::clubId)
                .containsExactlyInAnyOrder(m.older().id(), m.newer().id());
        assertThat(indicators.ofClub(m.older().id(), Period.year(2025), NATION).orgUnit()).isEqualTo(olderId);
        byte[] adx = exports.adx(table, Set.of("MEMBERS"));
        assertThat(vn.ishc.reporting.export.AdxValidator.problems(adx)).isEmpty();
        // On the map as it was, the older club is in its founding commune alone, under the same identifier.
        String old = jdbc.sql("select old_path from rpt_club_place where club_id = :c").param("c", m.older().id())
                .query(String.class).single();
        assertThat(indicators.below(old, Period.year(2024), Boundaries.AS_WAS, NATION)).extracting(AreaFigures::orgUnit)
                .containsExactly(olderId);
    }

    @Test
    void theNationalTargetsOnProvincesAndOlderMembersShowTheirProgress() {
        make();
        worker.drain();

        List<TargetProgress.Progress> national = progress.of("", Period.year(2025), NATION);
        // 1336: at least 95 % of the provinces have clubs, read on today's 34.
        TargetProgress.Progress provinces = national.stream()
                .filter(p -> p.target().code().equals("PROVINCES_WITH_CLUB")).findFirst().orElseThrow();
        assertThat(provinces.of()).isEqualTo(34L);
        assertThat(provinces.achieved()).isBetween(1L, 34L);
        assertThat(provinces.share()).isEqualByComparingTo(java.math.BigDecimal.valueOf(provinces.achieved() * 100)
                .divide(java.math.BigDecimal.valueOf(34), 1, java.math.RoundingMode.HALF_UP));
        // 1336: over 100,000 older people among the new members, counted from 2021 to 2025.
        TargetProgress.Progress newOlder = national.stream()
                .filter(p -> p.target().code().equals("MEMBERS_NEW_OLDER")).findFirst().orElseThrow();
        assertThat(newOlder.achieved()).isGreaterThanOrEqualTo(2L);
        // 1579: the check-up share is of the members aged 60 or over.
        TargetProgress.Progress checkUp = national.stream()
                .filter(p -> p.target().code().equals("MEMBERS_CHECKUP_12M")).findFirst().orElseThrow();
        Map<String, Long> now = values(indicators.of("", checkUp.over(), Boundaries.RESTATED, NATION));
        assertThat(checkUp.of()).isEqualTo(now.get("MEMBERS_OLDER")).isPositive()
                .isEqualTo(now.getOrDefault("MEMBERS[AGE=A60_69]", 0L) + now.getOrDefault("MEMBERS[AGE=A70_79]", 0L)
                        + now.getOrDefault("MEMBERS[AGE=A80P]", 0L));
    }

    @Test
    void theCommuneCountsAPersonInBothItsClubsOnceAndBothMapsGiveTheSameNationalTotals() {
        Map<String, Long> before = values(indicators.of("", Period.year(2025), Boundaries.RESTATED, NATION));
        Made m = make("06274", "06253");
        worker.drain();

        String commune = "20.06253";
        Map<String, Long> restated = values(indicators.of(commune, Period.year(2025), Boundaries.RESTATED, NATION));
        assertThat(restated).containsEntry("CLUBS_ACTIVE", 2L).containsEntry("MEMBERS", 3L)
                .containsEntry("MEMBERS[SEX=F]", 2L).containsEntry("COMMUNES_WITH_CLUB", 1L)
                .containsEntry("COMMUNES_TOTAL", 1L);
        assertThat(values(indicators.ofClub(m.older().id(), Period.year(2025), NATION)).get("MEMBERS")
                + values(indicators.ofClub(m.newer().id(), Period.year(2025), NATION)).get("MEMBERS"))
                .as("the clubs count Hoa each").isEqualTo(4L);
        assertThat(indicators.below(commune, Period.year(2025), Boundaries.RESTATED, NATION))
                .extracting(AreaFigures::name).contains(m.older().name(), m.newer().name());

        // 2024 on the map as it was: the old club is under its old commune and district; the new one did not exist.
        String oldCommune = jdbc.sql("select old_path from rpt_club_place where club_id = :c").param("c", m.older().id())
                .query(String.class).single();
        assertThat(oldCommune).endsWith(".06274").hasSize(12);
        assertThat(values(indicators.of(oldCommune, Period.year(2024), Boundaries.AS_WAS, NATION)))
                .containsEntry("CLUBS_ACTIVE", 1L).containsEntry("MEMBERS", 2L);
        // The old district is the sum of its old communes.
        String district = oldCommune.substring(0, 6);
        List<AreaFigures> communes = indicators.below(district, Period.year(2024), Boundaries.AS_WAS, NATION);
        assertThat(communes).anySatisfy(c -> assertThat(values(c)).containsEntry("MEMBERS_NEW", 3L));
        assertThat(values(indicators.of(district, Period.year(2024), Boundaries.AS_WAS, NATION)).get("MEMBERS_NEW"))
                .isEqualTo(communes.stream().mapToLong(c -> values(c).getOrDefault("MEMBERS_NEW", 0L)).sum());

        // The nation's table of provinces, from the provinces' kept sums, says what each province's own figures say.
        for (Boundaries b : Boundaries.values()) {
            for (Period p : List.of(Period.year(2024), Period.year(2025))) {
                AreaFigures langSon = indicators.below("", p, b, NATION).stream().filter(a -> a.orgUnit().equals("20"))
                        .findFirst().orElseThrow();
                assertThat(values(langSon)).as("%s %s", b, p).isEqualTo(values(indicators.of("20", p, b, NATION)));
            }
        }
        Map<String, Long> after = values(indicators.of("", Period.year(2025), Boundaries.RESTATED, NATION));
        assertThat(after.get("MEMBERS") - before.getOrDefault("MEMBERS", 0L)).as("a person in two clubs counts once")
                .isEqualTo(3L);
        // Hoa, who is 60 or over, counts once among the nation's older members too.
        assertThat(after.get("MEMBERS_OLDER") - before.getOrDefault("MEMBERS_OLDER", 0L)).isEqualTo(2L);
        // Every figure of the clubs is the same for the nation on either map; only the communes differ, counted on
        // the map used (10,047 before the reform, 3,321 today, and clubs of two old communes may share a new one).
        for (Period p : List.of(Period.year(2024), Period.quarter(2025, 1), Period.quarter(2025, 3),
                Period.month(YearMonth.of(2024, 3)))) {
            Map<String, Long> asWas = values(indicators.of("", p, Boundaries.AS_WAS, NATION));
            Map<String, Long> today = values(indicators.of("", p, Boundaries.RESTATED, NATION));
            assertThat(asWas.remove("COMMUNES_TOTAL")).isEqualTo(p.end().isBefore(AdminUnits.REFORM_DATE) ? 10_047L : 3_321L);
            assertThat(today.remove("COMMUNES_TOTAL")).isEqualTo(3_321L);
            assertThat(asWas.remove("COMMUNES_WITH_CLUB")).isGreaterThanOrEqualTo(today.remove("COMMUNES_WITH_CLUB"));
            // The provinces too: 63 before the reform, 34 today; an old province's clubs are all in one new one.
            assertThat(asWas.remove("PROVINCES_TOTAL")).isEqualTo(p.end().isBefore(AdminUnits.REFORM_DATE) ? 63L : 34L);
            assertThat(today.remove("PROVINCES_TOTAL")).isEqualTo(34L);
            long provincesToday = today.remove("PROVINCES_WITH_CLUB");
            assertThat(provincesToday).isBetween(1L, 34L);
            assertThat(asWas.remove("PROVINCES_WITH_CLUB")).isGreaterThanOrEqualTo(provincesToday);
            assertThat(asWas).as("national totals of %s", p).isEqualTo(today);
        }
    }

    @Test
    void aPeriodAcrossTheReformOnTheMapAsItWasHasEachProvinceForTheMonthsItExisted() {
        // A club of old Hòa Bình (Phường Phương Lâm, now in Phường Hòa Bình of Phú Thọ) that met in March 2025.
        Club club = ClubFixtures.aClub(clubs, villages, units, "04807", LocalDate.of(2024, 4, 1));
        MemberRow mai = enrol(club, "Bùi Thị Mai", "F", "1955", "Mường", "POOR", club.foundedOn());
        meetings.record(club.id(), new MeetingEntry(null, null, LocalDate.of(2025, 3, 15), "Nhà văn hoá", "Tăng huyết áp",
                null, 0, null, List.of(new MeetingEntry.Row(mai.person().id(), AttendanceStatus.PRESENT, null))), "t", NATION);
        worker.drain();

        Period firstHalf = Period.range(YearMonth.of(2025, 1), YearMonth.of(2025, 6));
        long hoaBinhsMeetings = values(indicators.of("17", firstHalf, Boundaries.AS_WAS, NATION)).get("MEETINGS_HELD");
        assertThat(hoaBinhsMeetings).isPositive();
        for (Period p : List.of(Period.year(2025), Period.range(YearMonth.of(2025, 5), YearMonth.of(2025, 8)))) {
            List<AreaFigures> provinces = indicators.below("", p, Boundaries.AS_WAS, NATION);
            // Old Hòa Bình, which ceased on 30 June 2025, is a row for its months; Phú Thọ, which holds it since, too.
            AreaFigures hoaBinh = provinces.stream().filter(a -> a.orgUnit().equals("17")).findFirst().orElseThrow();
            assertThat(hoaBinh.name()).isEqualTo("Tỉnh Hoà Bình");
            assertThat(provinces).extracting(AreaFigures::name).contains("Tỉnh Phú Thọ");
            assertThat(values(hoaBinh)).as("%s", p).isEqualTo(values(indicators.of("17", p, Boundaries.AS_WAS, NATION)));
            assertThat(indicators.total("17", p, Boundaries.AS_WAS, NATION, "MEETINGS_HELD"))
                    .isEqualTo(values(hoaBinh).getOrDefault("MEETINGS_HELD", 0L));
        }
        assertThat(values(indicators.of("17", Period.year(2025), Boundaries.AS_WAS, NATION)).get("MEETINGS_HELD"))
                .isEqualTo(hoaBinhsMeetings);
        // The period as asked stays on every row, the figures of Hòa Bình being those of its months.
        assertThat(indicators.of("17", Period.year(2025), Boundaries.AS_WAS, NATION).period()).isEqualTo(Period.year(2025));
    }

    @Test
    void theFiguresKeptAsRecordsChangeAreThoseARebuildGives() {
        Made m = make();
        worker.drain();
        // Changes after the first figures: a back-dated leaving, a correction of a meeting, money and a new member.
        members.leave(m.lan().membershipId(), LocalDate.of(2025, 2, 1), LeavingReason.DIED, "t", NATION);
        funds.contribute(funds.fund(m.newer().id(), Fund.Kind.OPERATING, NATION).id(), LocalDate.of(2025, 9, 3), 250_000,
                Entry.Source.COMMUNITY, null, null, "t", NATION);
        enrol(m.newer(), "Lộc Thị Xuân", "F", "1948", "Tày", "POOR", LocalDate.of(2025, 10, 1));
        worker.drain();
        Map<String, Long> kept = snapshot();
        // Both sides must hold this test's figures, or the comparison could pass on two empty tables: the newer
        // club's members at the end of October 2025 are Bình, Hoa and Xuân, and some area has a figure above 0.
        String newerMembers = "club " + m.newer().id() + "M2025-10-01MEMBERS";
        assertThat(kept.get(newerMembers)).as("the figures kept: %s", newerMembers).isEqualTo(3L);
        assertThat(kept.entrySet()).as("the areas' figures kept")
                .anyMatch(e -> e.getKey().startsWith("area ") && e.getValue() > 0);

        worker.rebuild();

        Map<String, Long> rebuilt = snapshot();
        assertThat(rebuilt.get(newerMembers)).as("the figures rebuilt: %s", newerMembers).isEqualTo(3L);
        assertThat(rebuilt).isEqualTo(kept);
    }

    @Test
    void aDissolvedClubsLoansStillOwedStayInItsCommuneAndProvinceUntilRepaid() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06280", LocalDate.of(2025, 8, 1));
        MemberRow hoa = enrol(club, "Hà Thị Hoa", "F", "1958", "Tày", "POOR", club.foundedOn());
        funds.contribute(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION).id(), club.foundedOn(), 20_000_000,
                Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new vn.ishc.funds.Loans.Rules(null, null, club.foundedOn(), 15_000_000, 12,
                new BigDecimal("0.008"), vn.ishc.funds.LoanSchedule.Method.DECLINING,
                vn.ishc.funds.LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO, null), "t", NATION);
        var loan = loans.apply(club.id(), hoa.person().id(), 13_956_671, vn.ishc.funds.Loans.Purpose.CROPS, null, 6,
                LocalDate.of(2025, 8, 5), "t", NATION);
        loans.decide(loan.id(), true, LocalDate.of(2025, 8, 5), null, "t", NATION);
        loans.disburse(loan.id(), LocalDate.of(2025, 8, 5), null, "t", NATION);
        worker.drain();
        Period december = Period.month(YearMonth.of(2025, 12));
        Map<String, Long> provinceBefore = values(indicators.of("20", december, Boundaries.RESTATED, NATION));

        clubs.changeStatus(club.id(), vn.ishc.clubs.ClubStatus.DISSOLVED, LocalDate.of(2025, 10, 15), "Giải thể", "t", NATION);
        worker.drain();

        // Nothing repaid: at the end of December the whole loan is owed, its first instalment more than 90 days late.
        Map<String, Long> commune = values(indicators.of("20.06280", december, Boundaries.RESTATED, NATION));
        assertThat(commune).containsEntry("LOANS_OUTSTANDING", 13_956_671L).containsEntry("PAR30", 13_956_671L)
                .containsEntry("PAR90", 13_956_671L).doesNotContainKey("CLUBS_ACTIVE").doesNotContainKey("MEMBERS");
        Map<String, Long> province = values(indicators.of("20", december, Boundaries.RESTATED, NATION));
        for (String code : List.of("LOANS_OUTSTANDING", "PAR1", "PAR30", "PAR90", "PAR180")) {
            assertThat(province.get(code)).as(code).isEqualTo(provinceBefore.get(code));
        }
        // No active club left is no figure at all: read as zero (other tests may or may not have added clubs here).
        assertThat(province.getOrDefault("CLUBS_ACTIVE", 0L)).isEqualTo(provinceBefore.get("CLUBS_ACTIVE") - 1);
        Map<String, Long> kept = snapshot();
        worker.rebuild();
        assertThat(snapshot()).isEqualTo(kept);
    }

    @Autowired
    vn.ishc.activities.Activities activities;

    private void helped(Club club, LocalDate on, UUID member, String name) {
        activities.record(club.id(), new vn.ishc.activities.NewActivity(null, vn.ishc.activities.ActivityKind.SELF_HELP, on,
                null, null, member, name, vn.ishc.activities.NewActivity.HelpForm.IN_KIND, null, null, null, null, null,
                null, null, null, "10 kg gạo"), "t", NATION);
    }

    @Test
    void peopleHelpedAreCountedOnceOverAQuarterARangeAndTheClubsOfACommune() {
        Club first = ClubFixtures.aClub(clubs, villages, units, "06286", LocalDate.of(2025, 8, 1));
        Club second = ClubFixtures.aClub(clubs, villages, units, "06286", LocalDate.of(2025, 8, 1));
        MemberRow hoa = enrol(first, "Lò Thị Hoa", "F", "1950", "Tày", "POOR", first.foundedOn());
        members.addExisting(hoa.person().id(), second.id(), second.foundedOn(), "t", NATION);
        // Hoa is helped by the first club in October and November and by the second in November; Ông Sào, who
        // is no member, by the first club in October and December (his name written a little differently).
        helped(first, LocalDate.of(2025, 10, 3), hoa.person().id(), null);
        helped(first, LocalDate.of(2025, 10, 10), null, "Ông Lý Văn Sào");
        helped(first, LocalDate.of(2025, 11, 8), hoa.person().id(), null);
        helped(second, LocalDate.of(2025, 11, 20), hoa.person().id(), null);
        helped(first, LocalDate.of(2025, 12, 1), null, "ông lý  Văn Sào ");
        worker.drain();

        Period q4 = Period.quarter(2025, 4);
        Period octToNov = Period.range(YearMonth.of(2025, 10), YearMonth.of(2025, 11));
        assertThat(values(indicators.ofClub(first.id(), q4, NATION))).containsEntry("PEOPLE_HELPED", 2L)
                .containsEntry("SELF_HELP_RECORDS", 4L);
        assertThat(values(indicators.ofClub(first.id(), octToNov, NATION))).containsEntry("PEOPLE_HELPED", 2L)
                .containsEntry("SELF_HELP_RECORDS", 3L);
        assertThat(values(indicators.ofClub(second.id(), q4, NATION))).containsEntry("PEOPLE_HELPED", 1L);
        // The commune: Hoa and Ông Sào, in five records, whether read as the quarter or as a range of its months.
        for (Period p : List.of(q4, Period.range(YearMonth.of(2025, 10), YearMonth.of(2025, 12)))) {
            assertThat(values(indicators.of("20.06286", p, Boundaries.RESTATED, NATION))).as("%s", p)
                    .containsEntry("PEOPLE_HELPED", 2L).containsEntry("SELF_HELP_RECORDS", 5L);
            assertThat(indicators.total("20.06286", p, Boundaries.RESTATED, NATION, "PEOPLE_HELPED")).isEqualTo(2L);
        }
        assertThat(values(indicators.of("20.06286", octToNov, Boundaries.RESTATED, NATION)))
                .containsEntry("PEOPLE_HELPED", 2L).containsEntry("SELF_HELP_RECORDS", 4L);
        assertThat(indicators.below("20.06286", octToNov, Boundaries.RESTATED, NATION)).extracting(a -> values(a)
                .get("PEOPLE_HELPED")).containsExactlyInAnyOrder(2L, 1L);
        Map<String, Long> kept = snapshot();
        worker.rebuild();
        assertThat(snapshot()).isEqualTo(kept);
    }

    @Autowired
    vn.ishc.activities.Entitlements entitlements;

    private void claim(Club club, LocalDate appliedOn, LocalDate obtainedOn) {
        var c = entitlements.apply(club.id(), null, "Bà Hoàng Thị Mai", vn.ishc.activities.EntitlementCase.Benefit.SOCIAL_PENSION,
                appliedOn, null, "t", NATION);
        if (obtainedOn != null) {
            entitlements.decide(c.id(), vn.ishc.activities.EntitlementCase.Status.OBTAINED, obtainedOn, "t", NATION);
        }
    }

    @Test
    void entitlementCasesResolvedAreOfTheCasesAppliedForInTheMonthQuarterOrRange() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06298", LocalDate.of(2025, 8, 1));
        // October: two cases, one obtained in October, one in November. November: three cases, one obtained in
        // November, one in December, one still open.
        claim(club, LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 20));
        claim(club, LocalDate.of(2025, 10, 6), LocalDate.of(2025, 11, 4));
        claim(club, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 25));
        claim(club, LocalDate.of(2025, 11, 10), LocalDate.of(2025, 12, 2));
        claim(club, LocalDate.of(2025, 11, 12), null);
        worker.drain();

        String commune = "20.06298";
        Map<Period, long[]> expected = new java.util.LinkedHashMap<>();
        expected.put(Period.month(YearMonth.of(2025, 10)), new long[] {2, 1});
        // October's case obtained in November is not one of November's.
        expected.put(Period.month(YearMonth.of(2025, 11)), new long[] {3, 1});
        expected.put(Period.month(YearMonth.of(2025, 12)), new long[] {0, 0});
        expected.put(Period.range(YearMonth.of(2025, 10), YearMonth.of(2025, 11)), new long[] {5, 3});
        expected.put(Period.range(YearMonth.of(2025, 11), YearMonth.of(2025, 12)), new long[] {3, 2});
        expected.put(Period.quarter(2025, 4), new long[] {5, 4});
        expected.put(Period.year(2025), new long[] {5, 4});
        expected.forEach((p, cases) -> {
            Map<String, Long> v = values(indicators.of(commune, p, Boundaries.RESTATED, NATION));
            assertThat(v.getOrDefault("ENTITLEMENT_CASES", 0L)).as("cases %s", p).isEqualTo(cases[0]);
            assertThat(v.getOrDefault("ENTITLEMENT_CASES_RESOLVED", 0L)).as("resolved %s", p).isEqualTo(cases[1]);
            assertThat(indicators.total(commune, p, Boundaries.RESTATED, NATION, "ENTITLEMENT_CASES_RESOLVED"))
                    .as("total %s", p).isEqualTo(cases[1]);
            assertThat(values(indicators.ofClub(club.id(), p, NATION)).getOrDefault("ENTITLEMENT_CASES_RESOLVED", 0L))
                    .as("club %s", p).isEqualTo(cases[1]);
        });
        assertThat(indicators.below(commune, Period.range(YearMonth.of(2025, 10), YearMonth.of(2025, 11)),
                Boundaries.RESTATED, NATION)).extracting(a -> values(a).get("ENTITLEMENT_CASES_RESOLVED")).containsExactly(3L);
        Map<String, Long> kept = snapshot();
        worker.rebuild();
        assertThat(snapshot()).isEqualTo(kept);
    }

    @Test
    void aPartnerProjectsClubsAndAVillagesClubAreAreasToo() {
        Made m = make();
        var project = clubs.projects().stream().filter(p -> p.code().equals("VIE085")).findFirst().orElseThrow();
        Map<String, Long> before = values(indicators.ofProject(project.id(), project.code(), project.name(),
                Period.year(2025), NATION));
        clubs.setProjects(m.newer().id(), List.of(project.id()), "t", NATION);
        worker.drain();
        Map<String, Long> after = values(indicators.ofProject(project.id(), project.code(), project.name(),
                Period.year(2025), NATION));
        assertThat(after.getOrDefault("CLUBS_ACTIVE", 0L) - before.getOrDefault("CLUBS_ACTIVE", 0L)).isEqualTo(1);
        assertThat(after.getOrDefault("MEMBERS", 0L) - before.getOrDefault("MEMBERS", 0L)).isEqualTo(2);
        assertThat(values(indicators.ofVillage(m.older().villageId(), "T", "Thôn", Period.year(2024), NATION)))
                .containsEntry("CLUBS_ACTIVE", 1L).containsEntry("MEMBERS", 2L);
    }

    @Test
    void aUserSeesTheFiguresOfTheirAreaOnlyAndTheirCommunesClubs() {
        make("06199", "06211");
        worker.drain();
        AreaScope langSon = AreaScope.province("20");
        AreaScope commune = AreaScope.commune("20", "06211");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> indicators.of("25", Period.year(2025), Boundaries.RESTATED,
                langSon)).isInstanceOf(vn.ishc.shared.OutOfScopeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> indicators.of("", Period.year(2025), Boundaries.RESTATED,
                commune)).isInstanceOf(vn.ishc.shared.OutOfScopeException.class);
        assertThat(values(indicators.of("20.06211", Period.year(2025), Boundaries.RESTATED, commune)))
                .containsEntry("CLUBS_ACTIVE", 2L).containsEntry("MEMBERS", 3L);
        assertThat(indicators.below("20.06211", Period.year(2025), Boundaries.RESTATED, commune)).hasSize(2);
        assertThat(values(indicators.of("20", Period.year(2025), Boundaries.RESTATED, langSon)))
                .isEqualTo(values(indicators.of("20", Period.year(2025), Boundaries.RESTATED, NATION)));
    }

    @Autowired
    vn.ishc.programme.Trainings trainings;

    static final vn.ishc.identity.CurrentUser ADMIN = new vn.ishc.identity.CurrentUser(UUID.randomUUID(), "quantri",
            "Quản trị", vn.ishc.identity.Role.NATIONAL_ADMIN, NATION);

    @Test
    void aProvincesTrainingsCountForItOnTodaysMapAndForTheNation() {
        Map<String, Long> before = values(indicators.of("20", Period.year(2025), Boundaries.RESTATED, NATION));
        Map<String, Long> secondBefore = values(indicators.of("20", Period.quarter(2025, 2), Boundaries.RESTATED, NATION));
        var course = trainings.record(new vn.ishc.programme.NewCourse(null, "Tập huấn ban chủ nhiệm CLB",
                vn.ishc.programme.Course.Kind.CLUB_BOARD, "20", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12),
                "Thành phố Lạng Sơn", null, null), ADMIN);
        for (String name : List.of("Nông Thị Hằng", "Hoàng Văn Đức")) {
            trainings.addParticipant(course.id(), vn.ishc.programme.NewParticipant.outsider(name,
                    name.contains("Thị") ? vn.ishc.members.Person.Sex.F : vn.ishc.members.Person.Sex.M, "Hội NCT xã"),
                    ADMIN);
        }
        Map<String, Long> after = values(indicators.of("20", Period.year(2025), Boundaries.RESTATED, NATION));
        assertThat(after.getOrDefault("TRAININGS_HELD", 0L) - before.getOrDefault("TRAININGS_HELD", 0L)).isEqualTo(1);
        assertThat(after.getOrDefault("TRAINING_PARTICIPANTS", 0L) - before.getOrDefault("TRAINING_PARTICIPANTS", 0L))
                .isEqualTo(2);
        assertThat(values(indicators.of("20", Period.quarter(2025, 2), Boundaries.RESTATED, NATION))
                .getOrDefault("TRAININGS_HELD", 0L)).as("held in March, not in the second quarter")
                .isEqualTo(secondBefore.getOrDefault("TRAININGS_HELD", 0L));
        assertThat(values(indicators.of("", Period.year(2025), Boundaries.RESTATED, NATION)).get("TRAININGS_HELD"))
                .isPositive();
        // The nation counts them on the map as it was too: the first quarter of 2025 is before the reform.
        Map<String, Long> asWas = values(indicators.of("", Period.quarter(2025, 1), Boundaries.AS_WAS, NATION));
        Map<String, Long> today = values(indicators.of("", Period.quarter(2025, 1), Boundaries.RESTATED, NATION));
        for (String code : List.of("TRAININGS_HELD", "TRAINING_PARTICIPANTS", "AWARDS")) {
            assertThat(asWas.getOrDefault(code, 0L)).as(code).isEqualTo(today.getOrDefault(code, 0L));
        }
        assertThat(asWas.get("TRAININGS_HELD")).isPositive();
    }

    @Autowired
    vn.ishc.members.MemberLists memberLists;

    @Test
    void membersSavedFromASheetCountAsSoonAsTheWorkerHasRun() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06187", LocalDate.of(2025, 9, 1));
        worker.drain();
        List<vn.ishc.members.NewMember> sheet = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sheet.add(new vn.ishc.members.NewMember(null, new PersonDetails("Hứa Thị Số " + i, i % 3 == 0 ? "M" : "F",
                    String.valueOf(1950 + i), "Nùng", "POOR", null, null, null, false, false, null, null, null),
                    LocalDate.of(2025, 9, 1)));
        }
        memberLists.enrolAll(club.id(), sheet, "t", NATION, n -> { });
        worker.drain();
        assertThat(values(indicators.ofClub(club.id(), Period.month(YearMonth.of(2025, 9)), NATION)))
                .containsEntry("MEMBERS", 12L).containsEntry("MEMBERS[SEX=F]", 8L).containsEntry("MEMBERS_NEW", 12L);
    }

    @Autowired
    vn.ishc.funds.Loans loans;

    @Test
    void aLoanRepaidOnTimeThenLateCountsItsInstalmentsOutstandingAndPortfolioAtRisk() {
        Made m = make("06469", "06481");
        Fund income = funds.fund(m.older().id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), LocalDate.of(2024, 2, 1), 20_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(m.older().id(), new vn.ishc.funds.Loans.Rules(null, null, LocalDate.of(2024, 2, 5), 10_000_000, 12,
                new BigDecimal("0.008"), vn.ishc.funds.LoanSchedule.Method.FLAT,
                vn.ishc.funds.LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO, null), "t", NATION);
        var loan = loans.apply(m.older().id(), m.hoa().person().id(), 6_000_000, vn.ishc.funds.Loans.Purpose.LIVESTOCK,
                null, 6, LocalDate.of(2024, 2, 20), "t", NATION);
        loans.decide(loan.id(), true, LocalDate.of(2024, 2, 25), null, "t", NATION);
        loans.disburse(loan.id(), LocalDate.of(2024, 3, 1), null, "t", NATION);
        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 1_048_000, 0, null, "t", NATION);
        worker.drain();

        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2024, 3)), NATION)))
                .containsEntry("LOANS_DISBURSED", 1L).containsEntry("LOANS_DISBURSED[SEX=F]", 1L)
                .containsEntry("LOANS_DISBURSED_AMOUNT", 6_000_000L).containsEntry("LOANS_OUTSTANDING", 6_000_000L)
                .containsEntry("BORROWERS_ACTIVE", 1L).containsEntry("MEMBERS_EVER_BORROWED", 1L)
                .doesNotContainKey("PAR30");
        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2024, 4)), NATION)))
                .containsEntry("INSTALMENTS_DUE", 1L).containsEntry("REPAID_ON_TIME", 1L)
                .containsEntry("LOANS_OUTSTANDING", 5_000_000L);
        // May's instalment is unpaid: 30 days late at May's end, 61 at June's, when the whole loan is at risk.
        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2024, 5)), NATION)))
                .containsEntry("INSTALMENTS_DUE", 1L).doesNotContainKey("REPAID_ON_TIME").doesNotContainKey("PAR30");
        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2024, 6)), NATION)))
                .containsEntry("PAR30", 5_000_000L).containsEntry("FUND_INCOME_BALANCE", 20_048_000L);
    }

    @Autowired
    vn.ishc.homecare.HomeCareTeam team;
    @Autowired
    vn.ishc.homecare.CarePlans plans;
    @Autowired
    vn.ishc.homecare.HomeVisits visits;

    @Test
    void homeCareCountsVisitsAndTheRecipientsVisitedAsTheirPlanAsks() {
        Made m = make();
        var volunteer = vn.ishc.homecare.HomeCareFixtures.aVolunteer(team, m.older(), "Lương Văn Tình", null);
        // Twice a month from 1 March 2024: twice in March, once in April.
        var recipient = vn.ishc.homecare.HomeCareFixtures.aRecipient(team, plans, m.older(), m.lan().person().id(),
                "Vi Thị Lan", LocalDate.of(2024, 3, 1), 2, vn.ishc.homecare.PlanPeriod.MONTH, volunteer);
        for (LocalDate d : List.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 9))) {
            visits.record(vn.ishc.homecare.HomeCareFixtures.aVisit(recipient, d, volunteer), "t", false, NATION);
        }
        worker.drain();
        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2024, 3)), NATION)))
                .containsEntry("HOMECARE_VISITS", 2L).containsEntry("HOMECARE_RECIPIENTS_ON_PLAN", 1L)
                .containsEntry("HOMECARE_RECIPIENTS", 1L).containsEntry("HOMECARE_VOLUNTEERS", 1L);
        assertThat(values(indicators.ofClub(m.older().id(), Period.month(YearMonth.of(2024, 4)), NATION)))
                .containsEntry("HOMECARE_VISITS", 1L).doesNotContainKey("HOMECARE_RECIPIENTS_ON_PLAN");
        // The second quarter asks for six visits (April to June) and had one.
        assertThat(values(indicators.ofClub(m.older().id(), Period.quarter(2024, 2), NATION)))
                .containsEntry("HOMECARE_VISITS", 1L).doesNotContainKey("HOMECARE_RECIPIENTS_ON_PLAN");
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select club_id::text || period_kind || period_start || code || dims, value from rpt_club_fact")
                .query((rs, n) -> out.put("club " + rs.getString(1), rs.getLong(2))).list();
        jdbc.sql("select boundaries || area || period_kind || period_start || code || dims, value from rpt_area_fact")
                .query((rs, n) -> out.put("area " + rs.getString(1), rs.getLong(2))).list();
        return out;
    }
}
