package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A rebuild computes every figure beside the kept ones: while it runs, the commune and the nation read
 * the figures they had (and the dashboard says a rebuild runs); a member who joins meanwhile is counted
 * once it is done; and what it leaves equals a rebuild run again from the records.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RebuildBesideTest {

    static final AreaScope NATION = AreaScope.nation();
    static final String COMMUNE = "20.06058";

    @Autowired
    java.time.Clock clock;
    @Autowired
    FigureRebuild rebuild;
    @Autowired
    FigureWorker worker;
    @Autowired
    Indicators indicators;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noHook() {
        worker.beforeSwitch = () -> { };
    }

    @Test
    void readersKeepTheFiguresTheyHadWhileARebuildRunsAndAChangeMadeMeanwhileIsCountedAfter() throws Exception {
        LocalDate founded = LocalDate.of(2026, 2, 2);
        ClubWithMembers club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", founded, 4);
        worker.drain();
        Period year = Period.year(BusinessCalendar.today(clock).getYear());
        long commune = members(COMMUNE, year);
        long nation = members("", year);
        assertThat(commune).isGreaterThanOrEqualTo(4);
        assertThat(nation).isGreaterThanOrEqualTo(commune);

        CountDownLatch computed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        worker.beforeSwitch = () -> {
            computed.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        assertThat(rebuild.start()).isTrue();
        try {
            assertThat(computed.await(60, TimeUnit.SECONDS)).as("the rebuild reached its switch").isTrue();
            assertThat(rebuild.running()).isTrue();
            assertThat(members(COMMUNE, year)).as("the commune while the rebuild runs").isEqualTo(commune);
            assertThat(members("", year)).as("the nation while the rebuild runs").isEqualTo(nation);
            assertThat(dashboard()).contains("Đang tính lại số liệu; số liệu đang hiện là bản trước");

            members.enrol(null, new PersonDetails("Lò Thị Mới", "F", "1950", "Tày", "POOR", null, null, null, false,
                    false, null, null, null), club.club().id(), founded.plusDays(10), "t", NATION);
            worker.drain();
            assertThat(members(COMMUNE, year)).as("kept up to date while the rebuild runs").isEqualTo(commune + 1);
        } finally {
            release.countDown();
        }
        awaitDone();
        worker.drain();
        assertThat(members(COMMUNE, year)).as("the member who joined during the rebuild").isEqualTo(commune + 1);
        assertThat(members("", year)).isEqualTo(nation + 1);
        assertThat(dashboard()).doesNotContain("Đang tính lại số liệu");

        Map<String, Long> afterSwitch = snapshot();
        worker.beforeSwitch = () -> { };
        worker.rebuild();
        assertThat(snapshot()).as("what a rebuild run again gives").isEqualTo(afterSwitch);
    }

    private long members(String area, Period period) {
        Long v = indicators.total(area, period, Boundaries.AS_WAS, NATION, "MEMBERS");
        return v == null ? 0 : v;
    }

    private String dashboard() throws Exception {
        long langSon = units.at(AdminUnit.Level.PROVINCE, "20", BusinessCalendar.today(clock), NATION).id();
        String name = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.PROVINCE_OFFICER, langSon, "mat-khau-dai-1", "Cán bộ tỉnh");
        MvcTestResult result = mvc.get().uri("/dashboard?area=" + COMMUNE).with(user(name).roles("PROVINCE_OFFICER"))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void awaitDone() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (rebuild.running() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(rebuild.running()).as("the rebuild finished").isFalse();
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> out = new HashMap<>();
        for (String q : List.of(
                "select 'club ' || club_id::text || period_kind || period_start || code || dims, value from rpt_club_fact",
                "select 'area ' || boundaries || area || period_kind || period_start || code || dims, value from rpt_area_fact",
                "select 'person ' || club_id::text || period_kind || period_start || code || dims || person_id, 1 from rpt_club_person",
                "select 'place ' || club_id::text || coalesce(old_path, '') || coalesce(now_path, ''), 1 from rpt_club_place",
                "select 'measured ' || club_id::text || person_id || joined_on || shared || pressure_months::text, 1 from rpt_range_member",
                "select 'cared ' || club_id::text || recipient_id || since || planned::text || visits::text, 1 from rpt_range_care")) {
            jdbc.sql(q).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        }
        return out;
    }
}
