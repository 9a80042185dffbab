package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.NewClub;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/**
 * A member's loan card and a fund statement printed as PDF: the Vietnamese names, amounts and dates
 * a club's finance member checks are in the document's text, in the embedded DejaVu Sans; the card
 * is refused to a partner and to an officer of another province.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrintWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final String BORROWER = "Nguyễn Thị Hường";
    static final String PURPOSE = "Nuôi bò ở Bản Đồng Mỏ, xã Đình Lập";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Loans loans;
    @Autowired
    Funds funds;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;

    Club club;
    MemberRow borrowerRow;
    Loans.Loan loan;
    RequestPostProcessor board;

    /**
     * A club in Bản Đồng Mỏ (Đình Lập, Lạng Sơn) lends 6.000.000 đồng over six months at 0,8 % a month
     * flat, paid out on 1 September 2025; the borrower pays the first instalment late, on 15 October,
     * with a 10.000 đồng penalty. Members pay 500.000 đồng of fees in October.
     */
    @BeforeEach
    void aDisbursedLoanWithARepayment() {
        LocalDate founded = LocalDate.of(2025, 8, 1);
        long commune = GeographyFixtures.communeToday(units, "06613").id();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID village = villages.create(null, commune, "Bản Đồng Mỏ " + suffix, "test", AreaScope.nation()).id();
        club = clubs.register(new NewClub(null, village, "DM-" + suffix, "CLB Liên thế hệ Bản Đồng Mỏ " + suffix,
                "7/QĐ-UBND", founded, null, founded, "D21"), "test", AreaScope.nation());
        MemberRow borrower = members.enrol(null, new PersonDetails(BORROWER, "F", "1956", "07", "POOR", 2025, null, null,
                false, false, null, null, null), club.id(), founded, "t", AreaScope.nation());
        borrowerRow = borrower;
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation());
        funds.contribute(income.id(), LocalDate.of(2025, 8, 5), 30_000_000, Entry.Source.PROJECT, null, null, "t",
                AreaScope.nation());
        loans.approveRules(club.id(), new Loans.Rules(null, club.id(), LocalDate.of(2025, 8, 10), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "t", AreaScope.nation());
        UUID id = loans.apply(club.id(), borrower.person().id(), 6_000_000, Loans.Purpose.LIVESTOCK, PURPOSE, 6,
                LocalDate.of(2025, 8, 20), "t", AreaScope.nation()).id();
        loans.decide(id, true, LocalDate.of(2025, 8, 25), null, "t", AreaScope.nation());
        loans.disburse(id, LocalDate.of(2025, 9, 1), null, "t", AreaScope.nation());
        loans.repay(id, LocalDate.of(2025, 10, 15), 1_058_000, 10_000, null, "t", AreaScope.nation());
        funds.contribute(income.id(), LocalDate.of(2025, 10, 5), 500_000, Entry.Source.MEMBERS, "Phí thành viên", null,
                "t", AreaScope.nation());
        loan = loans.get(id, AreaScope.nation());
        board = as(Role.CLUB_BOARD, commune);
    }

    @Test
    void theLoanCardPdfShowsTheBorrowerTheScheduleAndTheRepaymentInVietnamese() throws IOException {
        MvcTestResult result = mvc.get().uri("/loans/" + loan.id() + "/card.pdf").with(board).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"so-vay-nguyen-thi-huong-2025-08-20.pdf\"");
        byte[] pdf = kept(result.getResponse().getContentAsByteArray(), "loan-card.pdf");

        assertThat(text(pdf)).contains(BORROWER, PURPOSE, club.name(), "Bản Đồng Mỏ", "Xã Đình Lập", "Tỉnh Lạng Sơn",
                        "SỔ VAY VỐN", "Quỹ phát triển sinh kế", "Chăn nuôi")
                .contains("6.000.000 đồng", "lãi 0,8%/tháng", "trả đều hằng tháng", "phạt trả chậm 1%/tháng")
                .contains("20/08/2025", "25/08/2025", "01/09/2025")
                // The schedule: six instalments of 1.000.000 principal and 48.000 interest, a month apart.
                .contains("01/10/2025", "01/11/2025", "01/12/2025", "01/01/2026", "01/02/2026", "01/03/2026")
                .contains("1.048.000", "6.288.000")
                // The repayment: paid, penalty, interest, principal, and what was still owed after it.
                .contains("15/10/2025", "1.058.000", "10.000", "48.000", "1.000.000", "5.000.000")
                .contains("Người vay", "Ủy viên tài chính", "(Ký, ghi rõ họ tên)");
        assertThat(fontsOf(pdf)).isNotEmpty().allMatch(name -> name.matches("([A-Z]{6}\\+)?DejaVuSans(-Bold)?"),
                "DejaVu Sans, embedded: no glyph fell back to a font without Vietnamese");
    }

    @Test
    void aRepaymentReversedShowsOnTheLoanCardAsItsMirrorAndTheLoanOwesAgainWhatItHadPaid() throws IOException {
        Entry second = loans.repay(loan.id(), LocalDate.of(2025, 11, 3), 1_048_000, 0, null, "t", AreaScope.nation());
        loans.reverseRepayment(loan.id(), second.id(), LocalDate.of(2025, 11, 4), "Ghi nhầm khoản vay", null, "t",
                AreaScope.nation());
        MvcTestResult card = mvc.get().uri("/loans/" + loan.id() + "/card").with(board).exchange();
        // After the repayment 4.000.000 was owed; after its reversal 5.000.000 again, shown as the last balance.
        String page = card.getResponse().getContentAsString();
        assertThat(page).contains("04/11/2025", "-1.048.000", "4.000.000");
        assertThat(page.substring(page.indexOf("04/11/2025"))).contains("5.000.000");
        assertThat(text(mvc.get().uri("/clubs/" + club.id() + "/members/" + borrowerRow.person().id() + "/passbook.pdf")
                .with(board).exchange().getResponse().getContentAsByteArray())).contains("04/11/2025", "-1.048.000");
    }

    @Test
    void theLoanCardIsAlsoAPageToPrintFromTheBrowser() throws IOException {
        MvcTestResult card = mvc.get().uri("/loans/" + loan.id() + "/card").with(board).exchange();
        assertThat(card).hasStatusOk().bodyText()
                .contains(BORROWER, "6.000.000", "01/03/2026", "In trang này", "Tải bản PDF")
                .containsPattern("/css/print-[0-9a-f]{32}\\.css");
        kept(card.getResponse().getContentAsByteArray(), "loan-card.html");
        assertThat(mvc.get().uri("/loans/" + loan.id()).with(board)).hasStatusOk().bodyText()
                .contains("/loans/" + loan.id() + "/card", "In sổ vay / PDF");
    }

    @Test
    void theStatementPdfHasTheOpeningAndClosingBalancesAndTheLoansOutstanding() throws IOException {
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation());
        MvcTestResult result = mvc.get().uri("/clubs/" + club.id() + "/funds/statement.pdf?fund=" + income.id()
                + "&from=2025-10-01&to=2025-10-31").with(board).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"sao-ke-quy-" + club.nationalId().toLowerCase() + "-2025-10-01-2025-10-31.pdf\"");
        byte[] pdf = kept(result.getResponse().getContentAsByteArray(), "statement.pdf");

        // 30.000.000 given, 6.000.000 lent: 24.000.000 at the start of October; 500.000 of fees and the
        // 1.058.000 repayment bring it to 25.558.000; 5.000.000 is still lent out.
        assertThat(text(pdf)).contains("SAO KÊ QUỸ", club.name(), "Quỹ phát triển sinh kế",
                        "Từ ngày 01/10/2025 đến ngày 31/10/2025")
                .contains("Số dư đầu kỳ", "24.000.000", "Thành viên đóng góp", "500.000", "Thu nợ gốc", "1.000.000",
                        "Thu lãi tiền vay", "48.000", "Thu tiền phạt trả chậm", "10.000", "Số dư cuối kỳ", "25.558.000",
                        "Dư nợ cho vay đến ngày 31/10/2025", "5.000.000", "Khớp: đầu kỳ + thu − chi = cuối kỳ")
                .contains("15/10/2025", "Trả nợ", "Phí thành viên")
                .doesNotContain("Quỹ hoạt động");
        assertThat(fontsOf(pdf)).isNotEmpty().allMatch(name -> name.matches("([A-Z]{6}\\+)?DejaVuSans(-Bold)?"));
    }

    @Test
    void theStatementPdfIsADocumentTheClubSignsInTheLayoutOfDecree30() throws IOException {
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation());
        byte[] pdf = mvc.get().uri("/clubs/" + club.id() + "/funds/statement.pdf?fund=" + income.id()
                + "&from=2025-10-01&to=2025-10-31").with(board).exchange().getResponse().getContentAsByteArray();
        // Read as lines joined: a long name may wrap inside its column.
        String text = text(pdf).replaceAll("\\s+", " ");
        String today = vn.ishc.shared.BusinessCalendar.today(clock).format(
                java.time.format.DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy"));

        // The head: the association above, the club issuing it and the number line; the country and the motto;
        // the place and date; at the foot the recipients and the chair's signing block.
        assertThat(text).contains("HỘI NGƯỜI CAO TUỔI", club.name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", today,
                        "SAO KÊ QUỸ", "Nơi nhận:", "- Lưu: CLB.", "TM. BAN CHỦ NHIỆM", "CHỦ NHIỆM")
                .containsPattern("Số:[\\s\\u00a0]*/BC-CLB");
    }

    @Test
    void withoutAFundTheStatementCoversEveryFundOfTheClubForTheMonthSoFar() {
        String month = vn.ishc.shared.BusinessCalendar.today(clock).withDayOfMonth(1).toString();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds/statement/print").with(board)).hasStatusOk().bodyText()
                .contains("/clubs/" + club.id() + "/funds/statement.pdf?from=" + month + "&amp;to=")
                .contains("Quỹ phát triển sinh kế", "Quỹ hoạt động", "Dư nợ cho vay đến ngày",
                        "01/" + vn.ishc.shared.BusinessCalendar.today(clock).format(
                                java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")));
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds").with(board)).hasStatusOk().bodyText()
                .contains("/clubs/" + club.id() + "/funds/statement/print", "In sao kê / PDF");
    }

    @Test
    void aPartnerSeesTheStatementButNotTheLoanCardAndAnotherProvinceSeesNeither() {
        long langSon = GeographyFixtures.province(units, "20", vn.ishc.shared.BusinessCalendar.today(clock)).id();
        RequestPostProcessor partner = as(Role.PARTNER_VIEWER, langSon);
        assertThat(mvc.get().uri("/loans/" + loan.id() + "/card.pdf").with(partner)).hasStatus(403);
        assertThat(mvc.get().uri("/loans/" + loan.id() + "/card").with(partner)).hasStatus(403);
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds/statement.pdf").with(partner)).hasStatusOk();

        long phuTho = GeographyFixtures.province(units, "25", vn.ishc.shared.BusinessCalendar.today(clock)).id();
        RequestPostProcessor elsewhere = as(Role.PROVINCE_OFFICER, phuTho);
        assertThat(mvc.get().uri("/loans/" + loan.id() + "/card.pdf").with(elsewhere).exchange().getResponse()
                .getStatus()).isIn(403, 404);
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds/statement.pdf").with(elsewhere).exchange()
                .getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    void aPartnerReadsTheFundsFiguresInEveryOutputButNeverTheBorrowersNameNorWhatTheBoardTyped() throws IOException {
        long langSon = GeographyFixtures.province(units, "20", vn.ishc.shared.BusinessCalendar.today(clock)).id();
        RequestPostProcessor partner = as(Role.PARTNER_VIEWER, langSon);
        UUID fund = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation()).id();
        String period = "from=2025-09-01&to=2025-10-31";
        String api = "/api/v1/funds/" + fund + "/statement?" + period;
        String page = "/clubs/" + club.id() + "/funds?fund=" + fund + "&" + period;
        String print = "/clubs/" + club.id() + "/funds/statement/print?fund=" + fund + "&" + period;
        String pdf = "/clubs/" + club.id() + "/funds/statement.pdf?fund=" + fund + "&" + period;
        // The board sees the borrower and the note it typed in each: the outputs do carry them.
        for (String uri : List.of(api, page, print)) {
            assertThat(mvc.get().uri(uri).with(board)).as(uri).hasStatusOk().bodyText().contains(BORROWER, "Phí thành viên");
        }
        assertThat(text(mvc.get().uri(pdf).with(board).exchange().getResponse().getContentAsByteArray()))
                .contains(BORROWER, "Phí thành viên");
        // The partner gets the same figures without them, nor who recorded an entry.
        for (String uri : List.of(api, page, print)) {
            assertThat(mvc.get().uri(uri).with(partner)).as(uri).hasStatusOk().bodyText()
                    .doesNotContain(BORROWER, "Phí thành viên", "\"recordedBy\"");
        }
        assertThat(mvc.get().uri(api).with(partner)).bodyText().contains("\"closing\":25558000", "\"amount\":1058000");
        for (String uri : List.of(page, print)) {
            assertThat(mvc.get().uri(uri).with(partner)).as(uri).bodyText().contains("1.058.000", "25.558.000");
        }
        assertThat(text(mvc.get().uri(pdf).with(partner).exchange().getResponse().getContentAsByteArray()))
                .contains("25.558.000", "1.058.000").doesNotContain(BORROWER, "Phí thành viên");
    }

    @Test
    void aMembersPassbookShowsTheFeesTheyPaidAndTheirLoanWithItsPaymentsAsAPageAndAPdf() throws IOException {
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation());
        UUID person = borrowerRow.person().id();
        funds.contribute(operating.id(), LocalDate.of(2025, 9, 10), 20_000, Entry.Source.MEMBERS, person, "Phí tháng 9",
                null, "t", AreaScope.nation());
        Entry october = funds.contribute(operating.id(), LocalDate.of(2025, 10, 10), 20_000, Entry.Source.MEMBERS, person,
                "Phí tháng 10", null, "t", AreaScope.nation());
        funds.contribute(operating.id(), LocalDate.of(2025, 11, 10), 25_000, Entry.Source.MEMBERS, person, "Phí tháng 11",
                null, "t", AreaScope.nation());
        funds.reverse(october.id(), LocalDate.of(2025, 11, 12), "Ghi nhầm người", null, "t", AreaScope.nation());
        assertThatThrownBy(() -> funds.contribute(operating.id(), LocalDate.of(2025, 9, 10), 20_000, Entry.Source.PROJECT,
                person, null, null, "t", AreaScope.nation())).hasFieldOrPropertyWithValue("messageKey",
                "funds.person.notMembersSource");
        UUID stranger = members.enrol(null, new PersonDetails("Lý Văn Khách", "M", "1950", "07", "POOR", 2025, null, null,
                false, false, null, null, null), clubs.register(new NewClub(null, club.villageId(), "KH-" + club.code(),
                "CLB khác " + club.code(), "8/QĐ-UBND", LocalDate.of(2025, 8, 1), null, LocalDate.of(2025, 8, 1), "D21"),
                "t", AreaScope.nation()).id(), LocalDate.of(2025, 8, 1), "t", AreaScope.nation()).person().id();
        assertThatThrownBy(() -> funds.contribute(operating.id(), LocalDate.of(2025, 9, 10), 20_000, Entry.Source.MEMBERS,
                stranger, null, null, "t", AreaScope.nation())).hasFieldOrPropertyWithValue("messageKey",
                "funds.person.notMember");

        String page = "/clubs/" + club.id() + "/members/" + person + "/passbook";
        Document html = Jsoup.parse(mvc.get().uri(page).with(board).exchange().getResponse().getContentAsString());
        assertThat(html.select("#member-name").text()).isEqualTo(BORROWER);
        assertThat(html.select("#paid-in tbody tr")).hasSize(5);
        assertThat(html.select("#paid-total").text()).isEqualTo("45.000");
        assertThat(html.select("#paid-in").text()).contains("Phí tháng 9").contains("Phí tháng 11").contains("-20.000");
        assertThat(html.select(".passbook-loan").text()).contains("6.000.000").contains("01/09/2025").contains("1.058.000");

        MvcTestResult pdf = mvc.get().uri(page + ".pdf").with(board).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        String text = text(kept(pdf.getResponse().getContentAsByteArray(), "passbook.pdf"));
        assertThat(text).contains("SỔ THÀNH VIÊN").contains(BORROWER).contains("45.000").contains("1.058.000");

        long langSon = GeographyFixtures.province(units, "20", vn.ishc.shared.BusinessCalendar.today(clock)).id();
        assertThat(mvc.get().uri(page).with(as(Role.PARTNER_VIEWER, langSon))).hasStatus(403);
        assertThat(mvc.get().uri(page + ".pdf").with(as(Role.PARTNER_VIEWER, langSon))).hasStatus(403);
    }

    RequestPostProcessor as(Role role, long unit) {
        String name = role.name().toLowerCase().substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, name, role, unit, "mat-khau-dai-1", "Người in sổ");
        return user(name).roles(role.name());
    }

    /** The document, also left in target/prints/ for a person to look at. */
    static byte[] kept(byte[] pdf, String name) throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "prints"));
        java.nio.file.Files.write(dir.resolve(name), pdf);
        return pdf;
    }

    /** The document's text as a reader would copy it (NFC, the form the system stores). */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }

    /** The base names of every font the document's pages use. */
    static Set<String> fontsOf(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName font : resources.getFontNames()) {
                    names.add(resources.getFont(font).getName());
                }
            }
        }
        return names;
    }
}
