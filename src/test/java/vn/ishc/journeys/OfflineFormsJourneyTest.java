package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Fund;
import vn.ishc.funds.FundFixtures;
import vn.ishc.funds.MemberFees;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.HomeCareFixtures;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.homecare.Volunteer;
import vn.ishc.identity.Role;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A phone with no signal: a home visit and the money of a meeting typed with the connection gone, the page
 * opened again from the copy the phone kept, every value still there, sent by itself when the signal returns
 * and saved once; a form whose answer was lost sent again and saved once; the money of a meeting refused when
 * it is sent held on the club's page, beside nothing recorded; a page never opened shows that
 * there is no connection, and signing out forgets the pages the phone kept.
 */
class OfflineFormsJourneyTest extends JourneyTestBase {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    java.time.Clock clock;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Boards boards;
    @Autowired
    MemberFees fees;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    JdbcClient jdbc;

    /**
     * Opens a page once the service worker looks after the pages, so the phone keeps a copy of it: the page is
     * opened again after the worker is active, since that opening is the one it answers and keeps.
     */
    void openKept(String path) {
        open(path);
        page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)", null,
                new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(30_000));
        open(path);
        page.waitForFunction("() => navigator.serviceWorker.controller !== null", null,
                new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    @Test
    void aVisitTypedWithoutASignalSurvivesAReloadAndIsSavedOnceWhenTheSignalReturns() {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", founded);
        var account = users().create(Role.HOMECARE_VOLUNTEER, GeographyFixtures.communeToday(units, "06112").id(),
                "Hà Thị Lan");
        users().limitToClub(account.username(), club.id());
        Volunteer lan = HomeCareFixtures.aVolunteer(team, club, "Hà Thị Lan", account.username());
        MemberRow mo = HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", founded);
        CareRecipient recipient = HomeCareFixtures.aRecipient(team, plans, club, mo.person().id(), null, founded, 2,
                PlanPeriod.WEEK, lan);
        signIn(account.username(), account.password());
        String visit = "/homecare/recipients/" + recipient.id() + "/visit";
        openKept(visit);

        page.context().setOffline(true);
        page.locator(".task-MEALS").click();
        page.locator("#systolic").fill("135");
        page.locator("#diastolic").fill("85");
        page.waitForTimeout(500);
        // The page is opened again with no connection: the phone's copy, with what was typed.
        page.reload();
        assertThat(page.locator("h1")).containsText("Đinh Thị Mơ");
        assertThat(page.locator("#systolic")).hasValue("135");
        assertThat(page.locator("#diastolic")).hasValue("85");
        assertThat(page.locator(".task-MEALS input")).isChecked();
        assertThat(page.locator(".offline-restored")).containsText("Đã khôi phục");

        page.locator(".visit-form button[type=submit]").click();
        assertThat(page.locator("#outbox")).containsText("Đã lưu trên máy, sẽ gửi khi có mạng");
        assertThat(page.locator("#outbox")).containsText("Chờ gửi: 1");
        assertThat(page.locator("#outbox")).containsText("Thăm Đinh Thị Mơ");
        org.assertj.core.api.Assertions.assertThat(visitsOf(recipient)).isZero();

        // Signing out with a visit waiting asks first; answering no keeps the user signed in.
        page.onceDialog(dialog -> {
            org.assertj.core.api.Assertions.assertThat(dialog.message()).contains("chưa gửi");
            dialog.dismiss();
        });
        page.locator("form[action$='/logout'] button").click();
        assertThat(page.locator("#outbox")).containsText("Chờ gửi: 1");

        // The signal returns: the visit goes by itself, once, and the page says it was saved.
        page.context().setOffline(false);
        assertThat(page.locator("[role=status]").first()).containsText("Đã ghi lần thăm");
        assertThat(page.locator("#outbox")).isHidden();
        org.assertj.core.api.Assertions.assertThat(visitsOf(recipient)).isEqualTo(1);
        // A member's reading goes to the health record, once.
        assertThat(page.locator("#recent-visits")).containsText("trong hồ sơ sức khoẻ");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select systolic || '/' || diastolic from health_reading
                 where person_id = :p and origin = 'HOME_VISIT'""").param("p", mo.person().id())
                .query(String.class).list()).containsExactly("135/85");

        // The next visit, typed on the same page, is another visit: a new id, saved as a second one.
        String firstSaved = page.url();
        page.locator(".task-CLEANING").click();
        page.locator(".visit-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("saved=") && !url.equals(firstSaved));
        assertThat(page.locator("[role=status]").first()).containsText("Đã ghi lần thăm");
        org.assertj.core.api.Assertions.assertThat(visitsOf(recipient)).isEqualTo(2);
    }

    @Test
    void aVisitWaitingIsSentByTheBrowserWhenTheSignalReturnsWithNoPageOpen() {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", founded);
        var account = users().create(Role.HOMECARE_VOLUNTEER, GeographyFixtures.communeToday(units, "06112").id(),
                "Lò Thị Hoa");
        users().limitToClub(account.username(), club.id());
        Volunteer hoa = HomeCareFixtures.aVolunteer(team, club, "Lò Thị Hoa", account.username());
        MemberRow recipientMember = HomeCareFixtures.aMember(members, club, "Vi Văn Sơn", founded);
        CareRecipient recipient = HomeCareFixtures.aRecipient(team, plans, club, recipientMember.person().id(), null,
                founded, 2, PlanPeriod.WEEK, hoa);
        signIn(account.username(), account.password());
        String visit = "/homecare/recipients/" + recipient.id() + "/visit";
        openKept(visit);

        page.context().setOffline(true);
        page.locator(".task-MEALS").click();
        page.locator(".visit-form button[type=submit]").click();
        assertThat(page.locator("#outbox")).containsText("Chờ gửi: 1");
        page.waitForFunction("() => navigator.serviceWorker.ready"
                + ".then(r => r.sync ? r.sync.getTags() : []).then(tags => tags.includes('ishc-forms'))");

        // The page is closed; the signal returns; the browser wakes the service worker, which sends the visit.
        page.navigate("about:blank");
        page.context().setOffline(false);
        var cdp = page.context().newCDPSession(page);
        var registrations = new java.util.concurrent.CopyOnWriteArrayList<com.google.gson.JsonObject>();
        cdp.on("ServiceWorker.workerRegistrationUpdated", event -> event.getAsJsonArray("registrations")
                .forEach(r -> registrations.add(r.getAsJsonObject())));
        cdp.send("ServiceWorker.enable");
        page.waitForCondition(() -> !registrations.isEmpty());
        var sync = new com.google.gson.JsonObject();
        sync.addProperty("origin", baseUrl().replaceAll("^(https?://[^/]+).*", "$1"));
        sync.addProperty("registrationId", registrations.get(0).get("registrationId").getAsString());
        sync.addProperty("tag", "ishc-forms");
        sync.addProperty("lastChance", false);
        cdp.send("ServiceWorker.dispatchSyncEvent", sync);
        page.waitForCondition(() -> visitsOf(recipient) == 1,
                new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(15_000));

        // Opened again, the phone has nothing waiting, and the visit was saved once.
        open(visit);
        assertThat(page.locator("#recent-visits")).containsText("Nấu ăn");
        assertThat(page.locator("#outbox")).isHidden();
        org.assertj.core.api.Assertions.assertThat(visitsOf(recipient)).isEqualTo(1);
    }

    @Test
    void aVisitWaitingForOnePersonDoesNotShowWhoWasVisitedToTheNextPersonOnThePhone() {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", founded);
        var next = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06112").id(), "Người khác");
        users().limitToClub(next.username(), club.id());
        signIn(next.username(), next.password());
        openKept("/clubs/" + club.id());

        // A visit typed by another volunteer on this phone still waits for her (as after she signed out).
        page.evaluate("""
                () => idb.openDB('ishc-forms', 1).then(db => db.put('outbox', {
                  id: '5b1f0c1e-0000-4000-8000-000000000001', key: 'visit:x', user: 'tinh-nguyen-vien-nga',
                  action: '/homecare/recipients/x/visit', page: '/homecare/recipients/x/visit',
                  title: 'Thăm Hoàng Văn Quý', values: {}, savedAt: Date.now(), state: 'waiting' }))""");
        page.reload();
        assertThat(page.locator("#outbox")).containsText("tinh-nguyen-vien-nga");
        assertThat(page.locator("#outbox")).not().containsText("Hoàng Văn Quý");
    }

    @Test
    void theMeetingsMoneyWhoseAnswerIsLostIsSentAgainAndSavedOnce() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(1).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06172", founded);
        for (String name : new String[] {"Bế Thị Ánh", "Đinh Văn Bảo"}) {
            HomeCareFixtures.aMember(members, club, name, founded);
        }
        fees.setRate(club.id(), YearMonth.from(today), 10_000, Fund.Kind.OPERATING, "bcn", NATION);
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06172").id(), "Thủ quỹ");
        users().limitToClub(board.username(), club.id());
        FundFixtures.seatWithAccount(boards, members, club, BoardRole.FINANCE, "Thủ quỹ Lan", board.username());
        signIn(board.username(), board.password());
        String money = "/clubs/" + club.id() + "/meeting-money?date=" + today;
        openKept(money);

        // No connection: amounts typed, the page opened again from the phone's copy, the form saved there.
        page.context().setOffline(true);
        var cards = page.locator("#meeting-money .card");
        cards.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Đinh Văn Bảo"))
                .locator("input[name$='.amount']").fill("20.000");
        cards.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Thủ quỹ Lan"))
                .locator("input[name$='.amount']").fill("");
        page.waitForTimeout(500);
        page.reload();
        assertThat(cards.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Đinh Văn Bảo"))
                .locator("input[name$='.amount']")).hasValue("20.000");
        assertThat(cards.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Thủ quỹ Lan"))
                .locator("input[name$='.amount']")).hasValue("");
        page.locator("#collect").click();
        assertThat(page.locator("#outbox")).containsText("Chờ gửi: 1");

        // The signal returns, but the server's answer is lost on the way back: the form stays waiting. (The
        // context's route also sees what the service worker sends, by background sync.)
        AtomicInteger posts = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean answersLost = new java.util.concurrent.atomic.AtomicBoolean(true);
        page.context().route("**/meeting-money", route -> {
            if ("POST".equals(route.request().method())) {
                posts.incrementAndGet();
                if (answersLost.get()) {
                    route.fetch();
                    route.abort();
                    return;
                }
            }
            route.resume();
        });
        page.context().setOffline(false);
        page.waitForCondition(() -> posts.get() >= 1);
        assertThat(page.locator("#outbox")).containsText("Chờ gửi: 1");
        org.assertj.core.api.Assertions.assertThat(feesPaid(club)).as("the server got it").isEqualTo(30_000);

        // "Gửi": sent again, answered with what was saved the first time, recorded once.
        answersLost.set(false);
        page.locator("#outbox .outbox-send").click();
        assertThat(page.locator("#total-fees")).hasText("30.000 đ");
        org.assertj.core.api.Assertions.assertThat(posts.get()).isGreaterThanOrEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(feesPaid(club)).isEqualTo(30_000);
        assertThat(page.locator("#outbox")).isHidden();
    }

    @Test
    void theMeetingsMoneyRefusedWhenSentFromThePhoneIsHeldOnTheClubsPage() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(1).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06172", founded);
        HomeCareFixtures.aMember(members, club, "Hà Thị Duyên", founded);
        fees.setRate(club.id(), YearMonth.from(today), 10_000, Fund.Kind.OPERATING, "bcn", NATION);
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06172").id(), "Thủ quỹ");
        users().limitToClub(board.username(), club.id());
        FundFixtures.seatWithAccount(boards, members, club, BoardRole.FINANCE, "Thủ quỹ Mai", board.username());
        signIn(board.username(), board.password());
        openKept("/clubs/" + club.id() + "/meeting-money?date=" + today);

        // No connection: an amount the server cannot read is typed and saved on the phone.
        page.context().setOffline(true);
        page.locator("#meeting-money .card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Hà Thị Duyên"))
                .locator("input[name$='.amount']").fill("1,5");
        page.locator("#collect").click();
        assertThat(page.locator("#outbox")).containsText("Chờ gửi: 1");

        // The signal returns: the server refuses it, the phone keeps it as refused, the server holds it.
        page.context().setOffline(false);
        page.waitForCondition(() -> heldMoney(club) == 1,
                new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(30_000));
        org.assertj.core.api.Assertions.assertThat(feesPaid(club)).as("nothing recorded").isZero();
        open("/clubs/" + club.id());
        assertThat(page.locator("#held-money")).containsText("Chờ xử lý");
        page.locator("#held-money a.button").click();
        assertThat(page.locator("#held-lines")).containsText("Hà Thị Duyên");
        assertThat(page.locator("#held-lines")).containsText("1,5");
    }

    @Test
    void aPageNeverOpenedSaysThereIsNoConnectionAndSigningOutForgetsThePagesKept() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06172",
                BusinessCalendar.today(clock).minusYears(1).withDayOfMonth(1));
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06172").id(), "Chủ nhiệm");
        users().limitToClub(board.username(), club.id());
        signIn(board.username(), board.password());
        openKept("/clubs/" + club.id());
        String name = page.locator("h1").textContent();

        page.context().setOffline(true);
        open("/clubs/" + club.id() + "/funds");
        assertThat(page.locator("main")).containsText("Chưa có mạng");
        open("/clubs/" + club.id());
        assertThat(page.locator("h1")).hasText(name);

        page.context().setOffline(false);
        signOut();
        page.context().setOffline(true);
        open("/clubs/" + club.id());
        assertThat(page.locator("main")).containsText("Chưa có mạng");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(name);
    }

    int visitsOf(CareRecipient recipient) {
        return jdbc.sql("select count(*) from home_visit where recipient_id = :r").param("r", recipient.id())
                .query(Integer.class).single();
    }

    long heldMoney(Club club) {
        return jdbc.sql("select count(*) from held_money_submission where club_id = :c and resolved_at is null")
                .param("c", club.id()).query(Long.class).single();
    }

    long feesPaid(Club club) {
        return jdbc.sql("""
                select coalesce(sum(l.amount), 0) from ledger_line l join ledger_entry e on e.id = l.entry_id
                join fund f on f.id = l.fund_id where f.club_id = :c and e.fee_months is not null and l.account = 'CASH'""")
                .param("c", club.id()).query(Long.class).single();
    }
}
