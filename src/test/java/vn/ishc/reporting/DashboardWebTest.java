package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.Members;
import vn.ishc.reporting.export.AdxValidator;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A province officer of Lạng Sơn reads the figures of two clubs of one commune on the dashboard and in
 * each download: six and three members (four and two women), one meeting with one reading.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final LocalDate FOUNDED = LocalDate.of(2026, 2, 2);
    static final String COMMUNE = "20.06058";
    static final String YEAR = "2026";

    @Autowired
    MockMvcTester mvc;
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
    UserAccounts accounts;
    @Autowired
    FigureWorker figureWorker;

    ClubWithMembers six;
    ClubWithMembers three;
    RequestPostProcessor officer;

    @BeforeEach
    void twoClubsOfOneCommune() {
        six = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, 6);
        three = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, 3);
        List<MeetingEntry.Row> rows = new ArrayList<>();
        for (int i = 0; i < six.people().size(); i++) {
            rows.add(new MeetingEntry.Row(six.people().get(i), AttendanceStatus.PRESENT,
                    i == 0 ? new ReadingValues(135, 85, 78, null, null) : null));
        }
        meetings.record(six.club().id(), new MeetingEntry(UUID.randomUUID(), null, LocalDate.of(2026, 3, 21),
                "Nhà văn hoá thôn", "Phòng chống tăng huyết áp", null, 0, null, rows), "test", AreaScope.nation());
        figureWorker.drain();
        long langSon = units.at(AdminUnit.Level.PROVINCE, "20", BusinessCalendar.today(clock), AreaScope.nation()).id();
        String name = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.PROVINCE_OFFICER, langSon, "mat-khau-dai-1", "Cán bộ tỉnh");
        officer = user(name).roles("PROVINCE_OFFICER");
    }

    @Test
    void theCommuneDashboardShowsEachClubWithItsMembersAndTheClubItsHeadlines() {
        Document page = page("/dashboard?area=" + COMMUNE + "&period=" + YEAR);
        assertThat(page.select("#below-part h2").text()).isEqualTo("Các câu lạc bộ");
        Element rowSix = rowOf(page, six.club().name());
        Element rowThree = rowOf(page, three.club().name());
        assertThat(cell(rowSix, "CLB đang hoạt động")).isEqualTo("1");
        assertThat(cell(rowSix, "Thành viên")).isEqualTo("6");
        assertThat(cell(rowSix, "Nữ")).isEqualTo("4 / 6 (66,7 %)");
        assertThat(cell(rowSix, "Buổi sinh hoạt")).isEqualTo("1");
        assertThat(cell(rowThree, "Thành viên")).isEqualTo("3");
        assertThat(cell(rowThree, "Buổi sinh hoạt")).isEqualTo("0");
        assertThat(page.select("#flagged-clubs").text()).contains(six.club().name(), three.club().name());

        Document club = page(rowSix.selectFirst("a").attr("href"));
        assertThat(club.select("h1").text()).isEqualTo(six.club().name());
        assertThat(club.select("#headline-CLUBS_ACTIVE .headline-value").text()).isEqualTo("1");
        assertThat(club.select("#headline-MEMBERS .headline-value").text()).isEqualTo("6");
        assertThat(club.select("#headline-MEMBERS_F .headline-value").text()).isEqualTo("4 / 6 (66,7 %)");
        assertThat(club.select("#headline-MEETINGS_HELD .headline-value").text()).isEqualTo("1");
        assertThat(club.select("#headline-MEMBERS_BP_MEASURED .headline-value").text()).isEqualTo("1");
        // The chart's years run from 2021, the first of the programme's plan, to this year; the club,
        // founded in 2026 and never dissolved, is active in each year from then on.
        int thisYear = BusinessCalendar.today(clock).getYear();
        assertThat(club.select("#series tbody tr").eachText()).hasSize(thisYear - 2021 + 1)
                .startsWith("2021 0", "2022 0", "2023 0", "2024 0", "2025 0", "2026 1").endsWith(thisYear + " 1");
    }

    @Test
    void theSpreadsheetHasTheClubsRowsWithTheirCounts() throws Exception {
        MvcTestResult result = get("/api/v1/indicators.xlsx?area=" + COMMUNE + "&period=" + YEAR);
        assertThat(result).hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Định nghĩa");
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> column = new HashMap<>();
            sheet.getRow(1).forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            Row club = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && six.club().name().equals(row.getCell(0).getStringCellValue())) {
                    club = row;
                }
            }
            assertThat(club).isNotNull();
            assertThat(club.getCell(1).getStringCellValue()).isEqualTo(six.club().nationalId());
            assertThat(club.getCell(column.get("CLUBS_ACTIVE")).getNumericCellValue()).isEqualTo(1);
            assertThat(club.getCell(column.get("MEMBERS")).getNumericCellValue()).isEqualTo(6);
            assertThat(club.getCell(column.get("MEMBERS[SEX=F]")).getNumericCellValue()).isEqualTo(4);
            assertThat(club.getCell(column.get("MEETINGS_HELD")).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("06058");
        }
    }

    @Test
    void theAttendanceRateIsExportedWithItsNumeratorAndDenominator() throws Exception {
        // The club of three meets once with two of them: 2 attendances of 3 expected (the commune holds other clubs).
        MeetingEntry all = MeetingFixtures.everyonePresent(UUID.randomUUID(), LocalDate.of(2026, 4, 21), three.people());
        meetings.record(three.club().id(), MeetingFixtures.withRow(all, 2,
                new MeetingEntry.Row(three.people().get(2), AttendanceStatus.ABSENT, null)), "test", AreaScope.nation());
        figureWorker.drain();

        MvcTestResult sheetResult = get("/api/v1/indicators.xlsx?area=" + COMMUNE + "&period=" + YEAR);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheetResult.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> column = new HashMap<>();
            sheet.getRow(1).forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            for (Row row : sheet) {
                if (row.getRowNum() < 2 || row.getCell(column.get("MEETING_ATTENDANCE_EXPECTED")) == null) {
                    continue; // a club without a meeting has no attendance to share out
                }
                double numerator = row.getCell(column.get("MEETING_ATTENDANCE")).getNumericCellValue();
                double denominator = row.getCell(column.get("MEETING_ATTENDANCE_EXPECTED")).getNumericCellValue();
                double rate = row.getCell(column.get("MEETING_ATTENDANCE/MEETING_ATTENDANCE_EXPECTED")).getNumericCellValue();
                assertThat(Math.round(1000 * numerator / denominator) / 10.0).as(row.getCell(0).getStringCellValue())
                        .isEqualTo(rate);
                if (three.club().name().equals(row.getCell(0).getStringCellValue())) {
                    assertThat(numerator).isEqualTo(2);
                    assertThat(denominator).isEqualTo(3);
                    assertThat(rate).isEqualTo(66.7);
                }
            }
        }

        MvcTestResult json = get("/api/v1/indicators?area=" + COMMUNE + "&period=" + YEAR);
        JsonNode share = null;
        for (JsonNode row : JsonMapper.builder().build().readTree(json.getResponse().getContentAsByteArray()).get("below")) {
            if (row.get("clubId").asString().equals(three.club().id().toString())) {
                for (JsonNode s : row.get("shares")) {
                    if (s.get("numerator").asString().equals("MEETING_ATTENDANCE")) {
                        share = s;
                    }
                }
            }
        }
        assertThat(share).isNotNull();
        assertThat(share.get("denominator").asString()).isEqualTo("MEETING_ATTENDANCE_EXPECTED");
        assertThat(share.get("numeratorValue").asLong()).isEqualTo(2);
        assertThat(share.get("denominatorValue").asLong()).isEqualTo(3);
        assertThat(share.get("percent").decimalValue()).isEqualByComparingTo("66.7");
    }

    /** The codes of the DHIS2 package's data elements and option combos, by uid. */
    static final Map<String, String> CODES = codes();

    static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        vn.ishc.reporting.export.Dhis2Catalogue.get().dataElements().forEach(e -> codes.put(e.uid(), e.code()));
        vn.ishc.reporting.export.Dhis2Catalogue.get().optionCombos().forEach(c -> codes.put(c.uid(), c.code()));
        return codes;
    }

    /** A club's org unit in the DHIS2 package. */
    static String clubUid(vn.ishc.clubs.Club club) {
        return vn.ishc.reporting.export.Dhis2Uid.of("organisationUnit", "club", club.nationalId(), club.foundedOn());
    }

    @Test
    void theAdxDocumentValidatesAndCarriesTheSameValues() throws Exception {
        MvcTestResult result = get("/api/v1/indicators.adx?area=" + COMMUNE + "&period=" + YEAR);
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/adx+xml");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(AdxValidator.problems(body)).isEmpty();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        NodeList groups = doc.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group");
        Map<String, String> values = new HashMap<>();
        for (int g = 0; g < groups.getLength(); g++) {
            var group = (org.w3c.dom.Element) groups.item(g);
            if (!group.getAttribute("orgUnit").equals(clubUid(six.club()))) {
                continue;
            }
            assertThat(group.getAttribute("period")).isEqualTo("2026-01-01/P1Y");
            NodeList dv = group.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue");
            for (int i = 0; i < dv.getLength(); i++) {
                var v = (org.w3c.dom.Element) dv.item(i);
                values.put(CODES.get(v.getAttribute("dataElement")) + (v.hasAttribute("SEX") ? "[SEX=" + v.getAttribute("SEX") + "]" : "")
                        + (v.hasAttribute("AGE") ? "[AGE=" + v.getAttribute("AGE") + "]" : ""), v.getAttribute("value"));
            }
        }
        assertThat(values).containsEntry("CLUBS_ACTIVE", "1").containsEntry("MEMBERS", "6")
                .containsEntry("MEMBERS_BY_SEX[SEX=F]", "4").containsEntry("MEMBERS_BY_SEX[SEX=M]", "2")
                .containsEntry("MEMBERS_BY_AGE[AGE=A80P]", "6").containsEntry("MEETINGS_HELD", "1");
    }

    @Test
    void theDhis2DocumentParsesWithTheSameValuesAndARangeOfMonthsIsRefusedWithTheReason() throws Exception {
        MvcTestResult result = get("/api/v1/indicators.json?format=dhis2&area=" + COMMUNE + "&period=" + YEAR);
        assertThat(result).hasStatusOk();
        JsonNode doc = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
        Map<String, String> values = new HashMap<>();
        for (JsonNode v : doc.get("dataValues")) {
            if (v.get("orgUnit").asString().equals(clubUid(three.club()))) {
                assertThat(v.get("period").asString()).isEqualTo("2026");
                values.put(CODES.get(v.get("dataElement").asString())
                        + (v.has("categoryOptionCombo") ? "[" + CODES.get(v.get("categoryOptionCombo").asString()) + "]" : ""),
                        v.get("value").asString());
            }
        }
        assertThat(values).containsEntry("CLUBS_ACTIVE", "1").containsEntry("MEMBERS", "3")
                .containsEntry("MEMBERS_BY_SEX[SEX_F]", "2").doesNotContainKey("MEETINGS_HELD");

        // A month that does not exist is the caller's mistake, named, never a server error.
        assertThat(get("/api/v1/indicators?area=" + COMMUNE + "&period=2024-13")).hasStatus(400).bodyText()
                .contains("\"field\":\"period\"").contains("2024-13");
        assertThat(page("/dashboard?area=" + COMMUNE + "&period=2024-13").text()).contains("2024-13");

        String range = "2026-01..2026-05";
        assertThat(get("/api/v1/indicators.json?format=dhis2&area=" + COMMUNE + "&period=" + range))
                .hasStatus(422).bodyText().contains("DHIS2").contains(range);
        Document page = page("/dashboard?area=" + COMMUNE + "&period=" + range);
        assertThat(page.select("#download-dhis2")).isEmpty();
        assertThat(page.select("#dhis2-refused").text()).contains("DHIS2").contains(range);
        assertThat(page.select("#download-xlsx")).hasSize(1);
        assertThat(page.select("#annual-report")).as("a range has no annual report").isEmpty();
        // The people measured over the range, counted from the commune's clubs: each club of these tests has one
        // reading, on 21 March 2026, so the range counts what the first quarter kept counts.
        String quarter = page("/dashboard?area=" + COMMUNE + "&period=2026-Q1")
                .select("#headline-MEMBERS_BP_MEASURED .headline-value").text();
        assertThat(quarter).matches("[1-9][0-9]*");
        assertThat(page.select("#headline-MEMBERS_BP_MEASURED .headline-value").text()).isEqualTo(quarter);
        assertThat(page.text()).doesNotContain("quá nhiều CLB");
        assertThat(page("/dashboard?area=" + COMMUNE + "&period=" + YEAR).select("#annual-report").attr("href"))
                .contains("/reports/annual").contains("area=" + COMMUNE).contains("year=" + YEAR);
    }

    @Test
    void anotherProvinceIsRefusedOnThePageAndInTheApi() {
        assertThat(get("/dashboard?area=25&period=" + YEAR)).hasStatus(403);
        assertThat(get("/api/v1/indicators?area=25&period=" + YEAR)).hasStatus(403);
        assertThat(get("/api/v1/indicators?area=&period=" + YEAR)).hasStatus(403);
    }

    @Test
    void theTableSortsByAColumnAndReadsInEnglish() {
        Document byMembers = page("/dashboard?area=" + COMMUNE + "&period=" + YEAR + "&sort=-MEMBERS");
        List<String> names = byMembers.select("#below tbody tr td:first-child").eachText();
        assertThat(names.indexOf(six.club().name())).isLessThan(names.indexOf(three.club().name()));
        assertThat(byMembers.select("#below th[aria-sort=descending] a").text()).isEqualTo("Thành viên");
        Document fewest = page("/dashboard?area=" + COMMUNE + "&period=" + YEAR + "&sort=MEMBERS");
        List<String> up = fewest.select("#below tbody tr td:first-child").eachText();
        assertThat(up.indexOf(three.club().name())).isLessThan(up.indexOf(six.club().name()));
        Document english = page("/dashboard?area=" + COMMUNE + "&period=" + YEAR + "&lang=en");
        assertThat(english.select("#below-part h2").text()).isEqualTo("Clubs");
        assertThat(cell(rowOf(english, six.club().name()), "Women")).isEqualTo("4 / 6 (66.7 %)");
    }

    @Test
    void aNationalUserSeesTheProvincesOnTheMapAndInTheTable() throws Exception {
        String partner = UserFixtures.create(accounts, "tw-" + UUID.randomUUID().toString().substring(0, 8),
                Role.PARTNER_VIEWER, null, "mat-khau-dai-1", "Đối tác").username();
        MvcTestResult result = mvc.get().uri("/dashboard?period=" + YEAR).with(user(partner).roles("PARTNER_VIEWER")).exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Toàn quốc");
        assertThat(page.select("#map-part svg.province-map-svg path")).hasSize(34);
        assertThat(page.select("#map-part a[href*=area=20] path[data-code=20]")).hasSize(1);
        assertThat(page.select("#headline-CLUBS_NEW .targets").text()).contains("1648/QĐ-TTg").contains("6.000")
                .contains("2025–2030");
        Element langSon = rowOf(page, "Tỉnh Lạng Sơn");
        assertThat(langSon.selectFirst("a").attr("href")).contains("area=20&");
    }

    @Test
    void aProvinceDashboardOpensOnAMapOfItsOwnCommunesEachALinkNamedByItsValue() {
        Document page = page("/dashboard?area=20&period=" + YEAR + "&indicator=MEMBERS");
        assertThat(page.select("#map-part h2").text()).isEqualTo("Bản đồ các xã, phường, đặc khu");
        Element map = page.selectFirst("#map-part svg.province-map-svg");
        assertThat(map.attr("role")).isEqualTo("group");
        assertThat(map.attr("aria-label")).startsWith("Bản đồ các xã, phường, đặc khu: Thành viên");
        // Lạng Sơn has 65 communes and wards on today's map: one path each, none of another province.
        assertThat(map.select("path")).hasSize(65);
        assertThat(map.select("path[data-code=20]")).isEmpty();
        assertThat(map.select("a")).hasSize(65).allSatisfy(a -> {
            assertThat(a.attr("href")).contains("area=20.");
            assertThat(a.children().select("a, button, [tabindex]")).isEmpty();
        });
        Element quocViet = map.selectFirst("a[href*=area=20.06058] path[data-code=06058]").parent();
        String members = cell(rowOf(page, "Xã Quốc Việt"), "Thành viên");
        assertThat(quocViet.attr("aria-label")).isEqualTo("Xã Quốc Việt: " + members);
        assertThat(quocViet.selectFirst("title").text()).isEqualTo("Xã Quốc Việt: " + members);
        assertThat(quocViet.selectFirst("path").attr("fill")).isNotEqualTo("#cccccc");
        assertThat(page.select("#map-part .map-legend li")).isNotEmpty();

        Document commune = page(quocViet.attr("href"));
        assertThat(commune.select("h1").text()).isEqualTo("Xã Quốc Việt");
    }

    @Test
    void besideTheTableTheCommunesAreRankedByTheChosenIndicatorWithTheirValuesAsText() {
        Document page = page("/dashboard?area=20&period=" + YEAR + "&indicator=MEMBERS");
        assertThat(page.select("#ranking-part h2").text()).isEqualTo("Xếp hạng theo Thành viên");
        var bars = page.select("#ranking li");
        assertThat(bars).hasSize(page.select("#below tbody tr").size()).isNotEmpty();
        List<Long> values = bars.stream().map(b -> b.attr("data-value"))
                .map(v -> v.isEmpty() ? null : Long.valueOf(v)).toList();
        assertThat(values).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));
        Element quocViet = bars.stream().filter(b -> b.selectFirst(".ranking-name").text().equals("Xã Quốc Việt"))
                .findFirst().orElseThrow();
        assertThat(quocViet.selectFirst(".ranking-value").text()).isEqualTo(cell(rowOf(page, "Xã Quốc Việt"), "Thành viên"));
        assertThat(quocViet.selectFirst(".ranking-name a").attr("href")).contains("area=20.06058");
        // The largest has the longest bar; the bar is drawn, not scripted, and hidden from screen readers.
        assertThat(bars.first().selectFirst("svg rect").attr("width")).isEqualTo("100");
        assertThat(bars.first().selectFirst("svg").attr("aria-hidden")).isEqualTo("true");
        assertThat(page.select("#ranking-part script")).isEmpty();
    }

    @Test
    void theNationalDashboardRanksTheProvincesAndKeepsItsMapOfProvinces() {
        String partner = UserFixtures.create(accounts, "tr-" + UUID.randomUUID().toString().substring(0, 8),
                Role.PARTNER_VIEWER, null, "mat-khau-dai-1", "Đối tác").username();
        MvcTestResult result = mvc.get().uri("/dashboard?period=" + YEAR + "&indicator=CLUBS_ACTIVE")
                .with(user(partner).roles("PARTNER_VIEWER")).exchange();
        Document page;
        try {
            page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(page.select("#map-part h2").text()).isEqualTo("Bản đồ các tỉnh, thành phố");
        assertThat(page.select("#map-part svg.province-map-svg path")).hasSize(34);
        assertThat(page.select("#ranking li")).hasSize(page.select("#below tbody tr").size()).isNotEmpty();
        assertThat(page.select("#ranking li .ranking-name").eachText()).contains("Tỉnh Lạng Sơn");
    }

    @Test
    void theNationalDashboardShowsProgressForEveryTargetOf1336And1579() throws Exception {
        String partner = UserFixtures.create(accounts, "tg-" + UUID.randomUUID().toString().substring(0, 8),
                Role.PARTNER_VIEWER, null, "mat-khau-dai-1", "Đối tác").username();
        MvcTestResult result = mvc.get().uri("/dashboard?period=2025").with(user(partner).roles("PARTNER_VIEWER")).exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        List<String> lines = page.select("ul.targets > li").eachText().stream()
                .filter(t -> t.contains("1336/QĐ-TTg") || t.contains("1579/QĐ-TTg")).toList();
        // The seven targets of 1336 (new clubs, new members and the older among them, provinces with a club, clubs
        // running every area, members who borrowed, clubs with both funds) and the check-ups of 1579.
        assertThat(lines).hasSize(8);
        assertThat(lines).as("each says where it stands").allSatisfy(t -> assertThat(t).doesNotEndWith(": hiện là —")
                .doesNotContain("đã đạt —"));
        assertThat(lines).anySatisfy(t -> assertThat(t).startsWith("Mục tiêu Tỉnh, thành phố có CLB ít nhất 95 %")
                .containsPattern("hiện là \\d+ / 34 \\("));
        assertThat(lines).anySatisfy(t -> assertThat(t).startsWith("Mục tiêu Thành viên mới là người cao tuổi")
                .containsPattern("đã đạt [\\d.]+, bằng"));
        assertThat(lines).anySatisfy(t -> assertThat(t).contains("Thành viên là người cao tuổi").contains("1579/QĐ-TTg")
                .containsPattern("hiện là [\\d.]+ / [\\d.]+"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anOfficerWhoseProvinceWentIntoAnotherIsToldWhereItWentAndShownNothing() {
        // An account made before 1 July 2025 for Hòa Bình (17), which went into Phú Thọ (25), keeps that area.
        long phuTho = units.at(AdminUnit.Level.PROVINCE, "25", BusinessCalendar.today(clock), AreaScope.nation()).id();
        String name = "hb-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.PROVINCE_OFFICER, phuTho, "mat-khau-dai-1", "Cán bộ tỉnh cũ");
        jdbc.sql("update app_user set scope_path = '17' where username = :u").param("u", name).update();
        RequestPostProcessor hoaBinh = user(name).roles("PROVINCE_OFFICER");
        for (String period : List.of("2025", "2026", "2025-Q2", "2026-Q1")) {
            for (String query : List.of("", "&area=17", "&area=25", "&boundaries=RESTATED")) {
                MvcTestResult page = mvc.get().uri("/dashboard?period=" + period + query).with(hoaBinh).exchange();
                assertThat(page).as("%s%s", period, query).hasStatus(400).bodyText().contains("Tỉnh Hoà Bình")
                        .contains("Tỉnh Phú Thọ").doesNotContain("Lỗi hệ thống");
                for (String export : List.of("/api/v1/indicators.xlsx", "/api/v1/indicators.adx", "/api/v1/indicators.json")) {
                    assertThat(mvc.get().uri(export + "?period=" + period + query).with(hoaBinh).exchange())
                            .as("%s %s%s", export, period, query).hasStatus(422);
                }
            }
        }
    }

    @Test
    void aCommuneOfficerSees2024RestatedOnTheirCommuneAndNotTheProvince() {
        long commune = units.at(AdminUnit.Level.COMMUNE, "06058", BusinessCalendar.today(clock), AreaScope.nation()).id();
        String name = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
        RequestPostProcessor communeOfficer = user(name).roles("COMMUNE_OFFICER");
        MvcTestResult result = mvc.get().uri("/dashboard?period=2024").with(communeOfficer).exchange();
        assertThat(result).hasStatusOk().bodyText().contains("được tính lại theo địa giới hiện nay");
        assertThat(mvc.get().uri("/dashboard?area=20&period=" + YEAR).with(communeOfficer).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/indicators?area=" + COMMUNE + "&period=" + YEAR + "&codes=MEMBERS")
                .with(communeOfficer).exchange()).hasStatusOk().bodyJson().extractingPath("$.figures[0].code")
                .isEqualTo("MEMBERS");
    }

    MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(officer).exchange();
    }

    @Test
    void aPeriodThatIncludesTodaySaysItIsCountedUpToToday() {
        LocalDate today = BusinessCalendar.today(clock);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() + 2) / 3);
        Document running = page("/dashboard?area=" + COMMUNE + "&period=" + quarter);
        assertThat(running.select("#dashboard-running").text()).isEqualTo("Kỳ đang diễn ra: tính đến ngày "
                + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Document past = page("/dashboard?area=" + COMMUNE + "&period=" + (today.getYear() - 1));
        assertThat(past.select("#dashboard-running")).isEmpty();
    }

    Document page(String uri) {
        MvcTestResult result = get(uri);
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Element rowOf(Document page, String name) {
        for (Element row : page.select("#below tbody tr")) {
            if (row.child(0).text().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name + " in " + page.select("#below").text());
    }

    static String cell(Element row, String label) {
        return row.select("td[data-label=" + label + "]").text();
    }
}
