package vn.ishc.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import vn.ishc.activities.Activities;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.Entitlements;
import vn.ishc.activities.NewActivity;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.ClubGroup;
import vn.ishc.clubs.ClubStatus;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.NewClub;
import vn.ishc.clubs.PartnerProject;
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
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.homecare.NewRecipient;
import vn.ishc.homecare.NewVisit;
import vn.ishc.homecare.NewVolunteer;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.NewUser;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserView;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.PressureLevel;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.LeavingReason;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Fills an empty database with clubs, members and users that a person can explore: Lạng Sơn's clubs
 * founded 2021–2024 on the communes of that time, a few clubs elsewhere (one in a commune split in
 * 2025, one founded after the reform), and a user of each role whose password is written to the log
 * once. Everything goes through the same services as a user's entries, so it is checked and audited
 * the same way. On by default for the embedded database, off for a server; {@code ishc.demo.enabled}
 * decides either way. A database with any club or user is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String ACTOR = "demo";
    private static final AreaScope NATION = AreaScope.nation();
    private static final CurrentUser LOADER = new CurrentUser(null, ACTOR, "Dữ liệu mẫu", Role.NATIONAL_ADMIN, NATION);

    /** One line of demo/clubs.csv. */
    record DemoClub(String communeCode, String village, String code, String name, LocalDate foundedOn,
                    String meetingDay, List<String> projects, int members) {
    }

    /** A demo user and the password shown once. */
    record DemoUser(String username, String displayName, Role role, String password) {
    }

    private final Clubs clubs;
    private final Boards boards;
    private final Members members;
    private final Villages villages;
    private final AdminUnits units;
    private final UserAccounts accounts;
    private final Meetings meetings;
    private final Activities activities;
    private final Entitlements entitlements;
    private final Funds funds;
    private final Loans loans;
    private final HomeCareTeam homeCare;
    private final CarePlans carePlans;
    private final HomeVisits homeVisits;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String enabled;
    private final String datasourceUrl;
    private final String createAdmin;
    private final vn.ishc.funds.MemberFees fees;
    private final vn.ishc.funds.BankAccounts bankAccounts;
    private final vn.ishc.identity.TwoFactor twoFactor;

    DemoData(Clubs clubs, Boards boards, Members members, Villages villages, AdminUnits units, UserAccounts accounts,
             Meetings meetings, Activities activities, Entitlements entitlements, Funds funds, Loans loans,
             HomeCareTeam homeCare, CarePlans carePlans, HomeVisits homeVisits, TransactionTemplate tx, Clock clock, @Value("${ishc.demo.enabled:}") String enabled,
             @Value("${spring.datasource.url:}") String datasourceUrl, @Value("${ishc.create-admin:}") String createAdmin,
             vn.ishc.funds.MemberFees fees, vn.ishc.funds.BankAccounts bankAccounts,
             vn.ishc.identity.TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        this.fees = fees;
        this.bankAccounts = bankAccounts;
        this.clubs = clubs;
        this.boards = boards;
        this.members = members;
        this.villages = villages;
        this.units = units;
        this.accounts = accounts;
        this.meetings = meetings;
        this.activities = activities;
        this.entitlements = entitlements;
        this.funds = funds;
        this.loans = loans;
        this.homeCare = homeCare;
        this.carePlans = carePlans;
        this.homeVisits = homeVisits;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.datasourceUrl = datasourceUrl;
        this.createAdmin = createAdmin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        if (accounts.anyUser() || !clubs.list(ClubFilter.all(), NATION, 1).isEmpty()) {
            log.info("Demo data not loaded: the database already has users or clubs");
            return;
        }
        long started = System.nanoTime();
        List<Club> loaded = load();
        List<DemoUser> users = createUsers(loaded);
        log.info("Demo data loaded in {} s: {} clubs", (System.nanoTime() - started) / 1_000_000_000, loaded.size());
        StringBuilder text = new StringBuilder("""
                
                ================================================================================
                Dữ liệu mẫu / Demo data — tài khoản thử (mật khẩu chỉ hiện lần này) / demo users
                (passwords shown only now):
                """);
        for (DemoUser u : users) {
            text.append(String.format("  %-22s %-20s %-20s %s%n", u.username(), u.password(), u.role(), u.displayName()));
        }
        text.append("================================================================================");
        log.warn(text.toString());
    }

    /** Whether to load: as configured, else only for the embedded database and not while creating a real administrator. */
    boolean wanted() {
        if (StringUtils.hasText(enabled)) {
            return Boolean.parseBoolean(enabled.strip());
        }
        return !StringUtils.hasText(datasourceUrl) && !StringUtils.hasText(createAdmin);
    }

    List<Club> load() {
        DemoPeople people = new DemoPeople(20_211_115L, BusinessCalendar.today(clock));
        Map<String, PartnerProject> projects = new LinkedHashMap<>();
        clubs.projects().forEach(p -> projects.put(p.code(), p));
        List<Club> loaded = new ArrayList<>();
        Map<String, Club> firstInCommune = new LinkedHashMap<>();
        int index = 0;
        for (DemoClub demo : read()) {
            int n = index++;
            Club club = tx.execute(status -> loadClub(demo, n, people, projects, firstInCommune));
            loaded.add(club);
        }
        loadMonths(loaded, people);
        loadFundsAndCare(loaded, people);
        return loaded;
    }

    private Club loadClub(DemoClub demo, int index, DemoPeople people, Map<String, PartnerProject> projects,
                          Map<String, Club> firstInCommune) {
        LocalDate today = BusinessCalendar.today(clock);
        AdminUnit commune = units.at(AdminUnit.Level.COMMUNE, demo.communeCode(), demo.foundedOn(), NATION);
        Village village = villages.create(DemoPeople.id("village:" + demo.communeCode() + demo.village()), commune.id(),
                demo.village(), ACTOR, NATION);
        LocalDate decided = demo.foundedOn().minusDays(3 + people.nextInt(20));
        Club club = clubs.register(new NewClub(DemoPeople.id("club:" + demo.communeCode() + demo.code()), village.id(),
                demo.code(), demo.name(), (10 + people.nextInt(190)) + "/QĐ-UBND", decided,
                "UBND " + Character.toLowerCase(commune.fullName().charAt(0)) + commune.fullName().substring(1), demo.foundedOn(), demo.meetingDay()), ACTOR, NATION);
        clubs.setProjects(club.id(), demo.projects().stream().map(projects::get).map(PartnerProject::id).toList(),
                ACTOR, NATION);
        DemoPeople.Area area = areaOf(demo.communeCode());
        double womenShare = 0.56 + people.nextDouble() * 0.16;
        List<MemberRow> enrolled = new ArrayList<>();
        for (int i = 0; i < demo.members(); i++) {
            PersonDetails details = people.person(area, womenShare);
            details = new PersonDetails(details.fullName(), details.sex(), details.birth(), details.ethnicity(),
                    details.household(), details.householdYear(), details.hiCardNumber(), details.hiCardExpiry(),
                    details.disability(), details.livesAlone(), details.phone(), details.citizenId(), village.id());
            LocalDate joined = people.nextDouble() < 0.85 ? demo.foundedOn() : between(people, demo.foundedOn(),
                    today.minusDays(30));
            enrolled.add(members.enrol(null, details, club.id(), joined, ACTOR, NATION));
        }
        seatBoard(club, enrolled, people, today);
        formGroups(club, enrolled);
        // A few leave over the years: some die, some move away, some withdraw.
        for (MemberRow m : enrolled.subList(8, enrolled.size())) {
            if (people.nextDouble() < 0.035) {
                LocalDate from = m.joinedOn().plusDays(90);
                if (from.isBefore(today)) {
                    LeavingReason reason = List.of(LeavingReason.DIED, LeavingReason.MOVED, LeavingReason.WITHDREW)
                            .get(people.nextInt(3));
                    members.leave(m.membershipId(), between(people, from, today), reason, ACTOR, NATION);
                }
            }
        }
        Club first = firstInCommune.putIfAbsent(demo.communeCode(), club);
        if (first != null) {
            // Two clubs of one commune: a member moves to the other club, and two neighbours share a name.
            MemberRow moving = last(members.membersOf(first.id(), today, NATION));
            LocalDate on = club.foundedOn().isAfter(moving.joinedOn()) ? club.foundedOn() : moving.joinedOn().plusDays(1);
            members.transfer(moving.membershipId(), club.id(), on.isAfter(today) ? today : on, ACTOR, NATION);
            MemberRow someone = members.membersOf(first.id(), today, NATION).get(12);
            PersonDetails namesake = people.namesake(someone.person().fullName(), someone.person().sex().name(),
                    someone.person().birthYear(), area);
            members.enrol(null, new PersonDetails(namesake.fullName(), namesake.sex(), namesake.birth(),
                    namesake.ethnicity(), namesake.household(), namesake.householdYear(), namesake.hiCardNumber(),
                    namesake.hiCardExpiry(), namesake.disability(), namesake.livesAlone(), namesake.phone(),
                    namesake.citizenId(), village.id()), club.id(), club.foundedOn(), ACTOR, NATION);
        }
        if (index == 7) {
            // Suspended nine months ago (on 1 March 2026 when today is in December 2026): the demo follows the clock.
            clubs.changeStatus(club.id(), ClubStatus.SUSPENDED, today.minusMonths(9).withDayOfMonth(1),
                    "Chủ nhiệm ốm dài ngày, chờ bầu lại ban chủ nhiệm", ACTOR, NATION);
        }
        return club;
    }

    private static final List<String> TOPICS = List.of("Phòng chống tăng huyết áp", "Dinh dưỡng cho người cao tuổi",
            "Phòng chống đột quỵ", "Chính sách bảo hiểm y tế", "Trồng rau sạch", "Chăn nuôi gà thả vườn",
            "Phòng chống lừa đảo qua điện thoại", "Vệ sinh môi trường", "Tập dưỡng sinh", "Quyền của người cao tuổi");
    private static final List<String> COMMUNITY = List.of("Dọn vệ sinh đường làng", "Sửa nhà văn hóa thôn",
            "Trồng cây ở trường học", "Khơi thông mương nước", "Làm đường bê tông liên thôn");

    /**
     * The last six months of each Lạng Sơn club: a meeting on its meeting day with attendance and
     * readings (three clubs skip a month), help to someone in hardship most months, community work,
     * now and then a resource received, and a few entitlement cases.
     */
    void loadMonths(List<Club> loaded, DemoPeople people) {
        LocalDate today = BusinessCalendar.today(clock);
        YearMonth current = YearMonth.from(today);
        int index = 0;
        for (Club club : loaded) {
            int n = index++;
            if (club.areaPaths().stream().noneMatch(p -> p.startsWith("20."))) {
                continue;
            }
            tx.executeWithoutResult(s -> {
                for (int back = 6; back >= 0; back--) {
                    YearMonth month = current.minusMonths(back);
                    LocalDate day = club.meetingDay().in(month.getYear(), month.getMonthValue());
                    if (day.isAfter(today) || day.isBefore(club.foundedOn()) || n % 15 == 3 && back == 2) {
                        continue;
                    }
                    meeting(club, day, people);
                    monthActivities(club, month, day, people);
                }
                List<MemberRow> now = members.membersOf(club.id(), today, NATION);
                for (int c = 0; c < 2 + people.nextInt(3); c++) {
                    MemberRow who = now.get(people.nextInt(now.size()));
                    LocalDate applied = today.minusDays(20 + people.nextInt(150));
                    if (applied.isBefore(who.joinedOn())) {
                        continue;
                    }
                    EntitlementCase.Benefit benefit = who.age() >= 75 ? EntitlementCase.Benefit.SOCIAL_PENSION
                            : EntitlementCase.Benefit.HEALTH_INSURANCE;
                    EntitlementCase opened = entitlements.apply(club.id(), who.person().id(), null, benefit, applied, null,
                            ACTOR, NATION);
                    if (people.nextDouble() < 0.6 && applied.plusDays(30).isBefore(today)) {
                        entitlements.decide(opened.id(), people.nextDouble() < 0.85 ? EntitlementCase.Status.OBTAINED
                                : EntitlementCase.Status.REFUSED, applied.plusDays(30), ACTOR, NATION);
                    }
                }
                if (people.nextDouble() < 0.7) {
                    LocalDate team = club.foundedOn().plusMonths(2 + people.nextInt(5));
                    entitlements.foundArtTeam(club.id(), team.isAfter(today) ? today : team, ACTOR, NATION);
                }
            });
        }
    }

    private void meeting(Club club, LocalDate day, DemoPeople people) {
        List<MeetingEntry.Row> rows = new ArrayList<>();
        for (MemberRow m : members.membersOf(club.id(), day, NATION)) {
            double a = people.nextDouble();
            AttendanceStatus status = a < 0.84 ? AttendanceStatus.PRESENT : a < 0.93 ? AttendanceStatus.EXCUSED
                    : AttendanceStatus.ABSENT;
            ReadingValues reading = null;
            if (status == AttendanceStatus.PRESENT && people.nextDouble() < 0.8) {
                int systolic = (int) Math.max(95, Math.min(200, 128 + people.random().nextGaussian() * 17
                        + Math.max(0, m.age() - 60) * 0.4));
                int diastolic = (int) Math.max(55, Math.min(systolic - 25, systolic * 0.58 + people.random().nextGaussian() * 6));
                BigDecimal weight = BigDecimal.valueOf(380 + people.nextInt(300), 1);
                PressureLevel level = PressureLevel.of(systolic, diastolic);
                reading = new ReadingValues(systolic, diastolic, 60 + people.nextInt(35), weight,
                        level == PressureLevel.URGENT ? Boolean.TRUE : null);
            }
            rows.add(new MeetingEntry.Row(m.person().id(), status, reading));
        }
        meetings.record(club.id(), new MeetingEntry(DemoPeople.id("meeting:" + club.id() + day), null, day,
                "Nhà văn hóa thôn", TOPICS.get(people.nextInt(TOPICS.size())), "Báo cáo tháng, kế hoạch tháng sau",
                people.nextInt(4), null, rows), ACTOR, NATION);
    }

    private void monthActivities(Club club, YearMonth month, LocalDate meetingDay, DemoPeople people) {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate last = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        if (people.nextDouble() < 0.75) {
            List<MemberRow> now = members.membersOf(club.id(), meetingDay, NATION);
            MemberRow who = now.get(people.nextInt(now.size()));
            boolean cash = people.nextDouble() < 0.4;
            activities.record(club.id(), new NewActivity(null, ActivityKind.SELF_HELP, meetingDay, null, null,
                    who.person().id(), null, cash ? NewActivity.HelpForm.CASH : NewActivity.HelpForm.LABOUR,
                    cash ? 200_000L * (1 + people.nextInt(5)) : null, cash ? null : BigDecimal.valueOf(1 + people.nextInt(4)),
                    null, null, null, null, null, null, cash ? "Ốm nằm viện" : "Giúp gặt lúa"), ACTOR, NATION);
        }
        if (people.nextDouble() < 0.6) {
            activities.record(club.id(), new NewActivity(null, ActivityKind.COMMUNITY,
                    month.atDay(1 + people.nextInt(last.getDayOfMonth())), COMMUNITY.get(people.nextInt(COMMUNITY.size())),
                    15 + people.nextInt(30), null, null, null, null, null, null, null, null, null, null, null, null),
                    ACTOR, NATION);
        }
        if (people.nextDouble() < 0.12) {
            activities.record(club.id(), new NewActivity(null, ActivityKind.RESOURCE, meetingDay, "Hỗ trợ quỹ sinh kế",
                    null, null, null, null, 5_000_000L * (1 + people.nextInt(4)), null, NewActivity.SourceType.PROJECT,
                    NewActivity.ResourceForm.CASH, NewActivity.Fund.INCOME_GENERATION, null, null, null, null),
                    ACTOR, NATION);
        }
    }

    /**
     * Money and home care for each Lạng Sơn club: its project grant and members' fees, loan rules and
     * a few loans (most repaid on time, some late), five trained volunteers caring for three people.
     */
    void loadFundsAndCare(List<Club> loaded, DemoPeople people) {
        LocalDate today = BusinessCalendar.today(clock);
        for (Club club : loaded) {
            if (club.areaPaths().stream().noneMatch(p -> p.startsWith("20."))) {
                continue;
            }
            tx.executeWithoutResult(s -> {
                Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
                Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
                LocalDate start = club.foundedOn().plusMonths(1);
                funds.contribute(income.id(), start, 10_000_000L * (2 + people.nextInt(5)), Entry.Source.PROJECT,
                        "Vốn ban đầu của dự án", null, ACTOR, NATION);
                funds.contribute(income.id(), start.plusDays(3), 3_000_000L + 500_000L * people.nextInt(6),
                        Entry.Source.MEMBERS, "Thành viên góp vốn", null, ACTOR, NATION);
                for (LocalDate q = start; q.isBefore(today); q = q.plusMonths(3)) {
                    funds.contribute(operating.id(), q, 20_000L * (40 + people.nextInt(20)), Entry.Source.MEMBERS,
                            "Hội phí quý", null, ACTOR, NATION);
                    if (people.nextDouble() < 0.7 && q.plusDays(20).isBefore(today)) {
                        funds.spend(operating.id(), q.plusDays(20), 100_000L * (3 + people.nextInt(6)),
                                "Thăm hội viên ốm", null, ACTOR, NATION);
                    }
                }
                loans.approveRules(club.id(), new Loans.Rules(null, club.id(), start, 10_000_000, 12,
                        new java.math.BigDecimal("0.00" + (5 + people.nextInt(5))), LoanSchedule.Method.FLAT,
                        LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, new java.math.BigDecimal("0.01"),
                        "Thành viên tham gia CLB từ 6 tháng, sinh hoạt đều"), ACTOR, NATION);
                List<MemberRow> now = members.membersOf(club.id(), today, NATION);
                // In the order they were made, so that each loan is paid out of the cash of its day.
                List<LocalDate> dates = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    dates.add(today.minusDays(30 + people.nextInt(390)));
                }
                dates.sort(null);
                for (LocalDate applied : dates) {
                    MemberRow who = now.get(people.nextInt(now.size()));
                    if (applied.isBefore(start.plusDays(10)) || applied.isBefore(who.joinedOn())) {
                        continue;
                    }
                    long amount = 1_000_000L * (2 + people.nextInt(6));
                    // Lend only what the fund has today, so that no earlier day goes short either.
                    if (funds.cashOn(income.id(), applied.plusDays(10)) < amount) {
                        continue;
                    }
                    Loans.Loan loan = loans.apply(club.id(), who.person().id(), amount,
                            Loans.Purpose.values()[people.nextInt(4)], null, 6 + 6 * people.nextInt(2), applied, ACTOR,
                            NATION);
                    loans.decide(loan.id(), true, applied.plusDays(5), "Họp ban chủ nhiệm", ACTOR, NATION);
                    loans.disburse(loan.id(), applied.plusDays(10), null, ACTOR, NATION);
                    boolean late = people.nextDouble() < 0.2;
                    for (LoanSchedule.Instalment due : loans.schedule(loan.id(), NATION)) {
                        LocalDate paid = due.dueOn().plusDays(late && due.number() > 2 ? 40 : people.nextInt(3));
                        if (paid.isAfter(today) || late && due.number() > 3) {
                            break;
                        }
                        long penalty = paid.isAfter(due.dueOn().plusDays(10)) ? due.total() / 100 : 0;
                        loans.repay(loan.id(), paid, due.total() + penalty, penalty, null, ACTOR, NATION);
                    }
                }
                // The monthly fee from two months ago: most have paid all three months, some two, a few none.
                java.time.YearMonth feeFrom = java.time.YearMonth.from(today).minusMonths(2);
                if (!feeFrom.atDay(1).isBefore(club.foundedOn())) {
                    fees.setRate(club.id(), feeFrom, 10_000, Fund.Kind.OPERATING, ACTOR, NATION);
                    for (MemberRow m : now) {
                        double r = people.nextDouble();
                        int months = r < 0.6 ? 3 : r < 0.85 ? 2 : 0;
                        if (months > 0) {
                            fees.pay(club.id(), m.person().id(), today, 10_000L * months, null, ACTOR, NATION);
                        }
                    }
                }
                // Some clubs keep part of the loan fund in a savings book at the Bank for Social Policies.
                long inBox = funds.cashBoxOn(income.id(), today);
                if (people.nextDouble() < 0.4 && inBox > 3_000_000) {
                    vn.ishc.funds.BankAccount book = bankAccounts.open(club.id(), new vn.ishc.funds.BankAccounts.Opening(
                            vn.ishc.funds.BankAccount.Kind.SAVINGS, "Sổ tiết kiệm của CLB", "NHCSXH",
                            String.format("%010d", Math.abs(club.id().getMostSignificantBits() % 10_000_000_000L)),
                            club.foundedOn()), ACTOR, NATION);
                    bankAccounts.move(new vn.ishc.funds.BankAccounts.Movement(Entry.Kind.DEPOSIT, income.id(), book.id(),
                            null, today, inBox / 2_000_000 * 1_000_000, "Gửi tiết kiệm"), null, ACTOR, NATION);
                }
                List<MemberRow> old = now.stream().filter(m -> m.age() >= 75).toList();
                List<UUID> volunteers = new ArrayList<>();
                for (MemberRow v : now.stream().filter(m -> m.age() < 65).limit(5).toList()) {
                    volunteers.add(homeCare.addVolunteer(club.id(), new NewVolunteer(null, v.person().id(), null, null,
                            club.foundedOn().plusMonths(2), "Tập huấn chăm sóc tại nhà", null), ACTOR, NATION).id());
                }
                if (volunteers.isEmpty()) {
                    return;
                }
                for (int r = 0; r < Math.min(3, old.size()); r++) {
                    MemberRow who = old.get(r);
                    LocalDate from = today.minusMonths(3).withDayOfMonth(1);
                    CareRecipient recipient = homeCare.addRecipient(club.id(), new NewRecipient(null, who.person().id(),
                            null, null, java.util.Set.of(who.person().livesAlone() ? CareReason.LIVES_ALONE : CareReason.FRAIL),
                            from.isBefore(who.joinedOn()) ? who.joinedOn() : from), ACTOR, NATION);
                    carePlans.setPlan(recipient.id(), r == 0 ? 1 : 2, r == 0 ? PlanPeriod.WEEK : PlanPeriod.MONTH,
                            java.util.Set.of(CareTask.MEALS, CareTask.BLOOD_PRESSURE, CareTask.COMPANY), recipient.from(),
                            ACTOR, NATION);
                    UUID volunteer = volunteers.get(r % volunteers.size());
                    carePlans.assign(recipient.id(), volunteer, recipient.from(), ACTOR, NATION);
                    for (LocalDate d = recipient.from().plusDays(2); d.isBefore(today); d = d.plusDays(r == 0 ? 7 : 15)) {
                        if (people.nextDouble() < 0.8) {
                            homeVisits.record(new NewVisit(null, recipient.id(), d, List.of(volunteer),
                                    java.util.Set.of(CareTask.MEALS, CareTask.COMPANY), null, null, null, null, null, null,
                                    null), ACTOR, false, NATION);
                        }
                    }
                }
            });
        }
    }

    /** Chair, vice-chair, finance member and two area leads; in older clubs the first chair handed over. */
    private void seatBoard(Club club, List<MemberRow> enrolled, DemoPeople people, LocalDate today) {
        List<MemberRow> founders = enrolled.stream().filter(m -> m.joinedOn().equals(club.foundedOn())).toList();
        MemberRow chair = founders.stream().filter(m -> m.person().sex().name().equals("F")
                && m.person().birthYear() <= today.getYear() - 60).findFirst().orElse(founders.get(0));
        List<MemberRow> others = founders.stream().filter(m -> m != chair).toList();
        LocalDate start = club.foundedOn();
        var seat = boards.appoint(club.id(), chair.person().id(), BoardRole.CHAIR, List.of(), start, ACTOR, NATION);
        boards.appoint(club.id(), others.get(0).person().id(), BoardRole.VICE_CHAIR, List.of(), start, ACTOR, NATION);
        boards.appoint(club.id(), others.get(1).person().id(), BoardRole.FINANCE, List.of(), start, ACTOR, NATION);
        boards.appoint(club.id(), others.get(2).person().id(), BoardRole.AREA_LEAD, List.of(1, 2, 3), start, ACTOR, NATION);
        boards.appoint(club.id(), others.get(3).person().id(), BoardRole.AREA_LEAD, List.of(4, 5, 6, 7, 8), start,
                ACTOR, NATION);
        LocalDate handover = club.foundedOn().plusYears(3);
        if (handover.isBefore(today)) {
            boards.end(seat.id(), handover.minusDays(1), ACTOR, NATION);
            boards.appoint(club.id(), others.get(4 + people.nextInt(3)).person().id(), BoardRole.CHAIR, List.of(),
                    handover, ACTOR, NATION);
        }
    }

    /** Three groups (tổ) of neighbours, each led by one of them. */
    private void formGroups(Club club, List<MemberRow> enrolled) {
        int groups = 3;
        for (int g = 0; g < groups; g++) {
            List<MemberRow> in = new ArrayList<>();
            for (int i = g; i < enrolled.size(); i += groups) {
                in.add(enrolled.get(i));
            }
            MemberRow leader = in.get(Math.min(in.size() - 1, 10));
            ClubGroup group = boards.createGroup(club.id(), "Tổ " + (g + 1), leader.person().id(), ACTOR, NATION);
            for (MemberRow m : in) {
                if (m != leader) {
                    boards.addToGroup(group.id(), m.person().id(), ACTOR, NATION);
                }
            }
        }
    }

    private List<DemoUser> createUsers(List<Club> loaded) {
        LocalDate today = BusinessCalendar.today(clock);
        long langSon = units.at(AdminUnit.Level.PROVINCE, "20", today, NATION).id();
        // The commune officer's commune: the commune of today's map with the most demo clubs of Lạng Sơn.
        Map<Long, List<Club>> byCommune = new LinkedHashMap<>();
        for (Club c : loaded) {
            Long current = villages.get(c.villageId(), NATION).currentCommuneId();
            if (current != null && units.get(current, NATION).path().startsWith("20.")) {
                byCommune.computeIfAbsent(current, k -> new ArrayList<>()).add(c);
            }
        }
        Map.Entry<Long, List<Club>> busiest = byCommune.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
        long commune = busiest.getKey();
        Club club = busiest.getValue().get(0);
        List<DemoUser> users = new ArrayList<>();
        users.add(user("demo.quantri", "Quản trị quốc gia (mẫu)", Role.NATIONAL_ADMIN, null, null));
        users.add(user("demo.tinh", "Cán bộ tỉnh Lạng Sơn (mẫu)", Role.PROVINCE_OFFICER, langSon, null));
        users.add(user("demo.xa", "Cán bộ xã (mẫu)", Role.COMMUNE_OFFICER, commune, null));
        users.add(user("demo.bcn", "Ban chủ nhiệm CLB (mẫu)", Role.CLUB_BOARD, commune, club.id()));
        users.add(user("demo.tnv", "Tình nguyện viên (mẫu)", Role.HOMECARE_VOLUNTEER, commune, club.id()));
        tx.executeWithoutResult(s -> {
            // The demo board account is the club's finance member, who records its money.
            boards.boardOn(club.id(), today, NATION).stream().filter(seat -> seat.role() == BoardRole.FINANCE).findFirst()
                    .ifPresent(seat -> boards.linkAccount(seat.id(), "demo.bcn", ACTOR, NATION));
        });
        tx.executeWithoutResult(s -> {
            // The demo volunteer's account is a volunteer of its club who cares for the club's recipients.
            List<MemberRow> now = members.membersOf(club.id(), today, NATION);
            UUID own = homeCare.addVolunteer(club.id(), new NewVolunteer(null, now.get(now.size() - 1).person().id(), null,
                    null, club.foundedOn().plusMonths(2), "Tập huấn chăm sóc tại nhà", "demo.tnv"), ACTOR, NATION).id();
            for (CareRecipient r : homeCare.recipientsOf(club.id(), NATION)) {
                carePlans.assign(r.id(), own, today.minusDays(20).isBefore(r.from()) ? r.from() : today.minusDays(20),
                        ACTOR, NATION);
            }
        });
        users.add(user("demo.doitac", "Đối tác dự án (mẫu)", Role.PARTNER_VIEWER, null, null));
        return users;
    }

    private DemoUser user(String username, String displayName, Role role, Long scopeUnitId, UUID clubId) {
        String password = password();
        UserView created = tx.execute(s -> {
            UserView u = accounts.create(new NewUser(null, username, displayName, password, role, scopeUnitId), LOADER);
            // A newcomer signs in with the password shown, without an authenticator app first.
            twoFactor.exempt(u.id(), LOADER);
            return clubId == null ? u : accounts.limitToClub(u.id(), clubId, LOADER);
        });
        return new DemoUser(created.username(), created.displayName(), role, password);
    }

    private static String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static DemoPeople.Area areaOf(String communeCode) {
        int code = Integer.parseInt(communeCode);
        if (code >= 5977 && code <= 6700) {
            return DemoPeople.LANG_SON;
        }
        if (code >= 4600 && code <= 5200) {
            return DemoPeople.HOA_BINH;
        }
        return code >= 7200 && code <= 7700 ? DemoPeople.BAC_GIANG : DemoPeople.HA_NOI;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static LocalDate between(DemoPeople people, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(people.nextInt((int) days + 1));
    }

    static List<DemoClub> read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/clubs.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(l -> !l.isBlank()).map(l -> {
                String[] f = l.split(",", -1);
                return new DemoClub(f[0], f[1], f[2], f[3], LocalDate.parse(f[4]), f[5],
                        f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(";")), Integer.parseInt(f[7]));
            }).toList();
        } catch (IOException e) {
            throw new IllegalStateException("demo/clubs.csv cannot be read", e);
        }
    }
}
