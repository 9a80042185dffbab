package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/**
 * The loan portfolio of two clubs of a commune by days overdue, with the portfolio at risk and the provision,
 * for each club, the commune on both maps and the nation, and as a partner reads them on the dashboard and in
 * the ADX export. Two clubs of Xã Trấn Ninh (06256), which went into Xã Điềm He (06280) in 2025.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortfolioByAgeTest {

    static final AreaScope NATION = AreaScope.nation();
    static final Period DECEMBER = Period.month(YearMonth.of(2024, 12));
    static final Period NOVEMBER = Period.month(YearMonth.of(2024, 11));
    static final String TODAYS_COMMUNE = "20.06280";

    @Autowired
    Indicators indicators;
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
    Funds funds;
    @Autowired
    Loans loans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void twoClubsOfACommuneAddUpByDaysOverdueAndTheCommunesProvisionIsRoundedOnce() throws Exception {
        Map<String, Long> nationBefore = values(indicators.of("", DECEMBER, Boundaries.RESTATED, NATION));
        Club first = aClubLending();
        Club second = aClubLending();
        MemberRow hoa = enrol(first, "Hoàng Thị Hoa");
        MemberRow lan = enrol(second, "Lăng Thị Lan");
        // 1,005 due on 15 December, unpaid: 16 days overdue on 31 December, current on 30 November.
        lend(first, hoa, 1_005, LocalDate.of(2024, 11, 15));
        // 2,000,000 due on 10 January 2025: current.
        lend(first, hoa, 2_000_000, LocalDate.of(2024, 12, 10));
        // 3,000,000 due on 20 February, never paid: 284 days on 30 November; written off on 20 December.
        Loans.Loan lost = lend(first, hoa, 3_000_000, LocalDate.of(2024, 1, 20));
        loans.writeOff(lost.id(), LocalDate.of(2024, 12, 20), "Chuyển đi nơi khác", "t", NATION);
        lend(second, lan, 1_005, LocalDate.of(2024, 11, 15));
        // 4,000,002 due on 1 September: 90 days on 30 November, 121 on 31 December.
        lend(second, lan, 4_000_002, LocalDate.of(2024, 8, 1));
        worker.drain();

        // Each club: 1,005 × 10 % = 100.5 is 101; the second's 100.5 + 4,000,002 × 50 % = 2,000,101.5 is 2,000,102.
        assertThat(values(indicators.ofClub(first.id(), DECEMBER, NATION))).containsEntry("LOANS_OUTSTANDING", 2_001_005L)
                .containsEntry("LOANS_OUTSTANDING[OVERDUE=CURRENT]", 2_000_000L)
                .containsEntry("LOANS_OUTSTANDING[OVERDUE=D1_30]", 1_005L).doesNotContainKey("LOANS_OUTSTANDING[OVERDUE=D181P]")
                .containsEntry("PAR1", 1_005L).doesNotContainKey("PAR30").doesNotContainKey("PAR180")
                .containsEntry("LOAN_LOSS_PROVISION", 101L);
        assertThat(values(indicators.ofClub(second.id(), DECEMBER, NATION)))
                .containsEntry("LOAN_LOSS_PROVISION", 2_000_102L).containsEntry("PAR90", 4_000_002L);

        // The commune: the clubs' principal by age added up, and the provision worked out from it, 201 + 2,000,001,
        // not the clubs' 101 + 2,000,102. The same on the map as it was and on today's.
        String oldCommune = jdbc.sql("select old_path from rpt_club_place where club_id = :c").param("c", first.id())
                .query(String.class).single();
        assertThat(oldCommune).endsWith(".06256");
        Map<String, Long> december = Map.of("LOANS_OUTSTANDING", 6_002_012L,
                "LOANS_OUTSTANDING[OVERDUE=CURRENT]", 2_000_000L, "LOANS_OUTSTANDING[OVERDUE=D1_30]", 2_010L,
                "LOANS_OUTSTANDING[OVERDUE=D91_180]", 4_000_002L, "PAR1", 4_002_012L, "PAR30", 4_000_002L,
                "PAR90", 4_000_002L, "LOAN_LOSS_PROVISION", 2_000_202L);
        for (String[] area : new String[][] {{oldCommune, "AS_WAS"}, {TODAYS_COMMUNE, "RESTATED"}}) {
            Map<String, Long> commune = values(indicators.of(area[0], DECEMBER, Boundaries.valueOf(area[1]), NATION));
            assertThat(commune).as(area[1]).containsAllEntriesOf(december).doesNotContainKey("PAR180")
                    .doesNotContainKey("LOANS_OUTSTANDING[OVERDUE=D31_90]")
                    .doesNotContainKey("LOANS_OUTSTANDING[OVERDUE=D181P]");
            assertThat(indicators.total(area[0], DECEMBER, Boundaries.valueOf(area[1]), NATION, "LOAN_LOSS_PROVISION"))
                    .isEqualTo(2_000_202L);
        }
        // November, before the write-off: 3,000,000 over 180 days; 4,000,002 at 90 days. The provision is
        // 4,000,002 × 25 % + 3,000,000 = 4,000,000.5, so 4,000,001.
        assertThat(values(indicators.of(TODAYS_COMMUNE, NOVEMBER, Boundaries.RESTATED, NATION)))
                .containsEntry("LOANS_OUTSTANDING", 7_002_012L).containsEntry("LOANS_OUTSTANDING[OVERDUE=CURRENT]", 2_010L)
                .containsEntry("LOANS_OUTSTANDING[OVERDUE=D31_90]", 4_000_002L)
                .containsEntry("LOANS_OUTSTANDING[OVERDUE=D181P]", 3_000_000L).containsEntry("PAR1", 7_000_002L)
                .containsEntry("PAR90", 3_000_000L).containsEntry("PAR180", 3_000_000L)
                .containsEntry("LOAN_LOSS_PROVISION", 4_000_001L);
        // A year reads the stock of its last month.
        assertThat(values(indicators.of(TODAYS_COMMUNE, Period.year(2024), Boundaries.RESTATED, NATION)))
                .containsAllEntriesOf(december);

        // The nation: every age grows by the commune's, and its provision is that of its own principal by age.
        for (Boundaries b : Boundaries.values()) {
            Map<String, Long> nation = values(indicators.of("", DECEMBER, b, NATION));
            for (String code : List.of("LOANS_OUTSTANDING[OVERDUE=D1_30]", "LOANS_OUTSTANDING[OVERDUE=D91_180]", "PAR1")) {
                assertThat(nation.getOrDefault(code, 0L) - nationBefore.getOrDefault(code, 0L)).as("%s %s", b, code)
                        .isEqualTo(december.get(code));
            }
            Map<OverdueAge, Long> ages = new EnumMap<>(OverdueAge.class);
            for (OverdueAge age : OverdueAge.values()) {
                ages.put(age, nation.getOrDefault("LOANS_OUTSTANDING[OVERDUE=" + age.name() + "]", 0L));
            }
            assertThat(nation.get("LOAN_LOSS_PROVISION")).as("%s", b).isEqualTo(OverdueAge.provision(ages));
        }

        // A partner reads them on the dashboard, each share of the portfolio beside the loans outstanding,
        // and in the ADX export under the DHIS2 data elements of their codes.
        String partner = UserFixtures.create(accounts, "doitac-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                Role.PARTNER_VIEWER, null, "mat-khau-dai-1", "Đối tác").username();
        var asPartner = user(partner).roles("PARTNER_VIEWER");
        String query = "?area=" + TODAYS_COMMUNE + "&period=2024-12&boundaries=RESTATED";
        var page = org.jsoup.Jsoup.parse(mvc.get().uri("/dashboard" + query).with(asPartner).exchange().getResponse()
                .getContentAsString());
        assertThat(page.select("#headline-PAR1 .headline-value").text())
                .isEqualTo("4.002.012 đồng / 6.002.012 đồng (66,7 %)");
        assertThat(page.select("#headline-PAR90 .headline-value").text())
                .isEqualTo("4.000.002 đồng / 6.002.012 đồng (66,6 %)");
        assertThat(page.select("#headline-PAR180 .headline-value").text()).isEqualTo("0 đồng / 6.002.012 đồng (0,0 %)");
        assertThat(page.select("#headline-LOAN_LOSS_PROVISION .headline-value").text()).isEqualTo("2.000.202 đồng");
        // In plain words, the technical term in the tooltip for a partner as for officers.
        assertThat(page.select("#headline-PAR1 .headline-label").text()).isEqualTo("Nợ quá hạn từ 1 ngày");
        assertThat(page.select("#headline-PAR1 .headline-label").attr("title")).contains("PAR1");
        // DHIS2 takes no value of December 2024 for today's commune, opened on 1 July 2025: the ADX is of the
        // commune as it was then, where both clubs were.
        assertThat(mvc.get().uri("/api/v1/indicators.adx" + query).with(asPartner).exchange().getResponse().getStatus())
                .isEqualTo(422);
        var adx = mvc.get().uri("/api/v1/indicators.adx?area=" + oldCommune + "&period=2024-12&boundaries=AS_WAS")
                .with(asPartner).exchange();
        assertThat(adx.getResponse().getStatus()).isEqualTo(200);
        assertThat(adx.getResponse().getContentAsString())
                .contains("dataElement=\"" + element("LOANS_OUTSTANDING", "D1_30") + "\" OVERDUE=\"D1_30\" value=\"2010\"")
                .contains("dataElement=\"" + element("LOANS_OUTSTANDING", "D91_180") + "\" OVERDUE=\"D91_180\" value=\"4000002\"")
                .contains("dataElement=\"" + element("PAR1", null) + "\" value=\"4002012\"")
                .contains("dataElement=\"" + element("PAR90", null) + "\" value=\"4000002\"")
                .contains("dataElement=\"" + element("LOAN_LOSS_PROVISION", null) + "\" value=\"2000202\"");
        // The spreadsheet: the loans outstanding by days overdue in columns of their own, and the provision.
        byte[] sheet = mvc.get().uri("/api/v1/indicators.xlsx" + query + "&codes=LOANS_OUTSTANDING,LOAN_LOSS_PROVISION")
                .with(asPartner).exchange().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            var table = book.getSheetAt(0);
            Map<String, Double> commune = new HashMap<>();
            for (int c = 3; c < table.getRow(1).getLastCellNum(); c++) {
                commune.put(table.getRow(1).getCell(c).getStringCellValue(), table.getRow(2).getCell(c) == null ? null
                        : table.getRow(2).getCell(c).getNumericCellValue());
            }
            assertThat(commune).containsEntry("LOANS_OUTSTANDING", 6_002_012.0)
                    .containsEntry("LOANS_OUTSTANDING[OVERDUE=CURRENT]", 2_000_000.0)
                    .containsEntry("LOANS_OUTSTANDING[OVERDUE=D1_30]", 2_010.0)
                    .containsEntry("LOANS_OUTSTANDING[OVERDUE=D31_90]", null)
                    .containsEntry("LOANS_OUTSTANDING[OVERDUE=D91_180]", 4_000_002.0)
                    .containsEntry("LOANS_OUTSTANDING[OVERDUE=D181P]", null)
                    .containsEntry("LOAN_LOSS_PROVISION", 2_000_202.0).hasSize(7);
        }
    }

    /** A club of Xã Trấn Ninh founded in January 2024, its income fund given 20,000,000, lending at no interest. */
    Club aClubLending() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06256", LocalDate.of(2024, 1, 10));
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), LocalDate.of(2024, 1, 15), 20_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, null, LocalDate.of(2024, 1, 12), 10_000_000, 12,
                BigDecimal.ZERO, LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO,
                null), "t", NATION);
        return club;
    }

    MemberRow enrol(Club club, String name) {
        return members.enrol(null, new PersonDetails(name, "F", "1958", "Tày", "POOR", null, null, null, false, false,
                null, null, null), club.id(), club.foundedOn(), "t", NATION);
    }

    /** A loan of one month, paid out on a day: all of it falls due a month later. */
    Loans.Loan lend(Club club, MemberRow borrower, long amount, LocalDate on) {
        Loans.Loan loan = loans.apply(club.id(), borrower.person().id(), amount, Loans.Purpose.LIVESTOCK, null, 1,
                on.minusDays(2), "t", NATION);
        loans.decide(loan.id(), true, on.minusDays(1), null, "t", NATION);
        return loans.disburse(loan.id(), on, null, "t", NATION);
    }

    static Map<String, Long> values(AreaFigures f) {
        Map<String, Long> out = new HashMap<>();
        f.figures().forEach(x -> out.put(x.code() + (x.isTotal() ? "" : "[" + x.dimsKey() + "]"), x.value()));
        return out;
    }

    /** The DHIS2 data element the ADX export names for a code, total or by days overdue. */
    private static String element(String code, String overdue) {
        return vn.ishc.reporting.export.Dhis2Catalogue.get().dataElement(new Figure(code,
                overdue == null ? Map.of() : Map.of("OVERDUE", overdue), 0));
    }
}
