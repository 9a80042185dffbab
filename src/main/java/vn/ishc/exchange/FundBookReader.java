package vn.ishc.exchange;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ishc.funds.Funds;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * Reads the fund book sheet of an .xlsx workbook as it streams out of the file: finds the header row (the
 * first of eleven that heads the amount column), then reads each row as people type it. Dates as 31/12/2026,
 * 31.12.2026, 2026-12-31 or real Excel dates; amounts exactly as the funds pages read them ({@link Dong}:
 * 1.500.000, 1,500,000, 1 500 000 or 1500000, perhaps followed by "đ"), never rounded, cut or guessed: "1,5",
 * "1.5tr", "năm trăm", a negative amount, zero or more than the funds accept are refused. Every value it
 * cannot understand is noted with its row, column and value. Rows whose club cell starts with "(" are the
 * template's hints.
 */
class FundBookReader {

    static final String HINT_MARK = "(";

    private static final int HEADER_SEARCH = 10;
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NEGATIVE = Pattern.compile("^\\s*[-−(].*\\d.*");

    private final ImportLimits limits;

    FundBookReader(ImportLimits limits) {
        this.limits = limits;
    }

    List<FundBookLine> read(InputStream in) {
        try (UploadedFile file = UploadedFile.copy(in, limits)) {
            return read(file);
        }
    }

    List<FundBookLine> read(UploadedFile file) {
        Lines lines = new Lines();
        int rows = new SheetStream(limits).read(file.path(), lines);
        if (rows == 0) {
            throw new InvalidInputException("exchange.file.empty", "file");
        }
        lines.end();
        if (lines.lines.isEmpty()) {
            throw new InvalidInputException("exchange.fundBook.noRows", "file");
        }
        return lines.lines;
    }

    private final class Lines implements SheetStream.Rows {
        private final List<FundBookLine> lines = new ArrayList<>();
        private final List<Row> waiting = new ArrayList<>();
        private Map<FundBookColumn, Integer> index;
        private Map<FundBookColumn, String> headers;

        private record Row(int index, List<SheetStream.Cell> cells) {
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
            if (cells.stream().anyMatch(c -> FundBookColumn.AMOUNT.heads(text(c)))) {
                header(waiting.size() - 1);
            }
        }

        void end() {
            if (index == null && !waiting.isEmpty()) {
                header(0);
            }
        }

        private void header(int at) {
            Row header = waiting.get(at);
            index = new EnumMap<>(FundBookColumn.class);
            headers = new EnumMap<>(FundBookColumn.class);
            for (SheetStream.Cell cell : header.cells()) {
                String text = text(cell);
                for (FundBookColumn column : FundBookColumn.values()) {
                    if (!index.containsKey(column) && column.heads(text)) {
                        index.put(column, cell.column());
                        headers.put(column, text);
                        break;
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            for (FundBookColumn column : FundBookColumn.values()) {
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
            Map<FundBookColumn, String> cells = new EnumMap<>(FundBookColumn.class);
            index.forEach((column, i) -> cells.put(column, text(byColumn.get(i))));
            if (cells.values().stream().allMatch(String::isEmpty) || cells.get(FundBookColumn.CLUB).startsWith(HINT_MARK)) {
                return;
            }
            if (lines.size() == limits.maxRows()) {
                throw new InvalidInputException("exchange.fundBook.tooManyRows", "file", limits.maxRows());
            }
            lines.add(new LineReader(r + 1, cells, headers).line());
        }
    }

    private static String text(SheetStream.Cell cell) {
        if (cell == null) {
            return "";
        }
        String clean = VietnameseText.clean(cell.text());
        return clean == null ? "" : clean;
    }

    /** Reads one row's cells into values, collecting a problem for each it cannot understand. */
    private static final class LineReader {
        private final int row;
        private final Map<FundBookColumn, String> cells;
        private final Map<FundBookColumn, String> headers;
        private final List<RowProblem> problems = new ArrayList<>();

        LineReader(int row, Map<FundBookColumn, String> cells, Map<FundBookColumn, String> headers) {
            this.row = row;
            this.cells = cells;
            this.headers = headers;
        }

        FundBookLine line() {
            return new FundBookLine(row, cells, headers, required(FundBookColumn.CLUB), date(),
                    required(FundBookColumn.FUND), kind(), amount(), text(FundBookColumn.NOTE), List.copyOf(problems));
        }

        private String text(FundBookColumn column) {
            String t = cells.getOrDefault(column, "");
            return t.isEmpty() ? null : t;
        }

        private String required(FundBookColumn column) {
            String t = text(column);
            if (t == null) {
                refuse(column, "exchange.fundBook.required", header(column));
            }
            return t;
        }

        private LocalDate date() {
            String t = required(FundBookColumn.DATE);
            if (t == null) {
                return null;
            }
            try {
                Matcher m;
                if ((m = DMY.matcher(t)).matches()) {
                    return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
                }
                if ((m = ISO.matcher(t)).matches()) {
                    return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                }
            } catch (DateTimeException e) {
                // falls through to the refusal
            }
            refuse(FundBookColumn.DATE, "exchange.cell.date", header(FundBookColumn.DATE), t);
            return null;
        }

        private FundBookKind kind() {
            String t = required(FundBookColumn.KIND);
            if (t == null) {
                return null;
            }
            return FundBookKind.of(t).orElseGet(() -> {
                refuse(FundBookColumn.KIND, "exchange.fundBook.kind", header(FundBookColumn.KIND), t,
                        String.join("; ", FundBookKind.labels()));
                return null;
            });
        }

        /** The amount exactly as typed, in whole đồng, or null with the reason noted. */
        private Long amount() {
            String t = required(FundBookColumn.AMOUNT);
            if (t == null) {
                return null;
            }
            if (NEGATIVE.matcher(t).matches()) {
                refuse(FundBookColumn.AMOUNT, "exchange.fundBook.negative", header(FundBookColumn.AMOUNT), t);
                return null;
            }
            Long amount;
            try {
                amount = Dong.parse(t, "amount");
            } catch (InvalidInputException e) {
                refuse(FundBookColumn.AMOUNT, "exchange.fundBook.amount", header(FundBookColumn.AMOUNT), t);
                return null;
            }
            if (amount == null || amount <= 0 || amount > Funds.MAX_DONG) {
                refuse(FundBookColumn.AMOUNT, "exchange.fundBook.amountRange", header(FundBookColumn.AMOUNT), t,
                        Dong.format(Funds.MAX_DONG));
                return null;
            }
            return amount;
        }

        private String header(FundBookColumn column) {
            return headers.getOrDefault(column, column.header());
        }

        private void refuse(FundBookColumn column, String key, Object... arguments) {
            problems.add(new RowProblem(row, header(column), cells.getOrDefault(column, ""), key,
                    java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
        }

        private static int num(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }
    }
}
