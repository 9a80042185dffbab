package vn.ishc.web;

import java.util.List;
import java.util.Objects;

/**
 * A document an office signs and sends up, in the layout of Vietnamese administrative documents
 * (Decree 30/2020/NĐ-CP, Appendix I): the issuing body and the national motto side by side, the
 * number and symbol, the place and date, the title, the body in sections, and at the foot the
 * recipients beside the signer's position and name. Every text is already in the reader's language;
 * the PDF ({@code web/official}) and the Word file ({@link DocxWriter}) are both made from this one
 * value, so they say the same.
 */
public record OfficialDocument(Letterhead letterhead, String title, String subject, List<Section> sections,
                               Signing signing) {

    public OfficialDocument {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        Objects.requireNonNull(signing, "signing");
    }

    /**
     * The head of the document: on the left the superior body (none for the top one), the issuing
     * body and the number line ("Số: 12/BC-HNCT"); on the right the country's name, the motto, and
     * the place and date ("Lạng Sơn, ngày 02 tháng 12 năm 2026").
     */
    public record Letterhead(String superior, String issuer, String number, String country, String motto,
                             String placeAndDate) {
    }

    /** A part of the body: a heading, its paragraphs, and a table if it has one. */
    public record Section(String id, String heading, List<String> paragraphs, Table table) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A table with its header row; the columns from {@code numbersFrom} on hold figures. */
    public record Table(List<String> header, List<List<String>> rows, int numbersFrom) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public boolean isNumber(int column) {
            return column >= numbersFrom;
        }
    }

    /**
     * The foot: "Nơi nhận:" with its list on the left; on the right the authority the signer signs
     * for ("TM. BAN THƯỜNG VỤ", may be empty), the position ("CHỦ TỊCH"), room for the signature and
     * seal, and the name (may be empty, to write by hand).
     */
    public record Signing(String recipientsLabel, List<String> recipients, String authority, String position,
                          String name) {

        public Signing {
            recipients = List.copyOf(recipients);
        }
    }
}
