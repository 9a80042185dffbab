package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
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

/**
 * A home-care volunteer, signed in on a phone, opens "my recipients", records a visit with a high blood
 * pressure, then one with an urgent pressure, answering that the person was referred to the commune
 * health station, and sees both visits listed.
 */
class HomeCareJourneyTest extends JourneyTestBase {

    static final LocalDate FOUNDED = LocalDate.of(2025, 8, 1);

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;

    @Test
    void aVolunteerRecordsAHighThenAnUrgentReadingWithAReferralOnAPhone() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", FOUNDED);
        var account = users().create(Role.HOMECARE_VOLUNTEER, GeographyFixtures.communeToday(units, "06112").id(),
                "Hà Thị Lan");
        users().limitToClub(account.username(), club.id());
        Volunteer lan = HomeCareFixtures.aVolunteer(team, club, "Hà Thị Lan", account.username());
        MemberRow mo = HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", FOUNDED);
        CareRecipient recipient = HomeCareFixtures.aRecipient(team, plans, club, mo.person().id(), null, FOUNDED, 2,
                PlanPeriod.WEEK, lan);

        signIn(account.username(), account.password());
        page.locator("#tile-homecare-mine").click();
        var card = page.locator("#recipient-" + recipient.id());
        assertThat(card).containsText("Đinh Thị Mơ");
        assertThat(card).containsText("Tuần này: đã thăm 0/2");
        snapshot("my-recipients");
        card.locator("a.record-visit").click();

        assertThat(page.locator("h1")).containsText("Đinh Thị Mơ");
        // Nothing is ticked before the volunteer says what was done.
        assertThat(page.locator(".task-MEALS input")).not().isChecked();
        page.locator(".task-MEALS").click();
        page.locator(".task-CLEANING").click();
        page.locator("#systolic").fill("165");
        page.locator("#diastolic").fill("95");
        page.locator("#pulse").fill("82");
        // A referral can be made for any reason: the question is there, its details open on "yes".
        assertThat(page.locator(".visit-referral")).isVisible();
        assertThat(page.locator(".referral-details")).isHidden();
        page.locator("#observations").fill("Bà hơi mệt, đã nhắc uống thuốc");
        page.locator("#save-visit").click();

        assertThat(page.locator("[role=status]")).containsText("Đã ghi lần thăm Đinh Thị Mơ");
        assertThat(page.locator("#recent-visits")).containsText("Cao");
        page.locator("#systolic").fill("185");
        page.locator("#diastolic").fill("115");
        page.locator(".task-MEDICINE").click();
        assertThat(page.locator(".visit-referral")).hasClass(java.util.regex.Pattern.compile("\\burgent\\b"));
        page.locator(".visit-referral input[name=referralMade][value=true]").check();
        assertThat(page.locator(".referral-details")).isVisible();
        assertThat(page.locator("input[name=referralCause][value=BLOOD_PRESSURE]")).isChecked();
        page.locator("#referralTo").selectOption("COMMUNE_STATION");
        snapshot("urgent-visit");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        page.locator("#save-visit").click();

        assertThat(page.locator("[role=status]")).containsText("Đã ghi lần thăm Đinh Thị Mơ");
        assertThat(page.locator("#recent-visits li")).hasCount(2);
        assertThat(page.locator("#recent-visits")).containsText("Nguy hiểm");
        assertThat(page.locator("#recent-visits")).containsText("Đã chuyển tuyến: Trạm y tế xã");
        assertThat(page.locator("#recent-visits")).containsText("Lý do: Huyết áp");
        assertThat(page.locator("#recent-visits")).containsText("Dọn dẹp");
        snapshot("visits-listed");

        page.locator(".breadcrumb a").click();
        assertThat(page.locator("#recipient-" + recipient.id())).containsText("Tuần này: đã thăm 2/2");
    }
}
