package vn.ishc.members;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ishc.shared.InvalidInputException;

/** A birth as people write it: 31/12/1950, 31-12-1950, 1950-12-31, 12/1950 or 1950. */
public record Birth(LocalDate date, int year) {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern Y = Pattern.compile("(\\d{4})");

    /** Parses what was typed, refusing impossible dates and births in the future or before 1900. */
    public static Birth parse(String text, LocalDate today) {
        String t = text == null ? "" : text.strip();
        Birth birth;
        try {
            Matcher m;
            if ((m = DMY.matcher(t)).matches()) {
                birth = of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            } else if ((m = ISO.matcher(t)).matches()) {
                birth = of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            } else if ((m = MY.matcher(t)).matches()) {
                if (num(m, 1) < 1 || num(m, 1) > 12) {
                    throw new DateTimeException(t);
                }
                birth = new Birth(null, num(m, 2));
            } else if ((m = Y.matcher(t)).matches()) {
                birth = new Birth(null, num(m, 1));
            } else {
                throw new DateTimeException(t);
            }
        } catch (DateTimeException e) {
            throw new InvalidInputException("members.birth.invalid", "birth", t);
        }
        if (birth.year < 1900 || birth.year > today.getYear() || birth.date != null && birth.date.isAfter(today)) {
            throw new InvalidInputException("members.birth.outOfRange", "birth", t);
        }
        return birth;
    }

    public static Birth of(LocalDate date) {
        return new Birth(date, date.getYear());
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
