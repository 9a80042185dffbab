package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.web.OfficialDocument;
import vn.ishc.web.PdfRenderer;

/**
 * The annual report as a document a commune's association signs (Decree 30/2020/NĐ-CP), as PDF and as
 * .docx: the same head, title, figures and signing block in both.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualDocumentWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;
    @Autowired
    MockMvcTester mvc;
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
    UserAccounts accounts;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    Indicators indicators;
    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aCommunesAnnualReportIsTheSameSignedDocumentInPdfAndInWord() throws IOException {
        var club = ClubFixtures.aClub(clubs, villages, units, "06418", LocalDate.of(2024, 5, 2));
        for (String name : new String[] {"Hoàng Thị Nguyệt", "Đàm Văn Quyết"}) {
            members.enrol(null, new PersonDetails(name, name.contains("Thị") ? "F" : "M", "1956", "Tày", "POOR", null, null,
                    null, false, false, null, null, null), club.id(), club.foundedOn(), "t", AreaScope.nation());
        }
        worker.drain();
        LocalDate today = BusinessCalendar.today(clock);
        var officer = user(UserFixtures.create(accounts, "tinh-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                Role.PROVINCE_OFFICER, units.at(AdminUnit.Level.PROVINCE, "20", today, AreaScope.nation()).id(),
                "mat-khau-dai-1", "Cán bộ tỉnh").username()).roles("PROVINCE_OFFICER");
        String query = "?area=20.06415&year=2025&boundaries=RESTATED&number=12&signer={signer}&recipients={recipients}";
        Object[] details = {"Lương Văn Thắng", "UBND xã Vân Nham;\nHội NCT tỉnh Lạng Sơn;"};

        var pdf = mvc.get().uri("/reports/annual.pdf" + query, details).with(officer).exchange().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String pdfText = pdfText(pdf.getContentAsByteArray()).replaceAll("\\s+", " ");
        var docx = mvc.get().uri("/reports/annual.docx" + query, details).with(officer).exchange().getResponse();
        assertThat(docx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        assertThat(docx.getHeader("Content-Disposition")).contains("bao-cao-nam-").contains(".docx");
        String placeAndDate = String.format("Vân Nham, ngày %02d tháng %02d năm %d", today.getDayOfMonth(),
                today.getMonthValue(), today.getYear());
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String wordText = Normalizer.normalize(extractor.getText(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            for (String text : new String[] {"HỘI NGƯỜI CAO TUỔI TỈNH LẠNG SƠN", "HỘI NGƯỜI CAO TUỔI XÃ VÂN NHAM",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-HNCT", placeAndDate,
                    "BÁO CÁO TỔNG KẾT NĂM 2025", "Nơi nhận:", "- UBND xã Vân Nham;", "- Hội NCT tỉnh Lạng Sơn;",
                    "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lương Văn Thắng"}) {
                assertThat(pdfText).as("PDF").contains(text);
                assertThat(wordText).as("Word").contains(text);
            }
            // The figures: every row of the Word file's tables reads the same in the PDF.
            List<String> rows = new ArrayList<>();
            for (XWPFTable table : word.getTables()) {
                table.getRows().stream().skip(1).filter(r -> r.getTableCells().size() == 2)
                        .forEach(r -> rows.add(r.getCell(0).getText() + " " + r.getCell(1).getText()));
            }
            // Other tests may add clubs to the commune: the figures are the indicators', whatever they are now.
            for (String code : new String[] {"MEMBERS", "CLUBS_ACTIVE"}) {
                long total = indicators.total("20.06415", Period.year(2025), Boundaries.RESTATED, AreaScope.nation(), code);
                assertThat(total).isPositive();
                assertThat(rows).contains(messages.getMessage("indicator." + code + ".name", null, Locale.forLanguageTag("vi"))
                        + " " + total);
            }
            for (String row : rows) {
                assertThat(pdfText).as("PDF row").contains(Normalizer.normalize(row, Normalizer.Form.NFC));
            }
        }
    }

    @Test
    void withoutDetailsTheNumberIsLeftToWriteByHandAndTheAssociationSignsAsItsChair() throws IOException {
        var admin = user(UserFixtures.create(accounts, "qt-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                Role.NATIONAL_ADMIN, null, "mat-khau-dai-1", "Quản trị").username()).roles("NATIONAL_ADMIN");
        var docx = mvc.get().uri("/reports/annual.docx?year=2025").with(admin).exchange().getResponse();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String text = extractor.getText();
            assertThat(text).contains("TRUNG ƯƠNG HỘI NGƯỜI CAO TUỔI VIỆT NAM").contains("/BC-HNCT")
                    .contains("Hà Nội, ngày").contains("- Như trên;").contains("- Lưu: VT.").contains("CHỦ TỊCH");
            assertThat(text).doesNotContain("Số: /BC-HNCT");
        }
    }

    @Test
    void aTablesHeadingAndHeaderAreNeverTheLastLinesOfAPage() throws IOException {
        String heading = "Tiến độ so với chỉ tiêu";
        String header = "Chỉ số Chỉ tiêu Đạt được Tỷ lệ đạt";
        var rows = IntStream.range(0, 30).mapToObj(i -> List.of("Chỉ tiêu số " + i, "100", "50", "50%")).toList();
        int breaksSeen = 0;
        // Push the targets table down a line at a time, so its heading falls at every height of the page's foot.
        for (int lines = 20; lines <= 70; lines++) {
            var paragraphs = IntStream.range(0, lines).mapToObj(i -> "Dòng " + i).toList();
            OfficialDocument doc = new OfficialDocument(
                    new OfficialDocument.Letterhead("", "HỘI NGƯỜI CAO TUỔI XÃ VÂN NHAM", "Số: 1/BC-HNCT",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Vân Nham"),
                    "BÁO CÁO", null,
                    List.of(new OfficialDocument.Section("headline", "Các chỉ số chính", paragraphs, null),
                            new OfficialDocument.Section("targets", heading, List.of(),
                                    new OfficialDocument.Table(List.of("Chỉ số", "Chỉ tiêu", "Đạt được", "Tỷ lệ đạt"), rows, 1)),
                            new OfficialDocument.Section("note", "Ghi chú", List.of("Hết."), null)),
                    new OfficialDocument.Signing("Nơi nhận:", List.of("- Lưu: VT."), "", "CHỦ TỊCH", ""));
            byte[] pdf = renderer.pdf("web/official", Map.of("doc", doc), Locale.forLanguageTag("vi"));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (int page = 1; page < document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSortByPosition(true);
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).lines()
                            .map(String::strip).filter(l -> !l.isEmpty() && !l.matches("\\d+ / \\d+")).toList();
                    String last = text.get(text.size() - 1);
                    assertThat(last).as("last line of page %d with %d lines before", page, lines)
                            .isNotEqualTo(heading).isNotEqualTo(header);
                    if (text.contains(heading) || last.startsWith("Chỉ tiêu số")) {
                        breaksSeen++;
                    }
                }
            }
        }
        assertThat(breaksSeen).as("pages ending in or before the targets table").isPositive();
    }

    @Test
    void theSigningBlockKeepsTheLastPartOfTheBodyWithIt() throws IOException {
        // Enough lines that the signing block alone would fall onto a page of its own.
        for (int lines = 30; lines <= 44; lines += 2) {
            var paragraphs = IntStream.range(0, lines).mapToObj(i -> "Dòng " + i).toList();
            OfficialDocument doc = new OfficialDocument(
                    new OfficialDocument.Letterhead("", "HỘI NGƯỜI CAO TUỔI XÃ VÂN NHAM", "Số: 1/BC-HNCT",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Vân Nham"),
                    "BÁO CÁO", null,
                    List.of(new OfficialDocument.Section("body", "Nội dung", paragraphs, null),
                            new OfficialDocument.Section("note", "Ghi chú", List.of("Đoạn cuối."), null)),
                    new OfficialDocument.Signing("Nơi nhận:", List.of("- Lưu: VT."), "", "CHỦ TỊCH", "Lương Văn Thắng"));
            try (PDDocument document = Loader.loadPDF(renderer.pdf("web/official", Map.of("doc", doc),
                    Locale.forLanguageTag("vi")))) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(document.getNumberOfPages());
                String lastPage = stripper.getText(document);
                assertThat(lastPage).as("%d lines", lines).contains("Lương Văn Thắng").contains("Đoạn cuối.");
            }
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }
}
