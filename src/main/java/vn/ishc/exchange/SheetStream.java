package vn.ishc.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.ishc.shared.InvalidInputException;

/**
 * The rows of an .xlsx file's first sheet, read as they stream out of the file (POI's SAX reader), one
 * row at a time: nothing of the sheet is held but the row being read, so a sheet stops costing memory
 * the moment its receiver has had enough. Each part read may unpack no further than the limit (see
 * {@link XlsxPackage}), and the text of the cells read may come to at most as many characters.
 */
final class SheetStream {

    /** A cell as the person typed it: its column (0 is A), its text, and whether Excel holds it as a number. */
    record Cell(int column, String text, boolean number) {
    }

    /** Takes the sheet's rows in order; throws an {@link InvalidInputException} to stop reading. */
    interface Rows {
        void row(int index, List<Cell> cells);
    }

    private static final String SHEET_NS = XSSFRelation.NS_SPREADSHEETML;
    private static final String RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ImportLimits limits;

    SheetStream(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Hands the rows of the file's first sheet to {@code rows} and answers how many rows the sheet has
     * (those read, if {@code rows} stopped the reading).
     */
    int read(Path file, Rows rows) {
        try (XlsxPackage xlsx = XlsxPackage.open(file, limits)) {
            PackagePart workbookPart = xlsx.workbookPart();
            Workbook workbook = parse(xlsx, workbookPart, new Workbook());
            if (!workbook.isWorkbook) {
                throw XlsxPackage.notXlsx();
            }
            if (workbook.firstSheet == null) {
                throw new InvalidInputException("exchange.file.empty", "file");
            }
            PackagePart sheet = XlsxPackage.related(workbookPart, workbook.firstSheet);
            SharedStrings strings = sharedStrings(xlsx, workbookPart);
            StylesTable styles = styles(xlsx, workbookPart);
            RowCollector collector = new RowCollector(rows, xlsx);
            parse(xlsx, sheet, new TypedSheetHandler(styles, strings, collector, new CellFormats(workbook.date1904)));
            return collector.seen;
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private static SharedStrings sharedStrings(XlsxPackage xlsx, PackagePart workbook)
            throws IOException, SAXException, InvalidFormatException {
        PackagePart part = XlsxPackage.relatedOfType(workbook, XSSFRelation.SHARED_STRINGS.getRelation());
        if (part == null) {
            return null;
        }
        try (InputStream in = xlsx.read(part)) {
            // Phonetic guides (furigana) are not part of what the person typed.
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static StylesTable styles(XlsxPackage xlsx, PackagePart workbook) throws IOException, InvalidFormatException {
        PackagePart part = XlsxPackage.relatedOfType(workbook, XSSFRelation.STYLES.getRelation());
        if (part == null) {
            // The built-in styles: numbers still go through the formatter, as General.
            return new StylesTable();
        }
        try (InputStream in = xlsx.read(part)) {
            return new StylesTable(in);
        }
    }

    private static <H extends ContentHandler> H parse(XlsxPackage xlsx, PackagePart part, H handler)
            throws IOException, SAXException {
        try (InputStream in = xlsx.read(part)) {
            XMLReader reader;
            try {
                reader = XMLHelper.newXMLReader();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
            return handler;
        }
    }

    /** The refusal that stopped the reading, wherever the XML parser wrapped it; else the file is damaged. */
    private static InvalidInputException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException refusal) {
                return refusal;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof InvalidInputException refusal) {
                return refusal;
            }
        }
        return XlsxPackage.unreadable();
    }

    /** What the sheet reader needs of workbook.xml: is it one, its first sheet, and its date system. */
    private static final class Workbook extends DefaultHandler {
        private boolean rootSeen;
        private boolean isWorkbook;
        private boolean date1904;
        private String firstSheet;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!rootSeen) {
                rootSeen = true;
                isWorkbook = SHEET_NS.equals(uri) && "workbook".equals(localName);
            }
            if (!SHEET_NS.equals(uri)) {
                return;
            }
            if ("workbookPr".equals(localName)) {
                String d = attributes.getValue("date1904");
                date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
            } else if ("sheet".equals(localName) && firstSheet == null) {
                firstSheet = attributes.getValue(RELATIONSHIP_NS, "id");
            }
        }
    }

    /** POI's sheet handler, also noting each cell's column and type, which its callback does not give. */
    private static final class TypedSheetHandler extends XSSFSheetXMLHandler {
        private final RowCollector collector;

        TypedSheetHandler(StylesTable styles, SharedStrings strings, RowCollector collector, DataFormatter formats) {
            // false: a formula cell gives the value Excel last calculated, as the person sees it.
            super(styles, strings, collector, formats, false);
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (SHEET_NS.equals(uri) && "c".equals(localName)) {
                collector.startCell(attributes.getValue("r"), attributes.getValue("t"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Gathers one row's cells and hands the row on; counts rows and the text read. */
    private final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final XlsxPackage xlsx;
        private List<Cell> cells = new ArrayList<>();
        private int column = -1;
        private String type;
        private int seen;
        private long textLeft = limits.maxUnpacked().toBytes();

        RowCollector(Rows rows, XlsxPackage xlsx) {
            this.rows = rows;
            this.xlsx = xlsx;
        }

        void startCell(String reference, String cellType) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            type = cellType;
        }

        @Override
        public void startRow(int index) {
            cells = new ArrayList<>();
            column = -1;
            seen++;
        }

        @Override
        public void endRow(int index) {
            rows.row(index, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null) {
                return;
            }
            boolean number = type == null || "n".equals(type);
            String text = switch (number ? "n" : type) {
                case "b" -> "TRUE".equals(value) ? "Có" : "Không";
                // An error (#N/A, #DIV/0!) holds nothing the person typed.
                case "e" -> "";
                default -> value;
            };
            // Texts Excel shares between cells are counted each time: they are kept once per cell.
            textLeft -= text.length();
            if (textLeft < 0) {
                throw xlsx.tooBig();
            }
            if (!text.isEmpty()) {
                cells.add(new Cell(column, text, number));
            }
        }
    }

    /** Numbers as typed: Excel dates as dd/MM/yyyy, other numbers in plain digits without a trailing ".0". */
    private static final class CellFormats extends DataFormatter {
        private final boolean date1904;

        CellFormats(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().format(DAY);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
