package vn.ishc.exchange;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        int rows = new SheetStream(limits).read(file.path(), lines.rows);
        if (rows == 0) {
            throw new InvalidInputException("exchange.file.empty", "file");
        }
        lines.rows.end();
        if (lines.lines.isEmpty()) {
            throw new InvalidInputException("exchange.fundBook.noRows", "file");
        }
        return lines.lines;
    }

    /** The rows read, each into a line; the template's hint rows passed over. */
    private final class Lines implements HeadedRows.Sink<FundBookColumn> {
        private final List<FundBookLine> lines = new ArrayList<>();
        private final HeadedRows<FundBookColumn> rows = new HeadedRows<>(FundBookColumn.class, FundBookColumn.AMOUNT, this);

        @Override
        public void line(int row, Map<FundBookColumn, String> cells, Map<FundBookColumn, String> headers) {
            if (cells.getOrDefault(FundBookColumn.CLUB, "").startsWith(HINT_MARK)) {
                return;
            }
            if (lines.size() == limits.maxRows()) {
                throw new InvalidInputException("exchange.fundBook.tooManyRows", "file", limits.maxRows());
            }
            lines.add(new LineReader(row, cells, headers).line());
        }
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
            Optional<LocalDate> date = SheetDates.parse(t);
            if (date.isPresent()) {
                return date.get();
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

    }
}
