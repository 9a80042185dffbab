package vn.ishc.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.export.ExportFixtures.areas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.export.SheetWriter.Column;

class SheetWriterTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    static final List<Column> COLUMNS = List.of(
            Column.total("CLUBS_ACTIVE"),
            Column.total("MEMBERS"),
            Column.of("MEMBERS", "SEX", "F"),
            new Column("MEMBERS", Map.of("SEX", "F", "AGE", "A60_69")),
            Column.of("ACTIVITIES", "AREA", "HEALTH"),
            Column.total("LOANS_DISBURSED_AMOUNT"),
            Column.total("MEMBERS_BP_MEASURED"));

    static XSSFWorkbook write(List<AreaFigures> rows, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SheetWriter(ExportFixtures.messages()).write(rows, COLUMNS, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    @Test
    void theTableHasAnAreaPerRowAndTheFiguresAsNumbers() throws Exception {
        try (XSSFWorkbook book = write(areas(), VI)) {
            Sheet table = book.getSheetAt(0);
            assertThat(table.getSheetName()).isEqualTo("Báo cáo");
            assertThat(table.getLastRowNum()).isEqualTo(2 + 6 - 1);
            Row commune = table.getRow(3);
            assertThat(commune.getCell(0).getStringCellValue()).isEqualTo("Xã Hoàng Đồng");
            assertThat(commune.getCell(1).getStringCellValue()).isEqualTo("06325");
            assertThat(commune.getCell(2).getStringCellValue()).isEqualTo("2024-12");
            assertThat(table.getRow(5).getCell(2).getStringCellValue()).isEqualTo("2024");

            double[] expected = {2, 118, 74, 37, 6, 21_000_000};
            for (int c = 0; c < expected.length; c++) {
                Cell cell = commune.getCell(SheetWriter.LEAD + c);
                assertThat(cell.getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).as("column %d", c).isEqualTo(expected[c]);
            }
            Cell money = commune.getCell(SheetWriter.LEAD + 5);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(commune.getCell(SheetWriter.LEAD + 1).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(commune.getCell(SheetWriter.LEAD + 6)).as("no figure: an empty cell, not zero").isNull();
        }
    }

    @Test
    void theHeaderNamesEachColumnInTheUsersLanguageAndByItsCode() throws Exception {
        try (XSSFWorkbook vi = write(areas(), VI); XSSFWorkbook en = write(areas(), Locale.ENGLISH)) {
            Sheet table = vi.getSheetAt(0);
            assertThat(text(table, 0, 0)).isEqualTo("Địa bàn");
            assertThat(text(table, 0, SheetWriter.LEAD + 1)).isEqualTo("Thành viên");
            assertThat(text(table, 0, SheetWriter.LEAD + 2)).isEqualTo("Thành viên — Nữ");
            assertThat(text(table, 0, SheetWriter.LEAD + 3)).isEqualTo("Thành viên — 60–69 tuổi, Nữ");
            assertThat(text(table, 0, SheetWriter.LEAD + 4)).isEqualTo("Hoạt động — Chăm sóc sức khỏe");
            assertThat(text(table, 1, SheetWriter.LEAD + 3)).isEqualTo("MEMBERS[AGE=A60_69;SEX=F]");
            assertThat(text(table, 1, SheetWriter.LEAD + 5)).isEqualTo("LOANS_DISBURSED_AMOUNT");

            Sheet english = en.getSheetAt(0);
            assertThat(english.getSheetName()).isEqualTo("Report");
            assertThat(text(english, 0, 0)).isEqualTo("Area");
            assertThat(text(english, 0, SheetWriter.LEAD + 2)).isEqualTo("Members — Women");
            assertThat(text(english, 0, SheetWriter.LEAD + 5)).isEqualTo("Amount disbursed");
        }
    }

    @Test
    void theSecondSheetDefinesEachIndicatorOnce() throws Exception {
        try (XSSFWorkbook vi = write(areas(), VI); XSSFWorkbook en = write(areas(), Locale.ENGLISH)) {
            Sheet definitions = vi.getSheetAt(1);
            assertThat(definitions.getSheetName()).isEqualTo("Định nghĩa");
            assertThat(definitions.getLastRowNum()).as("five codes under a header").isEqualTo(5);
            assertThat(text(definitions, 2, 0)).isEqualTo("MEMBERS");
            assertThat(text(definitions, 2, 1)).isEqualTo("Thành viên");
            assertThat(text(definitions, 2, 2)).startsWith("Số thành viên");

            Sheet english = en.getSheetAt(1);
            assertThat(english.getSheetName()).isEqualTo("Definitions");
            assertThat(text(english, 0, 2)).isEqualTo("Definition");
            assertThat(text(english, 4, 0)).isEqualTo("LOANS_DISBURSED_AMOUNT");
            assertThat(text(english, 4, 2)).isEqualTo("Amount disbursed within the period (đồng)");
        }
    }

    @Test
    void aCodeWithoutAMessageShowsAsItself() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SheetWriter(ExportFixtures.messages()).write(areas(), List.of(Column.of("NEW_CODE", "SEX", "X")), VI, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(text(book.getSheetAt(0), 0, SheetWriter.LEAD)).isEqualTo("NEW_CODE — SEX=X");
        }
    }

    @Test
    void theIndicatorsInDongAreExactlyTheCodesTheCatalogueCountsInDong() throws IOException {
        Set<String> inDong = IndicatorCatalogueMessagesTest.catalogue().entrySet().stream()
                .filter(e -> e.getValue().contains("(đồng)")).map(Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(java.util.Arrays.stream(vn.ishc.reporting.Indicator.values())
                .filter(i -> i.unit() == vn.ishc.reporting.Indicator.Unit.DONG).map(Enum::name)
                .collect(Collectors.toSet())).isEqualTo(inDong);
    }
}
