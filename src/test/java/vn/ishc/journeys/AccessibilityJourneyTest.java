package vn.ishc.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;

/**
 * Every main page, as each role reaches it, has no serious or critical accessibility violation that
 * axe-core finds (src/test/resources/axe/, MPL-2.0; the tests use it, the application never serves it).
 */
class AccessibilityJourneyTest extends JourneyTestBase {

    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 4);
    static final LocalDate MET = LocalDate.of(2025, 10, 21);
    static final String COMMUNE = "06058";
    static final String PROVINCE = "20";

    static final String AXE = read("/axe/axe.min.js");

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

    ClubWithMembers club;
    Meeting meeting;
    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void aClubThatMet() {
        club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, COMMUNE, FOUNDED, 4);
        meeting = meetings.record(club.club().id(), MeetingFixtures.everyonePresent(UUID.randomUUID(), MET, club.people()),
                "test", AreaScope.nation());
    }

    @Test
    void aClubBoardMembersPagesHaveNoSeriousViolation() {
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, COMMUNE).id(), "Hà Thị Mai");
        users().limitToClub(board.username(), club.club().id());
        signIn(board.username(), board.password());
        String c = "/clubs/" + club.club().id();
        check("/", "/dashboard", c, "/members/" + club.people().get(0), c + "/members/new", c + "/meetings",
                "/meetings/" + meeting.id(), c + "/meetings/register", c + "/meetings/new", c + "/funds", c + "/loans",
                c + "/homecare", c + "/activities", c + "/members/import", "/me/password");
        assertNone();
    }

    @Test
    void aCommuneOfficersPagesHaveNoSeriousViolation() {
        var officer = users().create(Role.COMMUNE_OFFICER, GeographyFixtures.communeToday(units, COMMUNE).id(),
                "Hoàng Văn Nam");
        signIn(officer.username(), officer.password());
        String c = "/clubs/" + club.club().id();
        check("/", "/dashboard", "/clubs", c, c + "/meetings/new?layout=grid&date=" + MET.plusDays(7), "/meeting-books",
                "/targets", "/units/" + GeographyFixtures.communeToday(units, COMMUNE).id(), "/me/password");
        assertNone();
    }

    @Test
    void aProvinceOfficersPagesHaveNoSeriousViolation() {
        var officer = users().create(Role.PROVINCE_OFFICER,
                units.at(AdminUnit.Level.PROVINCE, PROVINCE, FOUNDED.plusYears(2), AreaScope.nation()).id(), "Hoàng Thị Thu");
        signIn(officer.username(), officer.password());
        check("/", "/dashboard", "/meeting-books", "/targets", "/units", "/units/search?q=lang", "/admin/users",
                "/trainings", "/awards", "/me/password");
        assertNone();
    }

    @Test
    void aNationalAdministratorsPagesHaveNoSeriousViolation() {
        var admin = users().nationalAdmin("Trần Văn Minh");
        signIn(admin.username(), admin.password());
        check("/", "/dashboard", "/targets", "/admin/users", "/admin/users/new", "/admin/audit", "/trainings",
                "/awards", "/villages/awaiting-placement", "/me/password", "/clubs/" + UUID.randomUUID());
        assertNone();
    }

    @Test
    void theSignInPageHasNoSeriousViolation() {
        check("/login");
        assertNone();
    }

    @Test
    void theOfficersDeskHasATitleAndNeitherItNorTheDashboardsShowTextUnder14Px() {
        var officer = users().create(Role.COMMUNE_OFFICER, GeographyFixtures.communeToday(units, COMMUNE).id(),
                "Hoàng Văn Nam");
        signIn(officer.username(), officer.password());
        open("/clubs/" + club.club().id() + "/meetings/new?layout=grid&date=" + MET.plusDays(7));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("main h1")).isVisible();
        List<String> small = new ArrayList<>();
        for (int[] size : new int[][] {{360, 740}, {1280, 900}}) {
            page.setViewportSize(size[0], size[1]);
            small.addAll(textUnder14Px("desk " + size[0]));
        }
        signOut();
        var admin = users().nationalAdmin("Trần Văn Minh");
        signIn(admin.username(), admin.password());
        for (String path : List.of("/dashboard", "/dashboard?area=" + PROVINCE,
                "/dashboard?area=" + PROVINCE + "." + COMMUNE + "&boundaries=RESTATED",
                "/dashboard?club=" + club.club().id())) {
            for (int[] size : new int[][] {{360, 740}, {1280, 900}}) {
                page.setViewportSize(size[0], size[1]);
                open(path);
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#dashboard-title"))
                        .isVisible();
                small.addAll(textUnder14Px(path + " " + size[0]));
            }
        }
        org.assertj.core.api.Assertions.assertThat(small).as("visible text under 14 px (page | px | element | text)")
                .isEmpty();
    }

    /**
     * The visible text of the page set under 14 px, one line each. The map's drawing is left out: the
     * size of its labels depends on how far the drawing is scaled, not on the style sheet's pixels.
     */
    @SuppressWarnings("unchecked")
    List<String> textUnder14Px(String where) {
        List<String> found = (List<String>) page.evaluate("""
                () => {
                  const small = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const text = node.textContent.trim();
                    const element = node.parentElement;
                    if (!text || !element || element.closest('svg, script, style, template, noscript')) continue;
                    if (!element.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                    const box = element.getBoundingClientRect();
                    if (box.width <= 1 || box.height <= 1) continue;
                    const px = parseFloat(getComputedStyle(element).fontSize);
                    if (px < 14) small.push(px + ' | ' + element.tagName.toLowerCase()
                        + (element.className ? '.' + String(element.className).split(' ').join('.') : '') + ' | ' + text.slice(0, 40));
                  }
                  const fields = document.querySelectorAll('input:not([type=hidden]), select, textarea, button');
                  for (const field of fields) {
                    if (!field.checkVisibility()) continue;
                    const px = parseFloat(getComputedStyle(field).fontSize);
                    if (px < 14) small.push(px + ' | ' + field.tagName.toLowerCase() + ' ' + (field.name || ''));
                  }
                  return [...new Set(small)];
                }""");
        return found.stream().map(line -> where + " | " + line).toList();
    }

    /** Opens each page, runs axe on it and notes every serious or critical violation. */
    void check(String... paths) {
        for (String path : paths) {
            open(path);
            page.waitForLoadState();
            violations.addAll(axe(path));
        }
    }

    /** axe's serious and critical violations on the page shown, one line each: page, rule, impact, target. */
    @SuppressWarnings("unchecked")
    List<String> axe(String path) {
        // Evaluated through the browser's debugging protocol, which the page's content security policy
        // does not govern: an injected script tag would be refused, as it should be.
        page.evaluate(AXE);
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {resultTypes: ['violations']});
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => ({rule: v.id, impact: v.impact, target: n.target.join(' '),
                      summary: (n.failureSummary || '').split('\\n').slice(0, 2).join(' ')})));
                }""");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) found) {
            lines.add(path + " | " + v.get("rule") + " | " + v.get("impact") + " | " + v.get("target") + " | "
                    + v.get("summary"));
        }
        return lines;
    }

    void assertNone() {
        org.assertj.core.api.Assertions.assertThat(violations)
                .as("serious or critical axe violations (page | rule | impact | target)").isEmpty();
    }

    static String read(String resource) {
        try (InputStream in = AccessibilityJourneyTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
