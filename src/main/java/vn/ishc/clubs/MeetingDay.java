package vn.ishc.clubs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ishc.shared.InvalidInputException;

/**
 * A club's fixed meeting day: a day of the month ("the 21st", stored "D21") or a weekday of a week of
 * the month ("the second Sunday", stored "W2-SUNDAY"; week 5 means the last).
 */
public record MeetingDay(Integer dayOfMonth, Integer week, DayOfWeek weekday) {

    private static final Pattern DAY = Pattern.compile("D(\\d{1,2})");
    private static final Pattern WEEK = Pattern.compile("W([1-5])-([A-Z]+)");

    public MeetingDay {
        boolean byDay = dayOfMonth != null && week == null && weekday == null;
        boolean byWeek = dayOfMonth == null && week != null && weekday != null;
        if (!byDay && !byWeek || byDay && (dayOfMonth < 1 || dayOfMonth > 31) || byWeek && (week < 1 || week > 5)) {
            throw new InvalidInputException("clubs.meetingDay.invalid", "meetingDay");
        }
    }

    public static MeetingDay ofMonthDay(int day) {
        return new MeetingDay(day, null, null);
    }

    public static MeetingDay ofWeekday(int week, DayOfWeek weekday) {
        return new MeetingDay(null, week, weekday);
    }

    public static MeetingDay parse(String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        Matcher m = DAY.matcher(c);
        if (m.matches()) {
            return ofMonthDay(Integer.parseInt(m.group(1)));
        }
        m = WEEK.matcher(c);
        if (m.matches()) {
            try {
                return ofWeekday(Integer.parseInt(m.group(1)), DayOfWeek.valueOf(m.group(2)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("clubs.meetingDay.invalid", "meetingDay");
            }
        }
        throw new InvalidInputException("clubs.meetingDay.invalid", "meetingDay");
    }

    public String code() {
        return dayOfMonth != null ? "D" + dayOfMonth : "W" + week + "-" + weekday;
    }

    /** The meeting date in a month (the month's last day when it has no such day, e.g. the 31st in June). */
    public LocalDate in(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        if (dayOfMonth != null) {
            return first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
        }
        return week == 5 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
    }

    /** The first meeting date on or after a date. */
    public LocalDate nextOnOrAfter(LocalDate date) {
        LocalDate candidate = in(date.getYear(), date.getMonthValue());
        return candidate.isBefore(date) ? in(date.plusMonths(1).getYear(), date.plusMonths(1).getMonthValue()) : candidate;
    }
}
