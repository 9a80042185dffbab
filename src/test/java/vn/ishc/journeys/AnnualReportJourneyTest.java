package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** A province officer prints the province's annual report as a document to sign, in PDF and in Word. */
class AnnualReportJourneyTest extends JourneyTestBase {

    /** The application's clock: "today" in this journey is the date it gives. */
    @Autowired
    java.time.Clock clock;
    @Autowired
    AdminUnits units;

    @Test
    void aProvinceOfficerPrintsTheAnnualReportWithItsNumberAndSigner() throws IOException {
        LocalDate today = BusinessCalendar.today(clock);
        var officer = users().create(Role.PROVINCE_OFFICER,
                units.at(AdminUnit.Level.PROVINCE, "20", today, AreaScope.nation()).id(), "Hoàng Thị Thu");
        signIn(officer.username(), officer.password());

        open("/reports/annual?area=20&year=" + today.getYear());
        assertThat(page.locator("#annual-docx")).isVisible();
        page.locator("#doc-details summary").click();
        page.locator("#doc-number").fill("12");
        page.locator("#doc-signer").fill("Hoàng Thị Thu");
        snapshot("annual-details");

        Download pdf = page.waitForDownload(() -> page.locator("#doc-pdf").click());
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
        String placeAndDate = String.format("Lạng Sơn, ngày %02d tháng %02d năm %d", today.getDayOfMonth(),
                today.getMonthValue(), today.getYear());
        org.assertj.core.api.Assertions.assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc").contains("HỘI NGƯỜI CAO TUỔI TỈNH LẠNG SƠN")
                .contains("Số: 12/BC-HNCT").contains(placeAndDate).contains("BÁO CÁO TỔNG KẾT NĂM " + today.getYear())
                .contains("Nơi nhận:").contains("TM. BAN THƯỜNG VỤ").contains("CHỦ TỊCH").contains("Hoàng Thị Thu");

        Download docx = page.waitForDownload(() -> page.locator("#doc-docx").click());
        org.assertj.core.api.Assertions.assertThat(docx.suggestedFilename()).endsWith(".docx");
        try (InputStream in = Files.newInputStream(docx.path()); XWPFDocument word = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            org.assertj.core.api.Assertions.assertThat(extractor.getText()).contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Số: 12/BC-HNCT").contains(placeAndDate).contains("Hoàng Thị Thu");
        }
    }
}
