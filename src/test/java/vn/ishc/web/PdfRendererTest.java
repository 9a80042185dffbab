package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a printed document may load, and the names its downloads get. */
class PdfRendererTest {

    @Test
    void aDocumentReadsOnlyTheApplicationsOwnStaticFiles() {
        assertThat(PdfRenderer.resolve("/css/print.css", "")).isEqualTo("classpath:/static/css/print.css");
        assertThat(PdfRenderer.resolve("/ishc/css/print.css?v=2", "/ishc")).isEqualTo("classpath:/static/css/print.css");
        assertThat(PdfRenderer.resolve("/css/print-0123456789abcdef0123456789abcdef.css", ""))
                .as("the name a page links, with a hash of the file's content").isEqualTo("classpath:/static/css/print.css");
        assertThat(PdfRenderer.resolve("https://example.org/x.css", "")).isNull();
        assertThat(PdfRenderer.resolve("//example.org/x.css", "")).isNull();
        assertThat(PdfRenderer.resolve("file:///etc/passwd", "")).isNull();
        assertThat(PdfRenderer.resolve("/css/../../application.yml", "")).isNull();
    }

    @Test
    void aDownloadIsNamedInPlainAsciiFromItsVietnameseParts() {
        assertThat(PdfRenderer.fileName("pdf", "Sổ vay", "Nguyễn Thị Hường", java.time.LocalDate.of(2025, 9, 1)))
                .isEqualTo("so-vay-nguyen-thi-huong-2025-09-01.pdf");
        assertThat(PdfRenderer.fileName("pdf", "Sao kê quỹ", "ĐL/01 Đình Lập")).isEqualTo("sao-ke-quy-dl-01-dinh-lap.pdf");
        assertThat(PdfRenderer.fileName("pdf", "  ")).isEqualTo("document.pdf");
    }
}
