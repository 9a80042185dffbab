package vn.ishc.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.clubs.NewClub;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Village;
import vn.ishc.geography.Villages;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareReason;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.homecare.NewRecipient;
import vn.ishc.homecare.NewVisit;
import vn.ishc.homecare.NewVolunteer;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.MemberLists;
import vn.ishc.members.Members;
import vn.ishc.members.NewMember;
import vn.ishc.shared.AreaScope;

/**
 * The national dataset of the benchmark, made through the modules' own services from a seed: clubs in
 * every province, half founded before the 2025 reform on communes of the old map (placed on today's
 * communes by the crosswalk, or by an officer's choice where a commune was split), the others since on
 * today's communes; about sixty members each, the monthly meetings of the last months with attendance
 * and readings (a club's paper book keyed at once), their funds, loans with repayments, and home-care
 * visits. Each club is one transaction. The same seed on the same day gives the same data.
 */
final class NationalData {

    private static final Logger log = LoggerFactory.getLogger(NationalData.class);
    static final AreaScope NATION = AreaScope.nation();
    static final String ACTOR = "benchmark";
    private static final List<String> TOPICS = List.of("Phòng chống tăng huyết áp", "Dinh dưỡng người cao tuổi",
            "Phòng chống té ngã", "Chính sách bảo hiểm y tế", "Chăn nuôi gà thả vườn", "Phòng chống lừa đảo qua điện thoại");

    /** What to build: clubs, the seed, months of meetings, loans per club, months of home visits, a time limit. */
    record Settings(int clubs, long seed, int months, int loansPerClub, int visitMonths, int buildMinutes) {

        static Settings fromSystem() {
            return new Settings(Integer.getInteger("ishc.benchmark.clubs", 10_000),
                    Long.getLong("ishc.benchmark.seed", 20_250_701L), Integer.getInteger("ishc.benchmark.months", 24),
                    Integer.getInteger("ishc.benchmark.loans", 2), Integer.getInteger("ishc.benchmark.visit-months", 6),
                    Integer.getInteger("ishc.benchmark.build-minutes", 0));
        }
    }

    /** A club as built. */
    record Built(int index, UUID id, String nowPath, boolean oldMap) {
    }

    /** The time spent in one part of the build, and how many records its calls were for. */
    static final class Part {
        final String name;
        final String records;
        long nanos;
        long count;

        Part(String name, String records) {
            this.name = name;
            this.records = records;
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    private final Clubs clubs;
    private final Villages villages;
    private final AdminUnits units;
    private final Members members;
    private final MemberLists lists;
    private final Meetings meetings;
    private final Funds funds;
    private final Loans loans;
    private final HomeCareTeam team;
    private final CarePlans plans;
    private final HomeVisits visits;
    private final TransactionTemplate tx;
    private final LocalDate today;
    private final Settings settings;
    private final NationalPeople people;

    final Map<String, Part> parts = new LinkedHashMap<>();
    final List<Built> built = new ArrayList<>();
    long totalNanos;
    boolean stoppedByTimeLimit;

    NationalData(Clubs clubs, Villages villages, AdminUnits units, Members members, MemberLists lists, Meetings meetings,
                 Funds funds, Loans loans, HomeCareTeam team, CarePlans plans, HomeVisits visits, TransactionTemplate tx,
                 LocalDate today, Settings settings) {
        this.clubs = clubs;
        this.villages = villages;
        this.units = units;
        this.members = members;
        this.lists = lists;
        this.meetings = meetings;
        this.funds = funds;
        this.loans = loans;
        this.team = team;
        this.plans = plans;
        this.visits = visits;
        this.tx = tx;
        this.today = today;
        this.settings = settings;
        this.people = new NationalPeople(today);
        for (String[] p : new String[][] {{"clubs", "clubs (village, club, status)"}, {"members", "members (person, membership)"},
                {"meetings", "meetings (book of each club)"}, {"funds", "fund entries (grants, fees)"},
                {"loans", "loan steps (apply, decide, disburse, repay)"}, {"homecare", "home-care records (volunteers, recipients, plans, visits)"}}) {
            parts.put(p[0], new Part(p[0], p[1]));
        }
    }

    /**
     * The clubs of an earlier build kept in the database (the benchmark run with a data folder of its own), in
     * the order they were built; the clubs that already had a meeting today, from the saves of an earlier run,
     * are left out so that this run's saves are new meetings. Returns whether there were any.
     */
    boolean reload(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        built.clear();
        List<Object[]> rows = jdbc.sql("select c.id, c.area_paths[1], c.founded_on < :reform from club c "
                        + "where c.created_by = :actor and not exists (select 1 from meeting m where m.club_id = c.id "
                        + "and m.held_on = :today) order by c.created_at, c.id")
                .param("reform", AdminUnits.REFORM_DATE).param("actor", ACTOR).param("today", today)
                .query((r, n) -> new Object[] {r.getObject(1, UUID.class), r.getString(2), r.getBoolean(3)}).list();
        for (Object[] r : rows) {
            built.add(new Built(built.size(), (UUID) r[0], (String) r[1], (Boolean) r[2]));
        }
        return !built.isEmpty();
    }

    /** The first month of meetings. */
    YearMonth firstMonth() {
        return YearMonth.from(today).minusMonths(settings.months());
    }

    void build() {
        List<AdminUnit> oldCommunes = interleaved(oldCommunesByProvince());
        List<AdminUnit> newCommunes = interleaved(newCommunesByProvince());
        log.info("Building {} clubs on {} old and {} current communes", settings.clubs(), oldCommunes.size(),
                newCommunes.size());
        long start = System.nanoTime();
        long deadline = settings.buildMinutes() > 0 ? start + settings.buildMinutes() * 60_000_000_000L : Long.MAX_VALUE;
        int step = Math.max(1, settings.clubs() / 20);
        List<NationalPeople.Made> previous = List.of();
        for (int i = 0; i < settings.clubs(); i++) {
            if (System.nanoTime() > deadline) {
                stoppedByTimeLimit = true;
                log.warn("Build stopped by its time limit after {} clubs", i);
                break;
            }
            boolean old = i % 2 == 0;
            AdminUnit commune = old ? oldCommunes.get((i / 2) % oldCommunes.size()) : newCommunes.get((i / 2) % newCommunes.size());
            int n = i;
            List<NationalPeople.Made> shared = i % 50 == 49 ? previous : List.of();
            previous = tx.execute(s -> club(n, commune, old, shared));
            if ((i + 1) % step == 0) {
                double secs = (System.nanoTime() - start) / 1e9;
                log.info("Built {}/{} clubs in {} s ({} clubs/s)", i + 1, settings.clubs(), Math.round(secs),
                        String.format("%.1f", (i + 1) / secs));
            }
        }
        totalNanos = System.nanoTime() - start;
    }

    /** One club with everything of it, in the caller's transaction; returns its members. */
    private List<NationalPeople.Made> club(int i, AdminUnit commune, boolean old, List<NationalPeople.Made> previousClub) {
        Random random = new Random(settings.seed() * 1_000_003L + i);
        LocalDate founded = old
                ? LocalDate.of(2023, 1, 1).plusDays(random.nextInt((int) ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1),
                        firstMonth().atDay(1))))
                : AdminUnits.REFORM_DATE.plusDays(random.nextInt((int) Math.max(1,
                        ChronoUnit.DAYS.between(AdminUnits.REFORM_DATE, today.minusMonths(6)))));
        if (founded.isBefore(commune.validFrom())) {
            // Some communes of the old map were formed by the mergers of 2024–2025.
            founded = commune.validFrom();
        }
        LocalDate foundedOn = founded;
        String province = commune.path().substring(0, 2);
        Club club = timed("clubs", 1, () -> {
            Village village = villages.create(uuid(random), commune.id(), "Thôn Liên Thế Hệ " + (i + 1), ACTOR, NATION);
            if (village.currentCommuneId() == null) {
                // A split commune: the officer chooses the commune that now holds the village.
                List<AdminUnit> choices = villages.placementChoices(commune, NATION);
                village = villages.place(village.id(), choices.get(random.nextInt(choices.size())).id(), ACTOR, NATION);
            }
            return clubs.register(new NewClub(uuid(random), village.id(), "LTH" + (i + 1),
                    "CLB Liên thế hệ tự giúp nhau thôn Liên Thế Hệ " + (i + 1), (i + 1) + "/QĐ-UBND", foundedOn, null, foundedOn,
                    "D" + (5 + random.nextInt(20))), ACTOR, NATION);
        });
        List<NationalPeople.Made> roll = new ArrayList<>();
        Map<UUID, LocalDate> joined = new LinkedHashMap<>();
        int size = 50 + random.nextInt(21);
        double women = 0.6 + random.nextDouble() * 0.1;
        List<NewMember> enrol = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            NationalPeople.Made p = people.person(random, province, women);
            LocalDate on = random.nextDouble() < 0.92 ? foundedOn : min(foundedOn.plusDays(random.nextInt(300)), today);
            enrol.add(new NewMember(p.id(), p.details(), on));
            roll.add(p);
            joined.put(p.id(), on);
        }
        timed("members", size, () -> lists.enrolAll(club.id(), enrol, ACTOR, NATION, done -> { }));
        if (!previousClub.isEmpty()) {
            // Someone who is also in the club before: an area counts them once.
            NationalPeople.Made both = previousClub.get(0);
            timed("members", 1, () -> members.addExisting(both.id(), club.id(), foundedOn, ACTOR, NATION));
            joined.put(both.id(), foundedOn);
            roll.add(both);
        }
        List<MeetingEntry> book = book(club, random, joined);
        timed("meetings", book.size(), () -> meetings.recordAll(club.id(), book, ACTOR, NATION));
        UUID income = money(club, random, roll.size());
        lend(club, random, income, roll, joined);
        care(club, random, roll, joined);
        built.add(new Built(i, club.id(), club.areaPaths().isEmpty() ? null : club.areaPaths().get(0), old));
        return roll;
    }

    /** The club's meetings of the months asked for, each with every member of that day and their readings. */
    private List<MeetingEntry> book(Club club, Random random, Map<UUID, LocalDate> joined) {
        MeetingDay day = club.meetingDay();
        List<MeetingEntry> book = new ArrayList<>();
        for (YearMonth m = firstMonth(); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
            LocalDate on = day.in(m.getYear(), m.getMonthValue());
            if (on.isBefore(club.foundedOn()) || on.isAfter(today) || random.nextDouble() < 0.04) {
                continue;
            }
            List<MeetingEntry.Row> rows = new ArrayList<>();
            joined.forEach((person, from) -> {
                if (!from.isAfter(on)) {
                    double a = random.nextDouble();
                    AttendanceStatus status = a < 0.85 ? AttendanceStatus.PRESENT
                            : a < 0.94 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
                    ReadingValues reading = status == AttendanceStatus.PRESENT && random.nextDouble() < 0.8
                            ? reading(random) : null;
                    rows.add(new MeetingEntry.Row(person, status, reading));
                }
            });
            book.add(new MeetingEntry(uuid(random), null, on, "Nhà văn hóa thôn", NationalPeople.one(random, TOPICS),
                    "Báo cáo tháng, kế hoạch tháng sau", random.nextInt(4), null, rows));
        }
        return book;
    }

    static ReadingValues reading(Random random) {
        int systolic = (int) Math.max(95, Math.min(175, 130 + random.nextGaussian() * 16));
        int diastolic = (int) Math.max(55, Math.min(Math.min(105, systolic - 25), systolic * 0.6 + random.nextGaussian() * 6));
        return new ReadingValues(systolic, diastolic, 60 + random.nextInt(35), BigDecimal.valueOf(380 + random.nextInt(300), 1),
                null);
    }

    /** A project grant and members' capital into the income fund, members' fees each quarter into the operating fund. */
    private UUID money(Club club, Random random, int size) {
        return timed("funds", 0, () -> {
            Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
            Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
            LocalDate start = min(club.foundedOn().plusDays(20), today);
            funds.contribute(income.id(), start, 10_000_000L * (2 + random.nextInt(5)), Entry.Source.PROJECT,
                    "Vốn ban đầu của dự án", null, ACTOR, NATION);
            funds.contribute(income.id(), start, 3_000_000L + 500_000L * random.nextInt(6), Entry.Source.MEMBERS,
                    "Thành viên góp vốn", null, ACTOR, NATION);
            int entries = 2;
            LocalDate from = max(start, firstMonth().atDay(1));
            for (LocalDate q = from; !q.isAfter(today); q = q.plusMonths(3)) {
                funds.contribute(operating.id(), q, 20_000L * size, Entry.Source.MEMBERS, "Hội phí quý", null, ACTOR, NATION);
                entries++;
            }
            parts.get("funds").count += entries;
            return income.id();
        });
    }

    /** The board's loan rules and a few loans of twelve months, repaid by the month, one in five late. */
    private void lend(Club club, Random random, UUID income, List<NationalPeople.Made> roll, Map<UUID, LocalDate> joined) {
        LocalDate rulesOn = min(club.foundedOn().plusDays(20), today);
        LocalDate earliest = max(rulesOn.plusDays(1), firstMonth().atDay(1));
        long span = ChronoUnit.DAYS.between(earliest, today.minusDays(45));
        if (span <= 0 || settings.loansPerClub() == 0) {
            return;
        }
        timed("loans", 1, () -> loans.approveRules(club.id(), new Loans.Rules(null, club.id(), rulesOn, 10_000_000, 12,
                new BigDecimal("0.007"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), "Thành viên sinh hoạt đều từ 6 tháng"), ACTOR, NATION));
        List<LocalDate> dates = new ArrayList<>();
        for (int j = 0; j < settings.loansPerClub(); j++) {
            dates.add(earliest.plusDays(random.nextInt((int) span)));
        }
        Collections.sort(dates);
        for (LocalDate applied : dates) {
            NationalPeople.Made who = roll.get(random.nextInt(roll.size()));
            if (joined.get(who.id()).isAfter(applied)) {
                continue;
            }
            long amount = 1_000_000L * (2 + random.nextInt(6));
            boolean late = random.nextDouble() < 0.2;
            timed("loans", 0, () -> {
                if (funds.cashOn(income, applied.plusDays(10)) < amount) {
                    return null;
                }
                Loans.Loan loan = loans.apply(club.id(), who.id(), amount, Loans.Purpose.values()[random.nextInt(4)], null,
                        12, applied, ACTOR, NATION);
                loans.decide(loan.id(), true, applied.plusDays(5), "Họp ban chủ nhiệm", ACTOR, NATION);
                loans.disburse(loan.id(), applied.plusDays(10), null, ACTOR, NATION);
                int steps = 3;
                for (LoanSchedule.Instalment due : loans.schedule(loan.id(), NATION)) {
                    LocalDate paid = due.dueOn().plusDays(late && due.number() > 2 ? 40 : random.nextInt(3));
                    if (paid.isAfter(today) || late && due.number() > 3) {
                        break;
                    }
                    long penalty = paid.isAfter(due.dueOn().plusDays(10)) ? due.total() / 100 : 0;
                    loans.repay(loan.id(), paid, due.total() + penalty, penalty, null, ACTOR, NATION);
                    steps++;
                }
                parts.get("loans").count += steps;
                return null;
            });
        }
    }

    /** Two trained volunteers caring for two of the oldest members, visiting each twice a month. */
    private void care(Club club, Random random, List<NationalPeople.Made> roll, Map<UUID, LocalDate> joined) {
        if (settings.visitMonths() == 0) {
            return;
        }
        List<NationalPeople.Made> now = roll.stream().filter(p -> !joined.get(p.id()).isAfter(today.minusMonths(1))).toList();
        List<NationalPeople.Made> young = now.stream().filter(p -> p.age() < 65).limit(2).toList();
        List<NationalPeople.Made> oldest = now.stream().sorted((a, b) -> b.age() - a.age()).limit(2).toList();
        if (young.isEmpty()) {
            return;
        }
        LocalDate trained = min(club.foundedOn().plusMonths(1), today);
        timed("homecare", 0, () -> {
            List<UUID> volunteers = new ArrayList<>();
            for (NationalPeople.Made v : young) {
                volunteers.add(team.addVolunteer(club.id(), new NewVolunteer(null, v.id(), null, null, trained,
                        "Tập huấn chăm sóc tại nhà", null), ACTOR, NATION).id());
            }
            int records = volunteers.size();
            for (int r = 0; r < oldest.size(); r++) {
                NationalPeople.Made who = oldest.get(r);
                LocalDate from = max(max(joined.get(who.id()), trained), today.minusMonths(settings.visitMonths()).withDayOfMonth(1));
                UUID recipient = team.addRecipient(club.id(), new NewRecipient(null, who.id(), null, null,
                        Set.of(CareReason.FRAIL), from), ACTOR, NATION).id();
                plans.setPlan(recipient, 2, PlanPeriod.MONTH, Set.of(CareTask.MEALS, CareTask.BLOOD_PRESSURE, CareTask.COMPANY),
                        from, ACTOR, NATION);
                UUID volunteer = volunteers.get(r % volunteers.size());
                plans.assign(recipient, volunteer, from, ACTOR, NATION);
                records += 3;
                for (LocalDate d = from.plusDays(2); d.isBefore(today); d = d.plusDays(15)) {
                    boolean measured = random.nextBoolean();
                    ReadingValues bp = measured ? reading(random) : null;
                    visits.record(new NewVisit(null, recipient, d, List.of(volunteer), Set.of(CareTask.MEALS, CareTask.COMPANY),
                            null, measured ? bp.systolic() : null, measured ? bp.diastolic() : null,
                            measured ? bp.pulse() : null, null, null, null), ACTOR, false, NATION);
                    records++;
                }
            }
            parts.get("homecare").count += records;
            return null;
        });
    }

    private <T> T timed(String part, int count, Supplier<T> work) {
        long t = System.nanoTime();
        T result = work.get();
        Part p = parts.get(part);
        p.nanos += System.nanoTime() - t;
        p.count += count;
        return result;
    }

    /** Communes of the map before the reform, by old province. */
    private List<List<AdminUnit>> oldCommunesByProvince() {
        LocalDate before = AdminUnits.REFORM_DATE.minusDays(1);
        List<List<AdminUnit>> out = new ArrayList<>();
        for (AdminUnit province : units.provinces(before, NATION)) {
            List<AdminUnit> communes = new ArrayList<>();
            for (AdminUnit district : units.children(province, before, NATION)) {
                communes.addAll(units.children(district, before, NATION));
            }
            out.add(communes);
        }
        return out;
    }

    /** Communes of today's map, by province. */
    private List<List<AdminUnit>> newCommunesByProvince() {
        List<List<AdminUnit>> out = new ArrayList<>();
        for (AdminUnit province : units.provinces(today, NATION)) {
            out.add(new ArrayList<>(units.children(province, today, NATION)));
        }
        return out;
    }

    /** Each province's communes shuffled by the seed, then one of each province in turn: any prefix spans the provinces. */
    private List<AdminUnit> interleaved(List<List<AdminUnit>> byProvince) {
        Random random = new Random(settings.seed());
        int longest = 0;
        for (List<AdminUnit> l : byProvince) {
            Collections.shuffle(l, random);
            longest = Math.max(longest, l.size());
        }
        List<AdminUnit> out = new ArrayList<>();
        for (int k = 0; k < longest; k++) {
            for (List<AdminUnit> l : byProvince) {
                if (k < l.size()) {
                    out.add(l.get(k));
                }
            }
        }
        return out;
    }

    static UUID uuid(Random random) {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(hi, lo);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
