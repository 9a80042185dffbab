package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.LeavingReason;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Random sequences of what clubs record (people joining and leaving, back-dated too, meetings with
 * attendance and readings, money given, loans paid out and repaid), with the figures computed now and
 * then along the way: at the end they are exactly what a rebuild from the records gives.
 */
@SpringBootTest
class IncrementalFiguresTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();

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
    Loans loans;
    @Autowired
    JdbcClient jdbc;

    record Enrolled(UUID membership, UUID person, LocalDate joined, LocalDate[] left) {
    }

    @Test
    void figuresKeptUpToDateAlongRandomSequencesEqualARebuild() {
        LocalDate today = BusinessCalendar.today(clock);
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            List<Club> made = List.of(
                    ClubFixtures.aClub(clubs, villages, units, "06463", LocalDate.of(2024, 2, 1)),
                    ClubFixtures.aClub(clubs, villages, units, "06466", LocalDate.of(2024, 9, 15)),
                    ClubFixtures.aClub(clubs, villages, units, "06463", LocalDate.of(2025, 8, 20)));
            Map<UUID, List<Enrolled>> people = new HashMap<>();
            Map<UUID, Set<LocalDate>> met = new HashMap<>();
            for (Club c : made) {
                people.put(c.id(), new ArrayList<>());
                met.put(c.id(), new HashSet<>());
                funds.contribute(funds.fund(c.id(), Fund.Kind.INCOME_GENERATION, NATION).id(), c.foundedOn(), 50_000_000,
                        Entry.Source.PROJECT, null, null, "t", NATION);
                loans.approveRules(c.id(), new Loans.Rules(null, null, c.foundedOn(), 10_000_000, 12,
                        new BigDecimal("0.008"), LoanSchedule.Method.DECLINING, LoanSchedule.Repayment.EQUAL_INSTALMENTS,
                        0, BigDecimal.ZERO, null), "t", NATION);
                for (int i = 0; i < 8; i++) {
                    enrol(c, c.foundedOn(), random, people);
                }
            }
            for (int op = 0; op < 60; op++) {
                Club c = made.get(random.nextInt(made.size()));
                LocalDate day = c.foundedOn().plusDays(random.nextInt((int) ChronoUnit.DAYS.between(c.foundedOn(), today)));
                switch (random.nextInt(7)) {
                    case 0 -> enrol(c, day, random, people);
                    case 5 -> alsoJoin(c, day, random, made, people);
                    case 1 -> leave(c, day, random, people);
                    case 2 -> meet(c, day, random, people, met);
                    case 3 -> funds.contribute(funds.fund(c.id(), Fund.Kind.OPERATING, NATION).id(), day,
                            10_000 * (1 + random.nextInt(100)), Entry.Source.values()[random.nextInt(7)], null, null, "t",
                            NATION);
                    case 4 -> lend(c, day, random, people);
                    default -> worker.drain();
                }
            }
            worker.drain();
            Map<String, Long> kept = snapshot();
            assertThat(kept.keySet()).as("people in two of the clubs").anyMatch(k -> k.startsWith("person "));
            assertThat(kept.keySet()).as("people measured").anyMatch(k -> k.startsWith("measured "));
            worker.rebuild();
            assertThat(snapshot()).as("seed %d", seed).isEqualTo(kept);
            assertThat(kept.keySet()).as("a year's flow kept in the areas' sums")
                    .anyMatch(k -> k.startsWith("area RY") && k.contains("MEMBERS_NEW"));
            migrationFillsTheQuartersAndYearsAsTheWorkerKeepsThem(kept);
        }
    }

    /**
     * The areas' sums of the flows of quarters and years, taken away and filled again by the statement of the
     * migration that first filled them, are those the worker kept.
     */
    private void migrationFillsTheQuartersAndYearsAsTheWorkerKeepsThem(Map<String, Long> kept) {
        List<String> flows = java.util.Arrays.stream(Indicator.values())
                .filter(i -> i.reading() == Indicator.Reading.FLOW).map(Indicator::name).toList();
        jdbc.sql("delete from rpt_area_fact where period_kind in ('Q', 'Y') and code in (:flows)").param("flows", flows).update();
        String migration;
        try {
            migration = java.nio.file.Files.readString(
                    java.nio.file.Path.of("src/main/resources/db/migration/reporting/V134.80__commune_sums.sql"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String fill = migration.substring(migration.lastIndexOf("insert into rpt_area_fact"));
        jdbc.sql(fill).update();
        assertThat(snapshot()).isEqualTo(kept);
    }

    private void enrol(Club c, LocalDate day, Random random, Map<UUID, List<Enrolled>> people) {
        String sex = random.nextBoolean() ? "F" : "M";
        String name = (sex.equals("F") ? "Hoàng Thị " : "Hoàng Văn ") + "Số " + random.nextInt(1_000_000);
        MemberRow m = members.enrol(null, new PersonDetails(name, sex, String.valueOf(1935 + random.nextInt(60)),
                random.nextBoolean() ? "Kinh" : "Tày", List.of("POOR", "NEAR_POOR", "OTHER").get(random.nextInt(3)), null,
                null, null, false, false, null, null, null), c.id(), day, "t", NATION);
        people.get(c.id()).add(new Enrolled(m.membershipId(), m.person().id(), day, new LocalDate[1]));
    }

    /** Someone of another of the clubs joins this one too (the nation and the province count them once). */
    private void alsoJoin(Club c, LocalDate day, Random random, List<Club> made, Map<UUID, List<Enrolled>> people) {
        Club other = made.get(random.nextInt(made.size()));
        List<Enrolled> there = people.get(other.id()).stream().filter(e -> e.left()[0] == null).toList();
        if (other.equals(c) || there.isEmpty() || day.isBefore(c.foundedOn())) {
            return;
        }
        Enrolled e = there.get(random.nextInt(there.size()));
        if (people.get(c.id()).stream().anyMatch(x -> x.person().equals(e.person()))) {
            return;
        }
        MemberRow m = members.addExisting(e.person(), c.id(), day, "t", NATION);
        people.get(c.id()).add(new Enrolled(m.membershipId(), e.person(), day, new LocalDate[1]));
    }

    private void leave(Club c, LocalDate day, Random random, Map<UUID, List<Enrolled>> people) {
        List<Enrolled> here = people.get(c.id()).stream().filter(e -> e.left()[0] == null && e.joined().isBefore(day))
                .toList();
        if (here.size() > 3) {
            Enrolled e = here.get(random.nextInt(here.size()));
            members.leave(e.membership(), day, LeavingReason.WITHDREW, "t", NATION);
            e.left()[0] = day;
        }
    }

    private void meet(Club c, LocalDate day, Random random, Map<UUID, List<Enrolled>> people,
                      Map<UUID, Set<LocalDate>> met) {
        if (!met.get(c.id()).add(day)) {
            return;
        }
        List<MeetingEntry.Row> rows = new ArrayList<>();
        for (Enrolled e : people.get(c.id())) {
            if (!e.joined().isAfter(day) && (e.left()[0] == null || e.left()[0].isAfter(day))) {
                boolean present = random.nextInt(4) > 0;
                rows.add(new MeetingEntry.Row(e.person(), present ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
                        present && random.nextBoolean() ? new ReadingValues(110 + random.nextInt(60), 70 + random.nextInt(30),
                                null, random.nextBoolean() ? new BigDecimal("52.0") : null, null) : null));
            }
        }
        meetings.record(c.id(), new MeetingEntry(null, null, day, "Nhà văn hoá", random.nextBoolean() ? "Pháp luật" : null,
                null, 0, null, rows), "t", NATION);
    }

    private void lend(Club c, LocalDate day, Random random, Map<UUID, List<Enrolled>> people) {
        List<Enrolled> here = people.get(c.id()).stream()
                .filter(e -> !e.joined().isAfter(day) && (e.left()[0] == null || e.left()[0].isAfter(day))).toList();
        if (here.isEmpty()) {
            return;
        }
        Enrolled who = here.get(random.nextInt(here.size()));
        Loans.Loan loan = loans.apply(c.id(), who.person(), 1_000_000 + 500_000L * random.nextInt(10), Loans.Purpose.CROPS,
                null, 6, day, "t", NATION);
        loans.decide(loan.id(), true, day, null, "t", NATION);
        loans.disburse(loan.id(), day, null, "t", NATION);
        LocalDate paid = day.plusDays(20 + random.nextInt(90));
        if (!paid.isAfter(BusinessCalendar.today(clock))) {
            loans.repay(loan.id(), paid, 200_000 + 10_000L * random.nextInt(50), 0, null, "t", NATION);
        }
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select club_id::text || period_kind || period_start || code || dims, value from rpt_club_fact")
                .query((rs, n) -> out.put("club " + rs.getString(1), rs.getLong(2))).list();
        jdbc.sql("select boundaries || area || period_kind || period_start || code || dims, value from rpt_area_fact")
                .query((rs, n) -> out.put("area " + rs.getString(1), rs.getLong(2))).list();
        jdbc.sql("select club_id::text || period_kind || period_start || code || dims || person_id, 1 from rpt_club_person")
                .query((rs, n) -> out.put("person " + rs.getString(1), 1L)).list();
        jdbc.sql("select club_id::text || person_id || joined_on || coalesce(left_on::text, '') || sex || birth_year || shared "
                        + "|| pressure_months::text || weight_months::text, 1 from rpt_range_member")
                .query((rs, n) -> out.put("measured " + rs.getString(1), 1L)).list();
        jdbc.sql("select club_id::text || recipient_id || since || planned::text || visits::text, 1 from rpt_range_care")
                .query((rs, n) -> out.put("cared " + rs.getString(1), 1L)).list();
        return out;
    }
}
