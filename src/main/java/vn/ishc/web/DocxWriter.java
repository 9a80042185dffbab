package vn.ishc.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An {@link OfficialDocument} as a Word file (.docx) an office can edit before it signs: the same
 * text as the PDF, in Times New Roman 13 pt on A4 with the decree's margins (top and bottom 20 mm,
 * left 30 mm, right 15 mm), the header and the signing block as tables without borders.
 */
public final class DocxWriter {

    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    private static final int TWIPS_PER_MM = 57;

    private DocxWriter() {
    }

    public static byte[] docx(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            letterhead(docx, document.letterhead());
            XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            run(title, document.title(), true, false, 14);
            if (document.subject() != null && !document.subject().isBlank()) {
                run(paragraph(docx, ParagraphAlignment.CENTER), document.subject(), true, false, SIZE);
            }
            for (int i = 0; i < document.sections().size(); i++) {
                // The last part of the body stays on the page of the signature.
                section(docx, document.sections().get(i), i == document.sections().size() - 1);
            }
            signing(docx, document.signing());
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word file as a download with its file name. */
    public static ResponseEntity<byte[]> attachment(byte[] docx, String fileName) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(docx);
    }

    private static void page(XWPFDocument docx) {
        CTSectPr sect = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static void letterhead(XWPFDocument docx, OfficialDocument.Letterhead head) {
        XWPFTable table = bare(docx, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        if (head.superior() != null && !head.superior().isBlank()) {
            run(cellParagraph(left, ParagraphAlignment.CENTER), head.superior(), false, false, 12);
        }
        XWPFParagraph issuer = cellParagraph(left, ParagraphAlignment.CENTER);
        run(issuer, head.issuer(), true, false, 12);
        underline(issuer);
        run(cellParagraph(left, ParagraphAlignment.CENTER), head.number(), false, false, SIZE);
        run(cellParagraph(right, ParagraphAlignment.CENTER), head.country(), true, false, 12);
        XWPFParagraph motto = cellParagraph(right, ParagraphAlignment.CENTER);
        run(motto, head.motto(), true, false, SIZE);
        underline(motto);
        run(cellParagraph(right, ParagraphAlignment.CENTER), head.placeAndDate(), false, true, SIZE);
    }

    private static void section(XWPFDocument docx, OfficialDocument.Section section, boolean last) {
        XWPFParagraph heading = paragraph(docx, ParagraphAlignment.LEFT);
        heading.setSpacingBefore(160);
        // The heading goes to the next page with its table rather than stay alone at a page foot.
        heading.setKeepNext(true);
        run(heading, section.heading(), true, false, SIZE);
        for (String text : section.paragraphs()) {
            XWPFParagraph p = paragraph(docx, ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(567);
            p.setKeepNext(last);
            run(p, text, false, false, SIZE);
        }
        if (section.table() != null) {
            grid(docx, section.table());
        }
    }

    private static void grid(XWPFDocument docx, OfficialDocument.Table table) {
        int columns = table.header().size();
        XWPFTable grid = docx.createTable(1 + table.rows().size(), columns);
        grid.setWidth("100%");
        grid.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFParagraph p = cellParagraph(header.getCell(c), ParagraphAlignment.CENTER);
            p.setKeepNext(true);
            run(p, table.header().get(c), true, false, 12);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                XWPFParagraph p = cellParagraph(row.getCell(c),
                        table.isNumber(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                run(p, c < cells.size() ? cells.get(c) : "", false, false, 12);
            }
        }
    }

    private static void signing(XWPFDocument docx, OfficialDocument.Signing signing) {
        paragraph(docx, ParagraphAlignment.LEFT).setKeepNext(true);
        XWPFTable table = bare(docx, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        table.getRow(0).setCantSplitRow(true);
        run(cellParagraph(left, ParagraphAlignment.LEFT), signing.recipientsLabel(), true, true, 12);
        for (String recipient : signing.recipients()) {
            run(cellParagraph(left, ParagraphAlignment.LEFT), recipient, false, false, 11);
        }
        if (!signing.authority().isBlank()) {
            run(cellParagraph(right, ParagraphAlignment.CENTER), signing.authority(), true, false, SIZE);
        }
        XWPFParagraph position = cellParagraph(right, ParagraphAlignment.CENTER);
        run(position, signing.position(), true, false, SIZE);
        position.setSpacingAfter(1600);
        run(cellParagraph(right, ParagraphAlignment.CENTER), signing.name(), true, false, SIZE);
    }

    private static XWPFTable bare(XWPFDocument docx, int columns) {
        XWPFTable table = docx.createTable(1, columns);
        table.setWidth("100%");
        table.removeBorders();
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
            cell.setWidth(columns == 2 ? "50%" : "100%");
        }
        return table;
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, ParagraphAlignment alignment) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        return p;
    }

    /** The cell's next paragraph: its first, empty one when nothing is written in it yet. */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        XWPFParagraph p = cell.getParagraphs().size() == 1 && first.getRuns().isEmpty() ? first : cell.addParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return p;
    }

    private static void underline(XWPFParagraph p) {
        // The short rule under the issuing body and under the motto.
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(1000);
        p.setIndentationRight(1000);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        run.setText(text == null ? "" : text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }
}
