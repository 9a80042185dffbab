package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.BoardSeat;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubGroup;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.NewClub;
import vn.ishc.identity.Role;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.identity.UserAccounts;
import vn.ishc.journeys.JourneyUsers;
import vn.ishc.shared.AreaScope;

/**
 * For every endpoint, every role whose area is in Lạng Sơn asks for something in Phú Thọ: each request
 * is refused (403 or 404) or, for lists, answers without it. A new endpoint without a probe here fails
 * the first test, so none can be added without its access being checked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTest {

    /** Endpoints open to everyone or showing only the caller's own data. */
    static final Set<String> NOT_SCOPED = Set.of("GET /login", "GET /", "GET /error", "GET /setup", "POST /setup",
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html");

    static final List<Role> SCOPED_ROLES = List.of(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.CLUB_BOARD,
            Role.HOMECARE_VOLUNTEER, Role.PARTNER_VIEWER);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AdminUnits units;
    @Autowired
    Villages villages;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Clubs clubs;
    @Autowired
    Boards boards;
    @Autowired
    Members members;
    @Autowired
    vn.ishc.exchange.MemberImports imports;
    @Autowired
    vn.ishc.funds.Funds fundsService;
    @Autowired
    vn.ishc.funds.Loans loansService;
    @Autowired
    vn.ishc.funds.OutsideLoans outsideLoans;
    @Autowired
    vn.ishc.activities.Activities activities;
    @Autowired
    vn.ishc.activities.Entitlements entitlements;
    @Autowired
    vn.ishc.meetings.Meetings meetings;
    @Autowired
    vn.ishc.meetings.HealthRecords health;
    @Autowired
    vn.ishc.homecare.HomeCareTeam homeCare;
    @Autowired
    vn.ishc.homecare.CarePlans carePlans;
    @Autowired
    vn.ishc.homecare.HomeVisits homeVisits;
    @Autowired
    vn.ishc.programme.Targets targets;
    @Autowired
    vn.ishc.programme.Trainings trainings;
    @Autowired
    vn.ishc.programme.Awards awards;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Things in Phú Thọ that nobody in Lạng Sơn may see. */
    record Foreign(long province, long oldProvince, long commune, long oldCommune, UUID village, UUID user,
                   String username, UUID club, UUID person, UUID membership, UUID seat, UUID group, UUID batch,
                   UUID activity, UUID entitlement, UUID meeting, UUID referral,
                   UUID fund, UUID fundEntry, UUID loan, UUID volunteer, UUID recipient, UUID visit,
                   UUID assignment, UUID outsideLoan, UUID target) {
    }

    /** What a probe expects: a refusal, or a list that leaves the foreign things out (or is refused to the role). */
    enum Expect { REFUSED, FILTERED }

    record Probe(Function<Foreign, MockMvcTester.MockMvcRequestBuilder> request, Expect expect) {
    }

    Foreign foreign;
    /** Phú Thọ's course, one of its participants, and Phú Thọ's award to the foreign club. */
    UUID foreignCourse;
    UUID foreignParticipant;
    UUID foreignAward;
    final Map<Role, String> usernames = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        var phuTho = units.at(AdminUnit.Level.PROVINCE, "25", today(), AreaScope.nation());
        var commune = units.at(AdminUnit.Level.COMMUNE, "04795", today(), AreaScope.nation());
        var oldCommune = units.at(AdminUnit.Level.COMMUNE, "04891", java.time.LocalDate.of(2025, 6, 30), AreaScope.nation());
        var hoaBinh = units.at(AdminUnit.Level.PROVINCE, "17", java.time.LocalDate.of(2025, 6, 30), AreaScope.nation());
        JourneyUsers users = new JourneyUsers(accounts);
        var phuThoOfficer = users.create(Role.PROVINCE_OFFICER, phuTho.id(), "Cán bộ Phú Thọ");
        UUID village = villages.create(UUID.nameUUIDFromBytes("access-matrix".getBytes()), oldCommune.id(),
                "Xóm Kiểm Tra Quyền", phuThoOfficer.username(), AreaScope.nation()).id();
        UUID userId = accounts.list(phuThoOfficer.username(), 0, 1, vn.ishc.identity.UserFixtures.ROOT).get(0).id();
        Club club = clubs.register(new NewClub(UUID.nameUUIDFromBytes("access-matrix-club".getBytes()), village,
                "KTQ", "CLB Kiểm Tra Quyền", "1/QĐ", java.time.LocalDate.of(2023, 1, 1), null,
                java.time.LocalDate.of(2023, 1, 1), "D21"), "test", AreaScope.nation());
        MemberRow member = members.enrol(UUID.nameUUIDFromBytes("access-matrix-person".getBytes()),
                new PersonDetails("Người Kiểm Tra Quyền", "Nữ", "1950", "Mường", "Nghèo", null, null, null, false, false,
                        null, null, null), club.id(), java.time.LocalDate.of(2023, 1, 1), "test", AreaScope.nation());
        List<BoardSeat> board = boards.boardOn(club.id(), today(), AreaScope.nation());
        UUID seat = board.isEmpty() ? boards.appoint(club.id(), member.person().id(), BoardRole.CHAIR, List.of(),
                java.time.LocalDate.of(2023, 1, 1), "test", AreaScope.nation()).id() : board.get(0).id();
        List<ClubGroup> groups = boards.groupsOf(club.id(), AreaScope.nation());
        UUID group = groups.isEmpty() ? boards.createGroup(club.id(), "Tổ 1", null, "test", AreaScope.nation()).id()
                : groups.get(0).id();
        foreign = new Foreign(phuTho.id(), hoaBinh.id(), commune.id(), oldCommune.id(), village, userId,
                phuThoOfficer.username(), club.id(), member.person().id(), member.membershipId(), seat, group,
                vn.ishc.exchange.ImportFixtures.preview(imports, club.id(),
                        vn.ishc.exchange.MemberSheets.sheet().member("Người Kiểm Tra", "1950", ""), AreaScope.nation()).id(),
                activities.record(club.id(), new vn.ishc.activities.NewActivity(null, vn.ishc.activities.ActivityKind.COMMUNITY,
                        java.time.LocalDate.of(2023, 2, 1), "Dọn đường làng", 20, null, null, null, null, null, null, null,
                        null, null, null, null, null), "test", AreaScope.nation()).id(),
                entitlements.apply(club.id(), member.person().id(), null,
                        vn.ishc.activities.EntitlementCase.Benefit.SOCIAL_PENSION, java.time.LocalDate.of(2023, 2, 1),
                        null, "test", AreaScope.nation()).id(),
                aMeeting(club.id(), member.person().id()), aReferral(member.person().id()),
                fundsService.fund(club.id(), vn.ishc.funds.Fund.Kind.OPERATING, AreaScope.nation()).id(),
                fundsService.contribute(fundsService.fund(club.id(), vn.ishc.funds.Fund.Kind.OPERATING, AreaScope.nation())
                        .id(), java.time.LocalDate.of(2023, 2, 1), 100_000, vn.ishc.funds.Entry.Source.MEMBERS, null,
                        "access-matrix", "test", AreaScope.nation()).id(),
                loansService.apply(club.id(), member.person().id(), 1_000_000, vn.ishc.funds.Loans.Purpose.CROPS, null, 6,
                        java.time.LocalDate.of(2023, 2, 1), "test", AreaScope.nation()).id(), null, null, null, null,
                outsideLoans.record(club.id(), member.person().id(), "Ngân hàng Chính sách xã hội", 10_000_000,
                        java.time.LocalDate.of(2023, 3, 1), 36, null, null, "test", AreaScope.nation()).id(),
                aTarget());
        foreign = withHomeCare(foreign, club.id());
        withProgramme(club.id(), member.person().id());
        long langSon = units.at(AdminUnit.Level.PROVINCE, "20", today(), AreaScope.nation()).id();
        long dongKinh = units.at(AdminUnit.Level.COMMUNE, "05977", today(), AreaScope.nation()).id();
        for (Role role : SCOPED_ROLES) {
            Long scope = role == Role.PROVINCE_OFFICER || role == Role.PARTNER_VIEWER ? langSon : dongKinh;
            usernames.computeIfAbsent(role, r -> users.create(r, scope, "Người kiểm tra").username());
        }
    }

    /** A volunteer caring for a person in the foreign club, and a visit. */
    Foreign withHomeCare(Foreign f, UUID clubId) {
        var volunteer = homeCare.addVolunteer(clubId, new vn.ishc.homecare.NewVolunteer(
                UUID.nameUUIDFromBytes("access-matrix-volunteer".getBytes()), null, "TNV Kiểm Tra Quyền", null,
                java.time.LocalDate.of(2023, 1, 10), null, null), "test", AreaScope.nation());
        var recipient = homeCare.addRecipient(clubId, new vn.ishc.homecare.NewRecipient(
                UUID.nameUUIDFromBytes("access-matrix-recipient".getBytes()), null, "Cụ Kiểm Tra Quyền", "Xóm Kiểm Tra Quyền",
                Set.of(vn.ishc.homecare.CareReason.LIVES_ALONE), java.time.LocalDate.of(2023, 2, 1)), "test", AreaScope.nation());
        carePlans.setPlan(recipient.id(), 2, vn.ishc.homecare.PlanPeriod.WEEK, Set.of(vn.ishc.homecare.CareTask.MEALS),
                recipient.from(), "test", AreaScope.nation());
        var assignment = carePlans.assign(recipient.id(), volunteer.id(), recipient.from(), "test", AreaScope.nation());
        var visit = homeVisits.record(new vn.ishc.homecare.NewVisit(UUID.nameUUIDFromBytes("access-matrix-visit".getBytes()),
                recipient.id(), java.time.LocalDate.of(2023, 3, 1), List.of(volunteer.id()),
                Set.of(vn.ishc.homecare.CareTask.MEALS), null, 150, 95, null, null, null, null), "test", false,
                AreaScope.nation());
        return new Foreign(f.province(), f.oldProvince(), f.commune(), f.oldCommune(), f.village(), f.user(), f.username(),
                f.club(), f.person(), f.membership(), f.seat(), f.group(), f.batch(), f.activity(), f.entitlement(),
                f.meeting(), f.referral(), f.fund(), f.fundEntry(), f.loan(), volunteer.id(), recipient.id(), visit.id(),
                assignment.id(), f.outsideLoan(), f.target());
    }

    /** A course of Phú Thọ with the foreign member taking part, and Phú Thọ's award to the foreign club. */
    void withProgramme(UUID clubId, UUID personId) {
        var root = vn.ishc.identity.UserFixtures.ROOT;
        var course = trainings.record(new vn.ishc.programme.NewCourse(UUID.nameUUIDFromBytes("access-matrix-course".getBytes()),
                "Tập huấn Kiểm Tra Quyền", vn.ishc.programme.Course.Kind.CLUB_BOARD, "25", java.time.LocalDate.of(2024, 3, 4),
                java.time.LocalDate.of(2024, 3, 5), "Hội trường Kiểm Tra Quyền", null, null), root);
        foreignCourse = course.id();
        var participant = new vn.ishc.programme.NewParticipant(UUID.nameUUIDFromBytes("access-matrix-participant".getBytes()),
                clubId, personId, null, null, null);
        foreignParticipant = trainings.addParticipant(course.id(), participant, root).id();
        foreignAward = awards.record(new vn.ishc.programme.NewAward(UUID.nameUUIDFromBytes("access-matrix-award".getBytes()),
                java.time.LocalDate.of(2024, 6, 1), "Hội NCT tỉnh Kiểm Tra Quyền", "1/QĐ-KTQ", "25",
                vn.ishc.programme.Award.Recipient.CLUB, clubId, null, null, null, null), root).id();
    }

    /** Phú Thọ's own plan target, and Phú Thọ's share of a national target. */
    UUID aTarget() {
        var national = targets.record(new vn.ishc.programme.NewTarget(UUID.nameUUIDFromBytes("access-matrix-national".getBytes()),
                "CLUBS_NEW", "", java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2030, 12),
                vn.ishc.programme.Target.Measure.COUNT, java.math.BigDecimal.valueOf(100), null, null, null,
                new vn.ishc.programme.NewTarget.NewDocument(vn.ishc.programme.SourceDocument.Kind.OTHER, "Phân bổ thử",
                        null, null, null), null), vn.ishc.identity.UserFixtures.ROOT);
        targets.share(national.id(), Map.of("25", java.math.BigDecimal.TEN), vn.ishc.identity.UserFixtures.ROOT);
        return targets.record(new vn.ishc.programme.NewTarget(UUID.nameUUIDFromBytes("access-matrix-target".getBytes()),
                "CLUBS_NEW", "25", java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2030, 12),
                vn.ishc.programme.Target.Measure.COUNT, java.math.BigDecimal.valueOf(40), null, null, null,
                new vn.ishc.programme.NewTarget.NewDocument(vn.ishc.programme.SourceDocument.Kind.PROVINCIAL_PLAN,
                        "Kế hoạch Kiểm Tra Quyền", null, null, null), null), vn.ishc.identity.UserFixtures.ROOT).id();
    }

    UUID aMeeting(UUID clubId, UUID personId) {
        return meetings.record(clubId, new vn.ishc.meetings.MeetingEntry(UUID.nameUUIDFromBytes("access-matrix-meeting".getBytes()),
                null, java.time.LocalDate.of(2023, 2, 21), "Nhà văn hoá", "Phòng chống tăng huyết áp", null, 2, null,
                List.of(new vn.ishc.meetings.MeetingEntry.Row(personId, vn.ishc.meetings.AttendanceStatus.PRESENT,
                        new vn.ishc.meetings.ReadingValues(150, 95, 80, null, null)))), "test", AreaScope.nation()).id();
    }

    UUID aReferral(UUID personId) {
        var referrals = health.of(personId, AreaScope.nation()).referrals();
        return referrals.isEmpty() ? health.addReferral(personId, java.time.LocalDate.of(2023, 2, 21),
                vn.ishc.meetings.ReferralDestination.COMMUNE_STATION, "Huyết áp cao", null, null, "test",
                AreaScope.nation()).id() : referrals.get(0).id();
    }

    static java.time.LocalDate today() {
        return java.time.LocalDate.now(vn.ishc.shared.BusinessCalendar.ZONE);
    }

    Map<String, Probe> probes() {
        Map<String, Probe> p = new LinkedHashMap<>();
        String villageJson = "{\"name\":\"Xóm Mới\"}";
        p.put("GET /units", new Probe(f -> mvc.get().uri("/units?date=2025-06-30"), Expect.FILTERED));
        p.put("GET /units/{id}", new Probe(f -> mvc.get().uri("/units/" + f.oldProvince()), Expect.REFUSED));
        p.put("GET /units/search", new Probe(f -> mvc.get().uri("/units/search?q=phu tho"), Expect.FILTERED));
        p.put("GET /units/lookup", new Probe(f -> mvc.get().uri("/units/lookup?level=PROVINCE&code=25"), Expect.REFUSED));
        p.put("POST /units/{communeId}/villages", new Probe(f -> mvc.post().uri("/units/" + f.commune() + "/villages")
                .param("name", "Xóm Mới").with(csrf()), Expect.REFUSED));
        p.put("POST /villages/{id}/rename", new Probe(f -> mvc.post().uri("/villages/" + f.village() + "/rename")
                .param("name", "Xóm Đổi").with(csrf()), Expect.REFUSED));
        p.put("POST /villages/{id}/retire", new Probe(f -> mvc.post().uri("/villages/" + f.village() + "/retire")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /villages/{id}/place", new Probe(f -> mvc.post().uri("/villages/" + f.village() + "/place")
                .param("currentCommuneId", String.valueOf(f.commune())).with(csrf()), Expect.REFUSED));
        p.put("GET /villages/awaiting-placement", new Probe(f -> mvc.get().uri("/villages/awaiting-placement"), Expect.FILTERED));
        p.put("GET /api/v1/units", new Probe(f -> mvc.get().uri("/api/v1/units?date=2025-06-30"), Expect.FILTERED));
        p.put("GET /api/v1/units/{id}", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.province()), Expect.REFUSED));
        p.put("GET /api/v1/units/{id}/children", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.province() + "/children"), Expect.REFUSED));
        p.put("GET /api/v1/units/{id}/history", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.oldCommune() + "/history"), Expect.REFUSED));
        p.put("GET /api/v1/units/lookup", new Probe(f -> mvc.get().uri("/api/v1/units/lookup?level=COMMUNE&code=04795"), Expect.REFUSED));
        p.put("GET /api/v1/units/search", new Probe(f -> mvc.get().uri("/api/v1/units/search?q=phu tho"), Expect.FILTERED));
        p.put("GET /api/v1/units/{communeId}/villages", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.commune() + "/villages"), Expect.REFUSED));
        p.put("GET /api/v1/villages/{id}", new Probe(f -> mvc.get().uri("/api/v1/villages/" + f.village()), Expect.REFUSED));
        p.put("GET /api/v1/villages/awaiting-placement", new Probe(f -> mvc.get().uri("/api/v1/villages/awaiting-placement"), Expect.FILTERED));
        p.put("POST /api/v1/villages", new Probe(f -> mvc.post().uri("/api/v1/villages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"communeId\":" + f.commune() + ",\"name\":\"Xóm Mới\"}"), Expect.REFUSED));
        p.put("PATCH /api/v1/villages/{id}", new Probe(f -> mvc.patch().uri("/api/v1/villages/" + f.village())
                .contentType(MediaType.APPLICATION_JSON).content(villageJson), Expect.REFUSED));
        p.put("POST /api/v1/villages/{id}/retirement", new Probe(f -> mvc.post().uri("/api/v1/villages/" + f.village() + "/retirement")
                .contentType(MediaType.APPLICATION_JSON).content("{\"retiredOn\":\"2026-01-01\"}"), Expect.REFUSED));
        p.put("POST /api/v1/villages/{id}/placement", new Probe(f -> mvc.post().uri("/api/v1/villages/" + f.village() + "/placement")
                .contentType(MediaType.APPLICATION_JSON).content("{\"currentCommuneId\":" + f.commune() + "}"), Expect.REFUSED));
        String newUser = "{\"username\":\"ngoai-pham-vi\",\"displayName\":\"X\",\"password\":\"mat-khau-dai-1\","
                + "\"role\":\"COMMUNE_OFFICER\",\"scopeUnitId\":";
        p.put("GET /admin/users", new Probe(f -> mvc.get().uri("/admin/users"), Expect.FILTERED));
        p.put("GET /admin/users/new", new Probe(f -> mvc.get().uri("/admin/users/new"), Expect.FILTERED));
        p.put("POST /admin/users", new Probe(f -> mvc.post().uri("/admin/users").with(csrf())
                .param("username", "ngoai-pham-vi").param("displayName", "X").param("password", "mat-khau-dai-1")
                .param("role", "COMMUNE_OFFICER").param("scopeCommuneId", String.valueOf(f.commune())), Expect.REFUSED));
        p.put("GET /admin/users/{id}", new Probe(f -> mvc.get().uri("/admin/users/" + f.user()), Expect.REFUSED));
        p.put("POST /admin/users/{id}", new Probe(f -> mvc.post().uri("/admin/users/" + f.user()).with(csrf())
                .param("displayName", "Đổi"), Expect.REFUSED));
        p.put("POST /admin/users/{id}/enabled", new Probe(f -> mvc.post().uri("/admin/users/" + f.user() + "/enabled")
                .with(csrf()).param("enabled", "false"), Expect.REFUSED));
        p.put("POST /admin/users/{id}/password", new Probe(f -> mvc.post().uri("/admin/users/" + f.user() + "/password")
                .with(csrf()).param("password", "mat-khau-moi-123"), Expect.REFUSED));
        p.put("POST /admin/users/{id}/club", new Probe(f -> mvc.post().uri("/admin/users/" + f.user() + "/club")
                .with(csrf()).param("clubId", f.club().toString()), Expect.REFUSED));
        p.put("GET /admin/users/communes", new Probe(f -> mvc.get().uri("/admin/users/communes?scopeProvinceId=" + f.province()),
                Expect.REFUSED));
        p.put("GET /admin/audit", new Probe(f -> mvc.get().uri("/admin/audit"), Expect.FILTERED));
        p.put("GET /api/v1/users", new Probe(f -> mvc.get().uri("/api/v1/users?size=500"), Expect.FILTERED));
        p.put("GET /api/v1/users/{id}", new Probe(f -> mvc.get().uri("/api/v1/users/" + f.user()), Expect.REFUSED));
        p.put("POST /api/v1/users", new Probe(f -> mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content(newUser + f.commune() + "}"), Expect.REFUSED));
        p.put("PATCH /api/v1/users/{id}", new Probe(f -> mvc.patch().uri("/api/v1/users/" + f.user())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"), Expect.REFUSED));
        p.put("POST /api/v1/users/{id}/password", new Probe(f -> mvc.post().uri("/api/v1/users/" + f.user() + "/password")
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"mat-khau-moi-123\"}"), Expect.REFUSED));
        p.put("GET /clubs", new Probe(f -> mvc.get().uri("/clubs"), Expect.FILTERED));
        p.put("GET /clubs/new", new Probe(f -> mvc.get().uri("/clubs/new?commune=" + f.commune()), Expect.REFUSED));
        p.put("POST /clubs", new Probe(f -> mvc.post().uri("/clubs").with(csrf()).param("villageId", f.village().toString())
                .param("code", "X9").param("name", "CLB Mới").param("decisionNumber", "1").param("decisionDate", "2024-01-01")
                .param("foundedOn", "2024-01-01").param("meetingDay", "D21"), Expect.REFUSED));
        p.put("GET /clubs/{id}", new Probe(f -> mvc.get().uri("/clubs/" + f.club()), Expect.REFUSED));
        p.put("POST /clubs/{id}/status", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/status").with(csrf())
                .param("status", "DISSOLVED").param("effective", "2025-01-01").param("reason", "x"), Expect.REFUSED));
        p.put("POST /clubs/{id}/projects", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/projects").with(csrf()),
                Expect.REFUSED));
        p.put("POST /clubs/{id}/board", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/board").with(csrf())
                .param("personId", f.person().toString()).param("role", "MEMBER").param("startOn", "2024-01-01"), Expect.REFUSED));
        p.put("POST /clubs/{id}/board/{seatId}/end", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/board/" + f.seat() + "/end")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /clubs/{id}/board/{seatId}/account", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/board/"
                + f.seat() + "/account").with(csrf()).param("username", "ke.gian"), Expect.REFUSED));
        p.put("POST /clubs/{id}/groups", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/groups").with(csrf())
                .param("name", "Tổ 9"), Expect.REFUSED));
        p.put("POST /clubs/{id}/groups/{groupId}/members", new Probe(f -> mvc.post()
                .uri("/clubs/" + f.club() + "/groups/" + f.group() + "/members").with(csrf())
                .param("personId", f.person().toString()), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/new", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/members/new"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/members", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/members").with(csrf())
                .param("fullName", "A").param("sex", "F").param("birth", "1950").param("ethnicity", "01")
                .param("household", "OTHER").param("joinedOn", "2024-01-01"), Expect.REFUSED));
        p.put("GET /clubs/{id}/edit", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/edit"), Expect.REFUSED));
        p.put("POST /clubs/{id}/edit", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/edit").with(csrf())
                .param("code", "KTQ").param("name", "CLB Đổi Tên").param("decisionNumber", "1/QĐ")
                .param("decisionDate", "2023-01-01").param("foundedOn", "2023-01-01").param("meetingDay", "D21")
                .param("version", "0"), Expect.REFUSED));
        p.put("GET /members/{personId}/edit", new Probe(f -> mvc.get().uri("/members/" + f.person() + "/edit"),
                Expect.REFUSED));
        p.put("POST /members/{personId}/edit", new Probe(f -> mvc.post().uri("/members/" + f.person() + "/edit")
                .with(csrf()).param("fullName", "Đổi Tên").param("sex", "F").param("birth", "1950")
                .param("ethnicity", "01").param("household", "OTHER").param("version", "0"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/activities", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/activities"),
                Expect.REFUSED));
        p.put("POST /clubs/{clubId}/activities", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/activities")
                .with(csrf()).param("kind", "COMMUNITY").param("on", "2024-01-05").param("title", "Dọn đường"),
                Expect.REFUSED));
        p.put("POST /activities/{id}/cancel", new Probe(f -> mvc.post().uri("/activities/" + f.activity() + "/cancel")
                .with(csrf()).param("reason", "nhầm"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/entitlements", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/entitlements")
                .with(csrf()).param("personName", "A").param("benefit", "OTHER").param("appliedOn", "2024-01-05"),
                Expect.REFUSED));
        p.put("POST /entitlements/{id}/decision", new Probe(f -> mvc.post().uri("/entitlements/" + f.entitlement()
                + "/decision").with(csrf()).param("status", "OBTAINED").param("decidedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/art-team", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/art-team")
                .with(csrf()).param("foundedOn", "2024-01-05"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/month", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/month?month=2024-01"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/month", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/month?month=2024-01"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/funds", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/funds"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/contributions", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.fund() + "/contributions").with(csrf()).param("amount", "1000").param("date", "2024-01-05")
                .param("source", "MEMBERS"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/expenses", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.fund() + "/expenses").with(csrf()).param("amount", "1000").param("date", "2024-01-05")
                .param("purpose", "x"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/transfers", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.fund() + "/transfers").with(csrf()).param("amount", "1000").param("date", "2024-01-05")
                .param("toFundId", f.fund().toString()), Expect.REFUSED));
        p.put("POST /fund-entries/{entryId}/reversal", new Probe(f -> mvc.post().uri("/fund-entries/" + f.fundEntry()
                + "/reversal").with(csrf()).param("reason", "x"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/funds").with(csrf())
                .param("kind", "WELFARE").param("name", "Quỹ tương trợ").param("openedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/close", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/funds/close")
                .with(csrf()).param("month", "2024-01"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/loans", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/loans"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/loan-rules", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/loan-rules")
                .with(csrf()).param("approvedOn", "2024-01-05").param("maxAmount", "1000000").param("maxTermMonths", "6")
                .param("monthlyRatePercent", "1").param("method", "FLAT").param("repayment", "EQUAL_INSTALMENTS"),
                Expect.REFUSED));
        p.put("POST /clubs/{clubId}/loans", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/loans").with(csrf())
                .param("personId", f.person().toString()).param("amount", "1000").param("purpose", "CROPS")
                .param("termMonths", "3").param("appliedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/outside-loans", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/outside-loans")
                .with(csrf()).param("personId", f.person().toString()).param("lender", "NHCSXH").param("amount", "1000")
                .param("obtainedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /outside-loans/{id}/repaid", new Probe(f -> mvc.post().uri("/outside-loans/" + f.outsideLoan()
                + "/repaid").with(csrf()).param("repaidOn", "2024-02-05"), Expect.REFUSED));
        p.put("GET /loans/{loanId}", new Probe(f -> mvc.get().uri("/loans/" + f.loan()), Expect.REFUSED));
        p.put("GET /loans/{loanId}/card", new Probe(f -> mvc.get().uri("/loans/" + f.loan() + "/card"), Expect.REFUSED));
        p.put("GET /loans/{loanId}/card.pdf", new Probe(f -> mvc.get().uri("/loans/" + f.loan() + "/card.pdf"),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/funds/statement/print", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/funds/statement/print?fund=" + f.fund()), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/funds/statement.pdf", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/funds/statement.pdf?fund=" + f.fund()), Expect.REFUSED));
        p.put("POST /loans/{loanId}/decision", new Probe(f -> mvc.post().uri("/loans/" + f.loan() + "/decision")
                .with(csrf()).param("approve", "false").param("decidedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/disbursement", new Probe(f -> mvc.post().uri("/loans/" + f.loan() + "/disbursement")
                .with(csrf()).param("on", "2024-01-05"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/repayments", new Probe(f -> mvc.post().uri("/loans/" + f.loan() + "/repayments")
                .with(csrf()).param("amount", "1000").param("on", "2024-01-05"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/reschedule", new Probe(f -> mvc.post().uri("/loans/" + f.loan() + "/reschedule")
                .with(csrf()).param("decidedOn", "2024-01-05").param("termMonths", "6").param("reason", "x"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/repayments/{entryId}/reversal", new Probe(f -> mvc.post().uri("/loans/" + f.loan()
                + "/repayments/" + f.fundEntry() + "/reversal").with(csrf()).param("reason", "x"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/write-off", new Probe(f -> mvc.post().uri("/loans/" + f.loan() + "/write-off")
                .with(csrf()).param("reason", "x"), Expect.REFUSED));
        p.put("GET /members/{personId}", new Probe(f -> mvc.get().uri("/members/" + f.person()), Expect.REFUSED));
        p.put("POST /members/{personId}/merge", new Probe(f -> mvc.post().uri("/members/" + f.person() + "/merge").with(csrf())
                .param("duplicateId", UUID.randomUUID().toString()), Expect.REFUSED));
        p.put("POST /members/{personId}/distinct", new Probe(f -> mvc.post().uri("/members/" + f.person() + "/distinct").with(csrf())
                .param("otherId", f.person().toString()), Expect.REFUSED));
        p.put("POST /memberships/{id}/leave", new Probe(f -> mvc.post().uri("/memberships/" + f.membership() + "/leave")
                .with(csrf()).param("personId", f.person().toString()).param("reason", "MOVED").param("leftOn", "2025-01-01"),
                Expect.REFUSED));
        String json = "application/json";
        p.put("GET /api/v1/clubs", new Probe(f -> mvc.get().uri("/api/v1/clubs?size=1000"), Expect.FILTERED));
        p.put("POST /api/v1/clubs", new Probe(f -> mvc.post().uri("/api/v1/clubs").contentType(json)
                .content("{\"villageId\":\"" + f.village() + "\",\"code\":\"Z1\",\"name\":\"A\",\"decisionNumber\":\"1\","
                        + "\"decisionDate\":\"2024-01-01\",\"foundedOn\":\"2024-01-01\",\"meetingDay\":\"D1\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{id}", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{id}/status", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/status")
                .contentType(json).content("{\"status\":\"DISSOLVED\",\"effective\":\"2025-01-01\",\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("PUT /api/v1/clubs/{id}/projects", new Probe(f -> mvc.put().uri("/api/v1/clubs/" + f.club() + "/projects")
                .contentType(json).content("[]"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{id}/board", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/board"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{id}/board", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/board")
                .contentType(json).content("{\"personId\":\"" + f.person() + "\",\"role\":\"MEMBER\",\"startOn\":\"2024-01-01\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/board-seats/{seatId}/end", new Probe(f -> mvc.post().uri("/api/v1/board-seats/" + f.seat() + "/end")
                .contentType(json).content("{\"endOn\":\"2025-01-01\"}"), Expect.REFUSED));
        p.put("PUT /api/v1/board-seats/{seatId}/account", new Probe(f -> mvc.put().uri("/api/v1/board-seats/" + f.seat()
                + "/account").contentType(json).content("{\"username\":\"ke.gian\"}"), Expect.REFUSED));
        p.put("GET /reports/annual", new Probe(f -> mvc.get().uri("/reports/annual?area=25&year=2025&boundaries=RESTATED"),
                Expect.REFUSED));
        p.put("GET /reports/annual.pdf", new Probe(f -> mvc.get().uri("/reports/annual.pdf?area=25&year=2025"
                + "&boundaries=RESTATED"), Expect.REFUSED));
        p.put("POST /api/v1/indicators/rebuild", new Probe(f -> mvc.post().uri("/api/v1/indicators/rebuild"), Expect.REFUSED));
        p.put("GET /api/v1/indicators/rebuild", new Probe(f -> mvc.get().uri("/api/v1/indicators/rebuild"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/loans", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/loans"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/loan-rules", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/loan-rules"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/loan-rules", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/loan-rules").contentType(json).content("{\"approvedOn\":\"2024-01-05\",\"maxAmount\":1000000,"
                + "\"maxTermMonths\":12,\"monthlyRate\":0.005,\"method\":\"FLAT\",\"repayment\":\"EQUAL_INSTALMENTS\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/loans", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/loans")
                .contentType(json).content("{\"personId\":\"" + f.person() + "\",\"amount\":1000000,"
                        + "\"purpose\":\"CROPS\",\"termMonths\":6}"), Expect.REFUSED));
        p.put("GET /api/v1/loans/{loanId}", new Probe(f -> mvc.get().uri("/api/v1/loans/" + f.loan()), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/decision", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.loan()
                + "/decision").contentType(json).content("{\"approve\":false,\"decidedOn\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/disbursement", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.loan()
                + "/disbursement").contentType(json).content("{\"on\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/repayments", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.loan()
                + "/repayments").contentType(json).content("{\"on\":\"2024-01-05\",\"amount\":1000}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/repayments/{entryId}/reversal", new Probe(f -> mvc.post().uri("/api/v1/loans/"
                + f.loan() + "/repayments/" + f.fundEntry() + "/reversal").contentType(json).content("{\"reason\":\"x\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/reschedule", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.loan()
                + "/reschedule").contentType(json).content("{\"decidedOn\":\"2024-01-05\",\"termMonths\":6,"
                        + "\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/write-off", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.loan()
                + "/write-off").contentType(json).content("{\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{id}/groups", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/groups"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{id}/groups", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/groups")
                .contentType(json).content("{\"name\":\"Tổ 5\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/members", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/members"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/members", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/members")
                .contentType(json).content("{\"personId\":\"" + f.person() + "\",\"joinedOn\":\"2024-01-01\"}"), Expect.REFUSED));
        p.put("PUT /api/v1/clubs/{id}", new Probe(f -> mvc.put().uri("/api/v1/clubs/" + f.club()).contentType(json)
                .content("{\"version\":0,\"club\":{\"code\":\"KTQ\",\"name\":\"CLB Đổi Tên\",\"decisionNumber\":\"1\","
                        + "\"decisionDate\":\"2023-01-01\",\"foundedOn\":\"2023-01-01\",\"meetingDay\":\"D21\"}}"),
                Expect.REFUSED));
        p.put("PUT /api/v1/members/{personId}", new Probe(f -> mvc.put().uri("/api/v1/members/" + f.person())
                .contentType(json).content("{\"version\":0,\"person\":{\"fullName\":\"Đổi Tên\",\"sex\":\"F\","
                        + "\"birth\":\"1950\",\"ethnicity\":\"01\",\"household\":\"OTHER\"}}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/activities", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/activities?month=2023-02"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/activities", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/activities").contentType(json).content("{\"kind\":\"COMMUNITY\",\"on\":\"2024-01-05\",\"title\":\"X\"}"),
                Expect.REFUSED));
        p.put("GET /api/v1/activities/{id}", new Probe(f -> mvc.get().uri("/api/v1/activities/" + f.activity()),
                Expect.REFUSED));
        p.put("PUT /api/v1/activities/{id}", new Probe(f -> mvc.put().uri("/api/v1/activities/" + f.activity())
                .contentType(json).content("{\"version\":0,\"activity\":{\"kind\":\"COMMUNITY\",\"on\":\"2024-01-05\","
                        + "\"title\":\"X\"}}"), Expect.REFUSED));
        p.put("POST /api/v1/activities/{id}/cancel", new Probe(f -> mvc.post().uri("/api/v1/activities/" + f.activity()
                + "/cancel").contentType(json).content("{\"reason\":\"nhầm\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/entitlements", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/entitlements"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/entitlements", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/entitlements").contentType(json).content("{\"personName\":\"A\",\"benefit\":\"OTHER\","
                        + "\"appliedOn\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("POST /api/v1/entitlements/{id}/decision", new Probe(f -> mvc.post().uri("/api/v1/entitlements/"
                + f.entitlement() + "/decision").contentType(json).content("{\"status\":\"OBTAINED\","
                        + "\"decidedOn\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/funds", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/funds"),
                Expect.REFUSED));
        p.put("GET /api/v1/funds/{fundId}/statement", new Probe(f -> mvc.get().uri("/api/v1/funds/" + f.fund()
                + "/statement?from=2023-01-01&to=2023-12-31"), Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/contributions", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.fund()
                + "/contributions").contentType(json).content("{\"date\":\"2024-01-05\",\"amount\":1000,\"source\":\"MEMBERS\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/expenses", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.fund()
                + "/expenses").contentType(json).content("{\"date\":\"2024-01-05\",\"amount\":1000,\"purpose\":\"x\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/transfers", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.fund()
                + "/transfers").contentType(json).content("{\"date\":\"2024-01-05\",\"amount\":1000,\"toFundId\":\""
                        + f.fund() + "\"}"), Expect.REFUSED));
        p.put("POST /api/v1/fund-entries/{entryId}/reversal", new Probe(f -> mvc.post().uri("/api/v1/fund-entries/"
                + f.fundEntry() + "/reversal").contentType(json).content("{\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/funds/close", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/funds/close").contentType(json).content("{\"month\":\"2024-01\"}"), Expect.REFUSED));
        p.put("GET /api/v1/members/{personId}", new Probe(f -> mvc.get().uri("/api/v1/members/" + f.person()), Expect.REFUSED));
        p.put("POST /api/v1/memberships/{id}/leave", new Probe(f -> mvc.post().uri("/api/v1/memberships/" + f.membership() + "/leave")
                .contentType(json).content("{\"leftOn\":\"2025-01-01\",\"reason\":\"MOVED\"}"), Expect.REFUSED));
        p.put("POST /api/v1/memberships/{id}/transfer", new Probe(f -> mvc.post().uri("/api/v1/memberships/" + f.membership() + "/transfer")
                .contentType(json).content("{\"toClubId\":\"" + f.club() + "\",\"on\":\"2025-01-01\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/standard", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/standard"), Expect.REFUSED));
        // An upload without a file part: the club is refused before the file is looked at.
        String multipart = "multipart/form-data; boundary=kiemtra";
        p.put("GET /clubs/{clubId}/members/import", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/members/import"),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/import/template.xlsx", new Probe(f -> mvc.get()
                .uri("/clubs/" + f.club() + "/members/import/template.xlsx"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/members/import", new Probe(f -> mvc.post()
                .uri("/clubs/" + f.club() + "/members/import").contentType(multipart).with(csrf()), Expect.REFUSED));
        p.put("GET /imports/{batchId}", new Probe(f -> mvc.get().uri("/imports/" + f.batch()), Expect.REFUSED));
        p.put("GET /imports/{batchId}/progress", new Probe(f -> mvc.get().uri("/imports/" + f.batch() + "/progress"),
                Expect.REFUSED));
        p.put("POST /imports/{batchId}/confirm", new Probe(f -> mvc.post().uri("/imports/" + f.batch() + "/confirm")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /imports/{batchId}/cancel", new Probe(f -> mvc.post().uri("/imports/" + f.batch() + "/cancel")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/members/imports", new Probe(f -> mvc.post()
                .uri("/api/v1/clubs/" + f.club() + "/members/imports").contentType(multipart), Expect.REFUSED));
        p.put("POST /api/v1/imports/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/api/v1/imports/" + f.batch() + "/confirm"), Expect.REFUSED));
        p.put("GET /api/v1/imports/{batchId}", new Probe(f -> mvc.get().uri("/api/v1/imports/" + f.batch()),
                Expect.REFUSED));
        meetingProbes(p);
        homeCareProbes(p);
        targetProbes(p);
        trainingProbes(p);
        dashboardProbes(p);
        return p;
    }

    void dashboardProbes(Map<String, Probe> p) {
        String year = "?period=2026&area=25";
        p.put("GET /dashboard", new Probe(f -> mvc.get().uri("/dashboard" + year), Expect.REFUSED));
        p.put("GET /api/v1/indicators", new Probe(f -> mvc.get().uri("/api/v1/indicators" + year), Expect.REFUSED));
        p.put("GET /api/v1/indicators.xlsx", new Probe(f -> mvc.get().uri("/api/v1/indicators.xlsx" + year), Expect.REFUSED));
        p.put("GET /api/v1/indicators.adx", new Probe(f -> mvc.get().uri("/api/v1/indicators.adx" + year), Expect.REFUSED));
        p.put("GET /api/v1/indicators.json", new Probe(f -> mvc.get().uri("/api/v1/indicators.json" + year
                + "&format=dhis2"), Expect.REFUSED));
    }

    void trainingProbes(Map<String, Probe> p) {
        String json = "application/json";
        String course = "{\"title\":\"Tập huấn\",\"kind\":\"CLUB_BOARD\",\"areaPath\":\"25\","
                + "\"startsOn\":\"2024-03-04\",\"endsOn\":\"2024-03-05\"}";
        String outsider = "{\"fullName\":\"Người Lạ\",\"sex\":\"F\"}";
        p.put("GET /trainings", new Probe(f -> mvc.get().uri("/trainings"), Expect.FILTERED));
        p.put("POST /trainings", new Probe(f -> mvc.post().uri("/trainings").with(csrf()).param("title", "Tập huấn")
                .param("kind", "CLUB_BOARD").param("areaPath", "25").param("startsOn", "2024-03-04")
                .param("endsOn", "2024-03-05"), Expect.REFUSED));
        p.put("GET /trainings/{id}", new Probe(f -> mvc.get().uri("/trainings/" + foreignCourse), Expect.REFUSED));
        p.put("POST /trainings/{id}", new Probe(f -> mvc.post().uri("/trainings/" + foreignCourse).with(csrf())
                .param("version", "0").param("title", "Tập huấn").param("kind", "CLUB_BOARD").param("areaPath", "25")
                .param("startsOn", "2024-03-04").param("endsOn", "2024-03-05"), Expect.REFUSED));
        p.put("POST /trainings/{id}/cancel", new Probe(f -> mvc.post().uri("/trainings/" + foreignCourse + "/cancel")
                .with(csrf()).param("reason", "Thử"), Expect.REFUSED));
        p.put("POST /trainings/{id}/participants", new Probe(f -> mvc.post().uri("/trainings/" + foreignCourse
                + "/participants").with(csrf()).param("fullName", "Người Lạ").param("sex", "F"), Expect.REFUSED));
        p.put("POST /trainings/{id}/participants/{participantId}/remove", new Probe(f -> mvc.post().uri("/trainings/"
                + foreignCourse + "/participants/" + foreignParticipant + "/remove").with(csrf()), Expect.REFUSED));
        p.put("GET /awards", new Probe(f -> mvc.get().uri("/awards"), Expect.FILTERED));
        p.put("POST /awards", new Probe(f -> mvc.post().uri("/awards").with(csrf()).param("givenOn", "2024-06-01")
                .param("issuer", "Hội NCT").param("decisionNumber", "2/QĐ").param("areaPath", "25")
                .param("recipientKind", "CLUB").param("clubId", f.club().toString()), Expect.REFUSED));
        p.put("GET /api/v1/trainings", new Probe(f -> mvc.get().uri("/api/v1/trainings"), Expect.FILTERED));
        p.put("POST /api/v1/trainings", new Probe(f -> mvc.post().uri("/api/v1/trainings").contentType(json)
                .content(course), Expect.REFUSED));
        p.put("GET /api/v1/trainings/{id}", new Probe(f -> mvc.get().uri("/api/v1/trainings/" + foreignCourse),
                Expect.REFUSED));
        p.put("PUT /api/v1/trainings/{id}", new Probe(f -> mvc.put().uri("/api/v1/trainings/" + foreignCourse)
                .contentType(json).content(course.replace("{", "{\"version\":0,")), Expect.REFUSED));
        p.put("POST /api/v1/trainings/{id}/cancellation", new Probe(f -> mvc.post().uri("/api/v1/trainings/" + foreignCourse
                + "/cancellation").contentType(json).content("{\"reason\":\"Thử\"}"), Expect.REFUSED));
        p.put("POST /api/v1/trainings/{id}/participants", new Probe(f -> mvc.post().uri("/api/v1/trainings/"
                + foreignCourse + "/participants").contentType(json).content(outsider), Expect.REFUSED));
        p.put("POST /api/v1/trainings/{id}/participants/{participantId}/removal", new Probe(f -> mvc.post()
                .uri("/api/v1/trainings/" + foreignCourse + "/participants/" + foreignParticipant + "/removal"),
                Expect.REFUSED));
        p.put("GET /api/v1/awards", new Probe(f -> mvc.get().uri("/api/v1/awards"), Expect.FILTERED));
        p.put("GET /api/v1/awards/{id}", new Probe(f -> mvc.get().uri("/api/v1/awards/" + foreignAward), Expect.REFUSED));
        p.put("POST /api/v1/awards", new Probe(f -> mvc.post().uri("/api/v1/awards").contentType(json)
                .content("{\"givenOn\":\"2024-06-01\",\"issuer\":\"Hội NCT\",\"decisionNumber\":\"2/QĐ\","
                        + "\"areaPath\":\"25\",\"recipientKind\":\"CLUB\",\"clubId\":\"" + f.club() + "\"}"),
                Expect.REFUSED));
    }

    void targetProbes(Map<String, Probe> p) {
        String json = "application/json";
        p.put("GET /targets", new Probe(f -> mvc.get().uri("/targets"), Expect.FILTERED));
        p.put("GET /targets/{id}", new Probe(f -> mvc.get().uri("/targets/" + f.target()), Expect.REFUSED));
        p.put("POST /targets", new Probe(f -> mvc.post().uri("/targets").with(csrf()).param("areaPath", "25")
                .param("code", "CLUBS_NEW").param("first", "2026-01").param("last", "2030-12").param("value", "5")
                .param("documentKind", "PROVINCIAL_PLAN").param("documentNumber", "Kế hoạch Kiểm Tra Quyền"), Expect.REFUSED));
        p.put("POST /targets/{id}/shares", new Probe(f -> mvc.post().uri("/targets/" + f.target() + "/shares").with(csrf())
                .param("share-25", "1"), Expect.REFUSED));
        p.put("GET /api/v1/targets", new Probe(f -> mvc.get().uri("/api/v1/targets"), Expect.FILTERED));
        p.put("GET /api/v1/targets/{id}", new Probe(f -> mvc.get().uri("/api/v1/targets/" + f.target()), Expect.REFUSED));
        p.put("POST /api/v1/targets", new Probe(f -> mvc.post().uri("/api/v1/targets").contentType(json)
                .content("{\"code\":\"CLUBS_NEW\",\"areaPath\":\"25\",\"first\":\"2026-01\",\"last\":\"2030-12\","
                        + "\"value\":5,\"document\":{\"kind\":\"PROVINCIAL_PLAN\",\"number\":\"1/KH\"}}"), Expect.REFUSED));
        p.put("POST /api/v1/targets/{id}/shares", new Probe(f -> mvc.post().uri("/api/v1/targets/" + f.target() + "/shares")
                .contentType(json).content("{\"shares\":{\"25\":1}}"), Expect.REFUSED));
    }

    void homeCareProbes(Map<String, Probe> p) {
        String json = "application/json";
        String visit = "{\"visitedOn\":\"2023-03-02\",\"volunteerIds\":[\"%s\"],\"tasks\":[\"MEALS\"]}";
        p.put("GET /clubs/{clubId}/homecare", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/homecare"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/homecare/volunteers", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/homecare/volunteers").with(csrf()).param("name", "Người Lạ"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/homecare/recipients", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/homecare/recipients").with(csrf()).param("name", "Người Lạ").param("reasons", "FRAIL")
                .param("from", "2024-01-01"), Expect.REFUSED));
        p.put("POST /homecare/volunteers/{id}/end", new Probe(f -> mvc.post().uri("/homecare/volunteers/" + f.volunteer()
                + "/end").with(csrf()).param("endedOn", "2024-01-01"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/end", new Probe(f -> mvc.post().uri("/homecare/recipients/" + f.recipient()
                + "/end").with(csrf()).param("endedOn", "2024-01-01").param("reason", "x"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/plan", new Probe(f -> mvc.post().uri("/homecare/recipients/" + f.recipient()
                + "/plan").with(csrf()).param("visits", "1").param("per", "MONTH").param("tasks", "MEALS"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/assignments", new Probe(f -> mvc.post().uri("/homecare/recipients/"
                + f.recipient() + "/assignments").with(csrf()).param("volunteerId", f.volunteer().toString()), Expect.REFUSED));
        p.put("POST /homecare/assignments/{id}/end", new Probe(f -> mvc.post().uri("/homecare/assignments/" + f.assignment()
                + "/end").with(csrf()).param("recipientId", f.recipient().toString()), Expect.REFUSED));
        p.put("GET /homecare/mine", new Probe(f -> mvc.get().uri("/homecare/mine"), Expect.FILTERED));
        p.put("GET /homecare/recipients/{id}/visit", new Probe(f -> mvc.get().uri("/homecare/recipients/" + f.recipient()
                + "/visit"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/visits", new Probe(f -> mvc.post().uri("/homecare/recipients/" + f.recipient()
                + "/visits").with(csrf()).param("visitedOn", "2023-03-02").param("volunteerIds", f.volunteer().toString())
                .param("tasks", "MEALS"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/homecare/volunteers", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/homecare/volunteers"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/homecare/volunteers", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/homecare/volunteers").contentType(json).content("{\"name\":\"Người Lạ\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/homecare/recipients", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/homecare/recipients"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/homecare/recipients", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/homecare/recipients").contentType(json)
                .content("{\"name\":\"Người Lạ\",\"reasons\":[\"FRAIL\"],\"from\":\"2024-01-01\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/homecare/month", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/homecare/month?month=2023-03"), Expect.REFUSED));
        p.put("GET /api/v1/homecare/recipients/{id}/plan", new Probe(f -> mvc.get().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/plan"), Expect.REFUSED));
        p.put("PUT /api/v1/homecare/recipients/{id}/plan", new Probe(f -> mvc.put().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/plan").contentType(json).content("{\"visits\":1,\"per\":\"MONTH\",\"tasks\":[\"MEALS\"]}"),
                Expect.REFUSED));
        p.put("GET /api/v1/homecare/recipients/{id}/assignments", new Probe(f -> mvc.get().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/assignments"), Expect.REFUSED));
        p.put("POST /api/v1/homecare/recipients/{id}/assignments", new Probe(f -> mvc.post().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/assignments").contentType(json).content("{\"volunteerId\":\"" + f.volunteer() + "\"}"),
                Expect.REFUSED));
        p.put("GET /api/v1/homecare/recipients/{id}/visits", new Probe(f -> mvc.get().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/visits"), Expect.REFUSED));
        p.put("POST /api/v1/homecare/recipients/{id}/visits", new Probe(f -> mvc.post().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/visits").contentType(json).content(visit.formatted(f.volunteer())), Expect.REFUSED));
        p.put("GET /api/v1/homecare/visits/{id}", new Probe(f -> mvc.get().uri("/api/v1/homecare/visits/" + f.visit()),
                Expect.REFUSED));
        p.put("PUT /api/v1/homecare/visits/{id}", new Probe(f -> mvc.put().uri("/api/v1/homecare/visits/" + f.visit())
                .contentType(json).content("{\"version\":0,\"visit\":" + visit.formatted(f.volunteer()) + "}"),
                Expect.REFUSED));
        String ending = "{\"on\":\"2024-01-01\",\"reason\":\"Chuyển đi\"}";
        p.put("POST /api/v1/homecare/volunteers/{id}/end", new Probe(f -> mvc.post().uri("/api/v1/homecare/volunteers/"
                + f.volunteer() + "/end").contentType(json).content(ending), Expect.REFUSED));
        p.put("POST /api/v1/homecare/recipients/{id}/end", new Probe(f -> mvc.post().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/end").contentType(json).content(ending), Expect.REFUSED));
        p.put("POST /api/v1/homecare/assignments/{id}/end", new Probe(f -> mvc.post().uri("/api/v1/homecare/assignments/"
                + f.assignment() + "/end").contentType(json).content(ending), Expect.REFUSED));
        p.put("GET /api/v1/homecare/mine", new Probe(f -> mvc.get().uri("/api/v1/homecare/mine"), Expect.FILTERED));
    }

    void meetingProbes(Map<String, Probe> p) {
        String json = "application/json";
        String entry = "{\"heldOn\":\"2023-03-21\",\"rows\":[]}";
        p.put("GET /clubs/{clubId}/meetings", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/meetings"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/meetings/new", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/meetings/new"),
                Expect.REFUSED));
        p.put("POST /clubs/{clubId}/meetings", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/meetings").with(csrf())
                .param("heldOn", "2023-03-21").param("rows[0].personId", f.person().toString())
                .param("rows[0].status", "PRESENT"), Expect.REFUSED));
        p.put("GET /meetings/{id}", new Probe(f -> mvc.get().uri("/meetings/" + f.meeting()), Expect.REFUSED));
        p.put("GET /meetings/{id}/edit", new Probe(f -> mvc.get().uri("/meetings/" + f.meeting() + "/edit?layout=grid"),
                Expect.REFUSED));
        p.put("GET /members/{personId}/health", new Probe(f -> mvc.get().uri("/members/" + f.person() + "/health"),
                Expect.REFUSED));
        p.put("POST /members/{personId}/health/profile", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/profile").with(csrf()).param("heightCm", "150"), Expect.REFUSED));
        p.put("POST /members/{personId}/health/checkups", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/checkups").with(csrf()).param("checkedOn", "2024-01-01")
                .param("place", "Trạm y tế"), Expect.REFUSED));
        p.put("POST /members/{personId}/health/referrals", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/referrals").with(csrf()).param("referredOn", "2024-01-01")
                .param("destination", "HOSPITAL"), Expect.REFUSED));
        p.put("POST /members/{personId}/health/referrals/{referralId}/outcome", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/referrals/" + f.referral() + "/outcome").with(csrf())
                .param("outcome", "Đã khám"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/meetings", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/meetings"),
                Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/meetings", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/meetings")
                .contentType(json).content(entry), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/meetings/book", new Probe(f -> mvc.post()
                .uri("/api/v1/clubs/" + f.club() + "/meetings/book").contentType(json)
                .content("{\"meetings\":[" + entry + "]}"), Expect.REFUSED));
        p.put("GET /api/v1/meetings/{id}", new Probe(f -> mvc.get().uri("/api/v1/meetings/" + f.meeting()), Expect.REFUSED));
        p.put("PUT /api/v1/meetings/{id}", new Probe(f -> mvc.put().uri("/api/v1/meetings/" + f.meeting())
                .contentType(json).content(entry), Expect.REFUSED));
        p.put("GET /api/v1/meetings/{id}/versions", new Probe(f -> mvc.get().uri("/api/v1/meetings/" + f.meeting() + "/versions"),
                Expect.REFUSED));
        p.put("GET /api/v1/members/{personId}/health", new Probe(f -> mvc.get().uri("/api/v1/members/" + f.person() + "/health"),
                Expect.REFUSED));
        p.put("POST /api/v1/members/{personId}/readings", new Probe(f -> mvc.post()
                .uri("/api/v1/members/" + f.person() + "/readings").contentType(json)
                .content("{\"clubId\":\"" + f.club() + "\",\"takenOn\":\"2024-01-01\",\"origin\":\"CAMPAIGN\","
                        + "\"systolic\":130,\"diastolic\":80}"), Expect.REFUSED));
        p.put("PUT /api/v1/members/{personId}/health/profile", new Probe(f -> mvc.put()
                .uri("/api/v1/members/" + f.person() + "/health/profile").contentType(json).content("{\"heightCm\":150}"),
                Expect.REFUSED));
        p.put("POST /api/v1/members/{personId}/checkups", new Probe(f -> mvc.post()
                .uri("/api/v1/members/" + f.person() + "/checkups").contentType(json)
                .content("{\"checkedOn\":\"2024-01-01\",\"place\":\"Trạm y tế\"}"), Expect.REFUSED));
        p.put("POST /api/v1/members/{personId}/referrals", new Probe(f -> mvc.post()
                .uri("/api/v1/members/" + f.person() + "/referrals").contentType(json)
                .content("{\"referredOn\":\"2024-01-01\",\"destination\":\"HOSPITAL\"}"), Expect.REFUSED));
        p.put("POST /api/v1/referrals/{id}/outcome", new Probe(f -> mvc.post().uri("/api/v1/referrals/" + f.referral() + "/outcome")
                .contentType(json).content("{\"outcome\":\"Đã khám\"}"), Expect.REFUSED));
    }

    @Test
    void everyEndpointHasAnAccessProbe() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("vn.ishc")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        endpoints.removeAll(NOT_SCOPED);
        assertThat(probes().keySet()).containsAll(endpoints.stream().filter(e -> !NOT_SCOPED.contains(e)).toList());
        assertThat(endpoints).containsAll(probes().keySet());
    }

    @Test
    void everyScopedRoleIsRefusedWhatLiesOutsideItsArea() {
        List<String> leaks = new ArrayList<>();
        for (Role role : SCOPED_ROLES) {
            for (var entry : probes().entrySet()) {
                MvcTestResult result = entry.getValue().request().apply(foreign)
                        .with(user(usernames.get(role)).roles(role.name())).exchange();
                int status = result.getResponse().getStatus();
                String body = bodyOf(result);
                boolean ok = switch (entry.getValue().expect()) {
                    case REFUSED -> status == 403 || status == 404;
                    case FILTERED -> status == 403 || status == 200 && !body.contains("Tỉnh Phú Thọ") && !body.contains("Tỉnh Hoà Bình")
                            && !body.contains("Xóm Kiểm Tra Quyền") && !body.contains(foreign.username())
                            && !body.contains("Kiểm Tra Quyền");
                };
                if (!ok) {
                    leaks.add(role + " " + entry.getKey() + " answered " + status);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static String bodyOf(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
