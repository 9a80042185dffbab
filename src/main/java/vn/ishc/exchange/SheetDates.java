package vn.ishc.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ishc.shared.VietnameseText;

/**
 * A date as people write it in a sheet, the same for every import: 31/12/2026, 31.12.2026, 31-12-2026 (spaces
 * allowed around the marks), 2026-12-31, "ngày 31 tháng 12 năm 2026" with or without tone marks; a real Excel
 * date reaches here as 31/12/2026 (SheetStream). An impossible day (31/02) is no date.
 */
final class SheetDates {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*(?:nam\\s*)?(\\d{4})");

    private SheetDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = VietnameseText.searchKey(text);
        try {
            Matcher m;
            if ((m = DMY.matcher(t)).matches() || (m = WORDS.matcher(t)).matches()) {
                return Optional.of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
            if ((m = ISO.matcher(t)).matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
        } catch (DateTimeException e) {
            // not a date
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
