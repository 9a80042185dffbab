package vn.ishc.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * The rows of a sheet with a header row, as they stream: the header is the first row, among the first
 * {@value #HEADER_SEARCH} + 1, with a cell that names the anchor column (else the first row); each column is
 * found by its header; a sheet without a required column is refused naming them all and the header's row. Each
 * later row goes to the sink as its cells' cleaned texts by column, with the header each column was found under;
 * rows with nothing typed are passed over.
 */
final class HeadedRows<C extends Enum<C> & SheetColumn> implements SheetStream.Rows {

    static final int HEADER_SEARCH = 10;

    /** What is done with a row read: its number as the sheet shows it (from 1), its cells and the headers. */
    interface Sink<C extends Enum<C>> {
        void line(int row, Map<C, String> cells, Map<C, String> headers);
    }

    private final Class<C> columns;
    private final C anchor;
    private final Sink<C> sink;
    private final List<Row> waiting = new ArrayList<>();
    private Map<C, Integer> index;
    private Map<C, String> headers;

    private record Row(int index, List<SheetStream.Cell> cells) {
    }

    HeadedRows(Class<C> columns, C anchor, Sink<C> sink) {
        this.columns = columns;
        this.anchor = anchor;
        this.sink = sink;
    }

    @Override
    public void row(int r, List<SheetStream.Cell> cells) {
        if (index != null) {
            line(r, cells);
            return;
        }
        if (!waiting.isEmpty() && r > waiting.get(0).index() + HEADER_SEARCH) {
            header(0);
            line(r, cells);
            return;
        }
        waiting.add(new Row(r, cells));
        if (cells.stream().anyMatch(c -> anchor.heads(text(c)))) {
            header(waiting.size() - 1);
        }
    }

    /** After the last row: a sheet whose rows all came before a header was found is headed by its first. */
    void end() {
        if (index == null && !waiting.isEmpty()) {
            header(0);
        }
    }

    private void header(int at) {
        Row header = waiting.get(at);
        index = new EnumMap<>(columns);
        headers = new EnumMap<>(columns);
        for (SheetStream.Cell cell : header.cells()) {
            String text = text(cell);
            for (C column : columns.getEnumConstants()) {
                if (!index.containsKey(column) && column.heads(text)) {
                    index.put(column, cell.column());
                    headers.put(column, text);
                    break;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (C column : columns.getEnumConstants()) {
            if (!index.containsKey(column) && column.required()) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("exchange.header.missing", "file", String.join(", ", missing),
                    header.index() + 1);
        }
        List<Row> after = List.copyOf(waiting.subList(at + 1, waiting.size()));
        waiting.clear();
        after.forEach(row -> line(row.index(), row.cells()));
    }

    private void line(int r, List<SheetStream.Cell> row) {
        Map<Integer, SheetStream.Cell> byColumn = new HashMap<>();
        row.forEach(cell -> byColumn.put(cell.column(), cell));
        Map<C, String> cells = new EnumMap<>(columns);
        index.forEach((column, i) -> cells.put(column, text(byColumn.get(i))));
        if (cells.values().stream().allMatch(String::isEmpty)) {
            return;
        }
        sink.line(r + 1, cells, headers);
    }

    /** A cell's text as read: cleaned (NFC, spaces), "" for an empty or absent cell. */
    static String text(SheetStream.Cell cell) {
        if (cell == null) {
            return "";
        }
        String clean = VietnameseText.clean(cell.text());
        return clean == null ? "" : clean;
    }
}
