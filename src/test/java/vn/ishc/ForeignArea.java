package vn.ishc;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.activities.Activities;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.Entitlements;
import vn.ishc.activities.NewActivity;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.NewClub;
import vn.ishc.exchange.MemberImports;
import vn.ishc.exchange.MemberSheets;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.funds.OutsideLoans;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
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
import vn.ishc.identity.NewUser;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.journeys.JourneyUsers;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.HealthRecords;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.programme.Award;
import vn.ishc.programme.Awards;
import vn.ishc.programme.Course;
import vn.ishc.programme.NewAward;
import vn.ishc.programme.NewCourse;
import vn.ishc.programme.NewParticipant;
import vn.ishc.programme.NewTarget;
import vn.ishc.programme.SourceDocument;
import vn.ishc.programme.Target;
import vn.ishc.programme.Targets;
import vn.ishc.programme.Trainings;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Records in Phú Thọ that no user of Lạng Sơn may see or change, and the users of Phú Thọ who may: its
 * province officer, a volunteer of its club, and a national administrator. A request that uses its record
 * up (ending, deciding, paying out, merging) is given a fresh record each time it is sent, so that the
 * allowed user's request succeeds and every refused request meets a record it could have changed.
 */
final class ForeignArea {

    static final AreaScope NATION = AreaScope.nation();
    static final String ACTOR = "test";
    /** The day the foreign club was founded and its first members joined. */
    static final LocalDate FOUNDED = LocalDate.of(2023, 1, 1);
    // Members made for a probe join after every meeting a probe records or corrects, which must list them all.
    static final LocalDate LATER = LocalDate.of(2024, 1, 1);

    @Autowired AdminUnits units;
    @Autowired Villages villages;
    @Autowired UserAccounts accounts;
    @Autowired Clubs clubs;
    @Autowired Boards boards;
    @Autowired Members members;
    @Autowired MemberImports imports;
    @Autowired Funds funds;
    @Autowired Loans loans;
    @Autowired vn.ishc.funds.LoanProducts loanProducts;
    @Autowired OutsideLoans outsideLoans;
    @Autowired Activities activities;
    @Autowired Entitlements entitlements;
    @Autowired Meetings meetings;
    @Autowired vn.ishc.meetings.HeldMeetings heldMeetings;
    @Autowired vn.ishc.funds.HeldMoney heldMoney;
    @Autowired vn.ishc.homecare.HeldVisits heldVisits;
    @Autowired HealthRecords health;
    @Autowired HomeCareTeam homeCare;
    @Autowired CarePlans carePlans;
    @Autowired HomeVisits homeVisits;
    @Autowired Targets targets;
    @Autowired Trainings trainings;
    @Autowired Awards awards;
    @Autowired Clock clock;
    @Autowired vn.ishc.longtermcare.LongTermCareCases longTermCare;

    private final AtomicInteger serial = new AtomicInteger();
    // Each meeting recorded by a probe is held on a day of its own: a club meets once a day.
    private final AtomicInteger meetingDays = new AtomicInteger();

    private long province;
    private long oldProvince;
    private long commune;
    private long oldCommune;
    private long clubCommune;
    private long successor;
    private UUID village;
    private String officer;
    private String admin;
    private String volunteerUser;
    private UUID managedUser;
    private UUID club;
    private UUID otherClub;
    private UUID person;
    private UUID membership;
    private UUID seat;
    private UUID group;
    private UUID batch;
    private UUID activity;
    private UUID entitlement;
    private UUID meeting;
    private UUID referral;
    private UUID fund;
    private UUID incomeFund;
    private UUID fundEntry;
    private UUID loan;
    private UUID outsideLoan;
    private UUID volunteer;
    private UUID recipient;
    private String communeOfficer;
    private UUID ltcCase;
    private UUID visit;
    private UUID assignment;
    private UUID target;
    private UUID nationalTarget;
    private UUID course;
    private UUID participant;
    private UUID award;

    /** Makes the records and users; called once, after the services are in place. */
    ForeignArea build() {
        LocalDate beforeReform = LocalDate.of(2025, 6, 30);
        province = units.at(AdminUnit.Level.PROVINCE, "25", today(), NATION).id();
        commune = units.at(AdminUnit.Level.COMMUNE, "04795", today(), NATION).id();
        oldCommune = units.at(AdminUnit.Level.COMMUNE, "04891", beforeReform, NATION).id();
        oldProvince = units.at(AdminUnit.Level.PROVINCE, "17", beforeReform, NATION).id();
        successor = villages.placementChoices(units.get(oldCommune, NATION), NATION).get(0).id();
        JourneyUsers users = new JourneyUsers(accounts);
        officer = users.create(Role.PROVINCE_OFFICER, province, "Cán bộ Phú Thọ").username();
        admin = users.nationalAdmin("Quản trị Kiểm Tra").username();
        withClub();
        withMoney();
        withHomeCare();
        withProgramme();
        withLongTermCare();
        return this;
    }

    /** The club in a village of the split commune, a member on its board, and records of its months. */
    private void withClub() {
        village = villages.create(null, oldCommune, "Xóm Kiểm Tra Quyền", officer, NATION).id();
        Club c = clubs.register(new NewClub(null, village, "KTQ", "CLB Kiểm Tra Quyền", "1/QĐ", FOUNDED, null, FOUNDED,
                "D21"), ACTOR, NATION);
        club = c.id();
        clubCommune = units.atScope(AreaScope.ofPath(c.areaPaths().get(0))).orElseThrow().id();
        otherClub = aClub("KTQ2", "CLB Kiểm Tra Quyền Hai").id();
        managedUser = user(Role.COMMUNE_OFFICER);
        MemberRow member = members.enrol(null, new PersonDetails("Người Kiểm Tra Quyền", "Nữ", "1950", "Mường", "Nghèo",
                null, null, null, false, false, null, null, null), club, FOUNDED, ACTOR, NATION);
        person = member.person().id();
        membership = member.membershipId();
        seat = boards.appoint(club, person, BoardRole.CHAIR, List.of(), FOUNDED, ACTOR, NATION).id();
        group = boards.createGroup(club, "Tổ 1", null, ACTOR, NATION).id();
        batch = makeBatch();
        activity = makeActivity();
        entitlement = makeEntitlement();
        meeting = meetings.record(club, new MeetingEntry(null, null, LocalDate.of(2023, 2, 21), "Nhà văn hoá",
                "Phòng chống tăng huyết áp", null, 2, null, List.of(new MeetingEntry.Row(person, AttendanceStatus.PRESENT,
                        new ReadingValues(150, 95, 80, null, null)))), ACTOR, NATION).id();
        referral = makeReferral();
    }

    private void withMoney() {
        fund = funds.fund(club, Fund.Kind.OPERATING, NATION).id();
        incomeFund = funds.fund(club, Fund.Kind.INCOME_GENERATION, NATION).id();
        fundEntry = makeEntry();
        // Enough in the loan fund for every loan a probe pays out.
        funds.contribute(incomeFund, LocalDate.of(2023, 1, 20), 100_000_000, Entry.Source.MEMBERS, null, null, ACTOR,
                NATION);
        loans.approveRules(club, new Loans.Rules(null, club, LocalDate.of(2023, 1, 15), 10_000_000, 24,
                new BigDecimal("0.01"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, null, null),
                ACTOR, NATION);
        loan = loans.apply(club, person, 1_000_000, Loans.Purpose.CROPS, null, 6, LocalDate.of(2023, 2, 1), ACTOR, NATION)
                .id();
        outsideLoan = makeOutsideLoan();
    }

    /** A volunteer caring for a person of the club, with a visit; a second volunteer signs in as one. */
    private void withHomeCare() {
        volunteer = homeCare.addVolunteer(club, new NewVolunteer(null, null, "TNV Kiểm Tra Quyền", null,
                LocalDate.of(2023, 1, 10), null, null), ACTOR, NATION).id();
        recipient = homeCare.addRecipient(club, new NewRecipient(null, null, "Cụ Kiểm Tra Quyền", "Xóm Kiểm Tra Quyền",
                Set.of(CareReason.LIVES_ALONE), LocalDate.of(2023, 2, 1)), ACTOR, NATION).id();
        carePlans.setPlan(recipient, 2, PlanPeriod.WEEK, Set.of(CareTask.MEALS), LocalDate.of(2023, 2, 1), ACTOR, NATION);
        assignment = carePlans.assign(recipient, volunteer, LocalDate.of(2023, 2, 1), ACTOR, NATION).id();
        visit = homeVisits.record(new NewVisit(null, recipient, LocalDate.of(2023, 3, 1),
                List.of(volunteer), Set.of(CareTask.MEALS), null, 150, 95, null, null, null, null), ACTOR, false, NATION).id();
        volunteerUser = new JourneyUsers(accounts).create(Role.HOMECARE_VOLUNTEER, clubCommune, "TNV Phú Thọ").username();
        new JourneyUsers(accounts).limitToClub(volunteerUser, club);
        UUID signedIn = homeCare.addVolunteer(club, new NewVolunteer(null, null, "TNV Hai Kiểm Tra Quyền", null,
                LocalDate.of(2023, 1, 10), null, volunteerUser), ACTOR, NATION).id();
        carePlans.assign(recipient, signedIn, LocalDate.of(2023, 2, 1), ACTOR, NATION);
    }

    /** A commune officer of the club's commune, managing a long-term care case of a person of the club's area. */
    private void withLongTermCare() {
        communeOfficer = new JourneyUsers(accounts).create(Role.COMMUNE_OFFICER, clubCommune, "Cán bộ xã Phú Thọ")
                .username();
        ltcCase = freshLtcCase();
    }

    String communeOfficer() {
        return communeOfficer;
    }

    UUID ltcCase() {
        return ltcCase;
    }

    /** A new open long-term care case managed by the commune officer. */
    UUID freshLtcCase() {
        Club c = clubs.get(club, NATION);
        vn.ishc.identity.CurrentUser manager = new vn.ishc.identity.CurrentUser(UUID.randomUUID(), communeOfficer,
                "Cán bộ xã Phú Thọ", Role.COMMUNE_OFFICER, AreaScope.ofPath(c.areaPaths().get(0)));
        return longTermCare.open(new vn.ishc.longtermcare.NewCase(null, club, null, "Cụ Kiểm Tra Quyền " + unique(),
                vn.ishc.members.Person.Sex.F, 1940, "Xóm Kiểm Tra Quyền", LocalDate.of(2023, 2, 1)), manager).id();
    }

    /** Phú Thọ's plan target and its share of a national target; its course with a member; its award to the club. */
    private void withProgramme() {
        var root = UserFixtures.ROOT;
        nationalTarget = targets.record(new NewTarget(null, "CLUBS_NEW", "",
                YearMonth.of(2026, 1), YearMonth.of(2030, 12), Target.Measure.COUNT, BigDecimal.valueOf(100), null, null,
                null, new NewTarget.NewDocument(SourceDocument.Kind.OTHER, "Phân bổ thử", null, null, null), null), root).id();
        targets.share(nationalTarget, Map.of("25", BigDecimal.TEN), root);
        target = targets.record(new NewTarget(null, "CLUBS_NEW", "25", YearMonth.of(2026, 1),
                YearMonth.of(2030, 12), Target.Measure.COUNT, BigDecimal.valueOf(40), null, null, null,
                new NewTarget.NewDocument(SourceDocument.Kind.PROVINCIAL_PLAN, "Kế hoạch Kiểm Tra Quyền", null, null, null),
                null), root).id();
        course = makeCourse();
        participant = makeParticipant();
        award = awards.record(new NewAward(null, LocalDate.of(2024, 6, 1),
                "Hội NCT tỉnh Kiểm Tra Quyền", "1/QĐ-KTQ", "25", Award.Recipient.CLUB, club, null, null, null, null),
                root).id();
    }

    long province() {
        return province;
    }

    /** Hoà Bình, a province of the old map now in Phú Thọ. */
    long oldProvince() {
        return oldProvince;
    }

    /** A commune of Phú Thọ on today's map. */
    long commune() {
        return commune;
    }

    /** A commune of old Hoà Bình, split in 2025: its villages wait for an officer to place them. */
    long oldCommune() {
        return oldCommune;
    }

    /** The commune of the foreign club on today's map. */
    long clubCommune() {
        return clubCommune;
    }

    /** A commune of today's map formed from the split commune: where its villages may be placed. */
    long successor() {
        return successor;
    }

    UUID village() {
        return village;
    }

    /** Phú Thọ's province officer, who may do what is refused to Lạng Sơn. */
    String username() {
        return officer;
    }

    String admin() {
        return admin;
    }

    /** A volunteer's account, limited to the club, caring for its recipient. */
    String volunteerUser() {
        return volunteerUser;
    }

    /** A commune officer of the club's commune, whom Phú Thọ's officer manages. */
    UUID user() {
        return managedUser;
    }

    UUID club() {
        return club;
    }

    /** A partner project a club may take part in. */
    UUID project() {
        return clubs.projects().get(0).id();
    }

    /** A second club of the same commune. */
    UUID otherClub() {
        return otherClub;
    }

    UUID person() {
        return person;
    }

    UUID membership() {
        return membership;
    }

    UUID seat() {
        return seat;
    }

    UUID group() {
        return group;
    }

    UUID batch() {
        return batch;
    }

    UUID activity() {
        return activity;
    }

    UUID entitlement() {
        return entitlement;
    }

    UUID meeting() {
        return meeting;
    }

    UUID referral() {
        return referral;
    }

    UUID fund() {
        return fund;
    }

    UUID incomeFund() {
        return incomeFund;
    }

    UUID fundEntry() {
        return fundEntry;
    }

    UUID loan() {
        return loan;
    }

    UUID outsideLoan() {
        return outsideLoan;
    }

    UUID volunteer() {
        return volunteer;
    }

    UUID recipient() {
        return recipient;
    }

    UUID visit() {
        return visit;
    }

    UUID assignment() {
        return assignment;
    }

    UUID target() {
        return target;
    }

    UUID nationalTarget() {
        return nationalTarget;
    }

    UUID course() {
        return course;
    }

    UUID participant() {
        return participant;
    }

    UUID award() {
        return award;
    }

    /** A text no earlier request used, for names and codes that must be free. */
    String unique() {
        return Integer.toString(serial.incrementAndGet(), 36) + UUID.randomUUID().toString().substring(0, 4);
    }

    /** A day of 2023 on which the club has not met yet. */
    LocalDate meetingDay() {
        return LocalDate.of(2023, 4, 1).plusDays(meetingDays.incrementAndGet());
    }

    int clubVersion() {
        return clubs.get(club, NATION).version();
    }

    int personVersion() {
        return members.person(person, NATION).person().version();
    }

    int activityVersion() {
        return activities.get(activity, NATION).version();
    }

    int visitVersion() {
        return homeVisits.get(visit, NATION).version();
    }

    int courseVersion() {
        return trainings.get(course, NATION).version();
    }

    int meetingVersion() {
        return meetings.get(meeting, NATION).version();
    }

    /** A village of the split commune, waiting to be placed. */
    UUID freshVillage() {
        return villages.create(null, oldCommune, "Xóm " + unique(), ACTOR, NATION).id();
    }

    /** A user of the role over the club's commune. */
    UUID freshUser(Role role) {
        return user(role);
    }

    UUID freshClub() {
        return aClub("K" + unique(), "CLB Mới " + unique()).id();
    }

    private MemberRow freshMember(UUID clubId) {
        return members.enrol(null, new PersonDetails("Người Mới " + unique(), "Nữ", "1951", "Mường", "Nghèo", null, null,
                null, false, false, null, null, null), clubId, LATER, ACTOR, NATION);
    }

    /** A new member of the foreign club, with their membership. */
    MemberRow freshMember() {
        return freshMember(club);
    }

    UUID freshPerson() {
        return freshMember(club).person().id();
    }

    /** A person of the other club, who never met the foreign person in one club: the two may be merged. */
    UUID freshPersonElsewhere() {
        return freshMember(otherClub).person().id();
    }

    UUID freshMembership() {
        return freshMember(club).membershipId();
    }

    UUID freshSeat() {
        return boards.appoint(club, freshPerson(), BoardRole.MEMBER, List.of(), LATER, ACTOR, NATION).id();
    }

    UUID freshActivity() {
        return makeActivity();
    }

    UUID freshEntitlement() {
        return makeEntitlement();
    }

    UUID freshEntry() {
        return makeEntry();
    }

    /** A loan of the club's member, brought to the status: applied, approved or paid out. */
    UUID freshLoan(Loans.Status status) {
        UUID id = loans.apply(club, person, 100_000, Loans.Purpose.CROPS, null, 6, LocalDate.of(2023, 2, 1), ACTOR, NATION)
                .id();
        if (status == Loans.Status.APPLIED) {
            return id;
        }
        loans.decide(id, true, LocalDate.of(2023, 2, 2), null, ACTOR, NATION);
        if (status == Loans.Status.APPROVED) {
            return id;
        }
        loans.disburse(id, LocalDate.of(2023, 2, 3), null, ACTOR, NATION);
        return id;
    }

    /** A loan paid out and one repayment of it. */
    Repaid freshRepayment() {
        UUID id = freshLoan(Loans.Status.DISBURSED);
        return new Repaid(id, loans.repay(id, LocalDate.of(2023, 3, 3), 20_000, 0, null, ACTOR, NATION).id());
    }

    /** A loan and a repayment of it. */
    record Repaid(UUID loan, UUID entry) {
    }

    /** A loan paid out and written off on 1 March 2023, to recover money on. */
    UUID freshWrittenOffLoan() {
        UUID id = freshLoan(Loans.Status.DISBURSED);
        loans.writeOff(id, LocalDate.of(2023, 3, 1), "Chuyển đi nơi khác", ACTOR, NATION);
        return id;
    }

    /** A loan product of a club of its own (so that the foreign club keeps its one product), to withdraw. */
    Product freshLoanProduct() {
        UUID c = freshClub();
        UUID p = loanProducts.create(c, "Buôn bán", new Loans.Rules(null, c, LocalDate.of(2024, 1, 5), 1_000_000, 6,
                new java.math.BigDecimal("0.01"), vn.ishc.funds.LoanSchedule.Method.FLAT,
                vn.ishc.funds.LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, null, null), ACTOR, NATION).id();
        return new Product(c, p);
    }

    /** A club and one of its loan products. */
    record Product(UUID club, UUID product) {
    }

    UUID freshOutsideLoan() {
        return makeOutsideLoan();
    }

    UUID freshBatch() {
        return makeBatch();
    }

    UUID freshVolunteer() {
        return homeCare.addVolunteer(club, new NewVolunteer(null, null, "TNV " + unique(), null, LocalDate.of(2023, 1, 10),
                null, null), ACTOR, NATION).id();
    }

    UUID freshRecipient() {
        return homeCare.addRecipient(club, new NewRecipient(null, null, "Cụ " + unique(), "Xóm Kiểm Tra Quyền",
                Set.of(CareReason.FRAIL), LocalDate.of(2023, 2, 1)), ACTOR, NATION).id();
    }

    /** A fresh volunteer assigned to the foreign recipient. */
    UUID freshAssignment() {
        return carePlans.assign(recipient, freshVolunteer(), LocalDate.of(2023, 2, 1), ACTOR, NATION).id();
    }

    UUID freshReferral() {
        return makeReferral();
    }

    /** A save of a fresh meeting of the foreign club, refused as changed meanwhile and held: its held id. */
    UUID freshHeld() {
        return makeHeld().id();
    }

    /** The client id of a fresh held save, as the phone knows it. */
    UUID freshHeldClient() {
        return makeHeld().clientId();
    }

    private vn.ishc.meetings.HeldSubmission makeHeld() {
        LocalDate day = meetingDay();
        UUID m = meetings.record(club, new MeetingEntry(null, null, day, "Nhà văn hoá", null, null, 0, null,
                List.of(new MeetingEntry.Row(person, AttendanceStatus.PRESENT, null))), ACTOR, NATION).id();
        MeetingEntry sent = new MeetingEntry(m, 1, day, "Sân " + unique(), null, null, 1, null,
                List.of(new MeetingEntry.Row(person, AttendanceStatus.PRESENT, null)), true, UUID.randomUUID());
        UUID id = heldMeetings.hold(club, sent, ACTOR, new vn.ishc.meetings.MeetingChangedMeanwhile(m, 1)).orElseThrow();
        return heldMeetings.get(club, id, NATION);
    }

    /** The meeting money of the foreign club refused (a repayment more than owed) and held: its held id. */
    UUID freshHeldMoney() {
        return heldMoney.hold(club, "s-" + unique(), LocalDate.of(2024, 1, 5),
                List.of(new vn.ishc.funds.HeldMoneySubmission.SentLine(vn.ishc.funds.MeetingMoney.Kind.FEE, person, null,
                        "10.000")), 0, new vn.ishc.shared.InvalidInputException("loans.overpaid", "amount", 5_000_000, 1),
                ACTOR, NATION).orElseThrow();
    }

    /** A visit to the foreign club's recipient refused (a day before their care) and held: its held id. */
    UUID freshHeldVisit() {
        return heldVisits.hold(recipient, UUID.randomUUID(), Map.of("visitedOn", List.of("2022-01-05")),
                new vn.ishc.shared.InvalidInputException("homecare.visit.notInCare", "visitedOn", "Người", "05/01/2022",
                        "10/01/2023"), ACTOR, NATION).orElseThrow();
    }

    UUID freshCourse() {
        return makeCourse();
    }

    UUID freshParticipant() {
        return makeParticipant();
    }

    /** A members sheet of one person, as a club would fill in the template. */
    byte[] sheet() {
        return MemberSheets.sheet().member("Người Nhập " + unique(), "1950", "").bytes();
    }

    private Club aClub(String code, String name) {
        UUID in = villages.create(null, oldCommune, "Xóm " + unique(), ACTOR, NATION).id();
        return clubs.register(new NewClub(null, in, code, name, "2/QĐ", FOUNDED, null, FOUNDED, "D21"), ACTOR, NATION);
    }

    private UUID user(Role role) {
        // The name marks them in the lists of users their province officer reads (where the officer, a peer of
        // no one they manage, is not).
        return accounts.create(new NewUser(null, "nguoi-" + unique(), "Cán bộ Kiểm Tra Quyền", "mat-khau-dai-1", role, clubCommune),
                UserFixtures.ROOT).id();
    }

    /** A preview with a refused row, so that its copy with errors is there to download. */
    private UUID makeBatch() {
        byte[] withARefusal = MemberSheets.sheet().member("Người Nhập " + unique(), "1950", "")
                .member("Người Sai " + unique(), "31/02/1950", "").bytes();
        return imports.preview(club, "thanh-vien.xlsx", new ByteArrayInputStream(withARefusal), ACTOR, NATION).id();
    }

    private UUID makeActivity() {
        return activities.record(club, new NewActivity(null, ActivityKind.COMMUNITY, LocalDate.of(2023, 2, 1),
                "Dọn đường làng", 20, null, null, null, null, null, null, null, null, null, null, null, null), ACTOR, NATION)
                .id();
    }

    private UUID makeEntitlement() {
        return entitlements.apply(club, person, null, EntitlementCase.Benefit.SOCIAL_PENSION, LocalDate.of(2023, 2, 1),
                null, ACTOR, NATION).id();
    }

    private UUID makeReferral() {
        return health.addReferral(person, LocalDate.of(2023, 2, 21), ReferralDestination.COMMUNE_STATION, "Huyết áp cao",
                null, null, ACTOR, NATION).id();
    }

    private UUID makeEntry() {
        return funds.contribute(fund, LocalDate.of(2023, 2, 1), 100_000, Entry.Source.MEMBERS, null, null, ACTOR, NATION)
                .id();
    }

    private UUID makeOutsideLoan() {
        return outsideLoans.record(club, person, "Ngân hàng Chính sách xã hội", 10_000_000, LocalDate.of(2023, 3, 1), 36,
                null, null, ACTOR, NATION).id();
    }

    private UUID makeCourse() {
        return trainings.record(new NewCourse(null, "Tập huấn Kiểm Tra Quyền", Course.Kind.CLUB_BOARD, "25",
                LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), "Hội trường Kiểm Tra Quyền", null, null),
                UserFixtures.ROOT).id();
    }

    private UUID makeParticipant() {
        return trainings.addParticipant(course, NewParticipant.member(club, freshPerson()), UserFixtures.ROOT).id();
    }

    /** Today, by the application's clock. */
    LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
