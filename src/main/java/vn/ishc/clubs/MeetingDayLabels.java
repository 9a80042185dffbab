package vn.ishc.clubs;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A meeting day in words ("Ngày 21 hằng tháng", "Chủ nhật tuần thứ 2"), and the choices for a form. */
@Component
public class MeetingDayLabels {

    private final MessageSource messages;

    MeetingDayLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(MeetingDay day, Locale locale) {
        if (day.dayOfMonth() != null) {
            return messages.getMessage("meetingDay.day", new Object[] {day.dayOfMonth()}, locale);
        }
        String weekday = messages.getMessage("weekday." + day.weekday(), null, locale);
        return messages.getMessage(day.week() == 5 ? "meetingDay.lastWeek" : "meetingDay.week",
                new Object[] {day.week(), weekday}, locale);
    }

    /** Every day of the month, then every weekday of every week, as code → words. */
    public Map<String, String> choices(Locale locale) {
        Map<String, String> all = new LinkedHashMap<>();
        List<MeetingDay> days = new ArrayList<>();
        for (int d = 1; d <= 31; d++) {
            days.add(MeetingDay.ofMonthDay(d));
        }
        for (int w = 1; w <= 5; w++) {
            for (DayOfWeek wd : DayOfWeek.values()) {
                days.add(MeetingDay.ofWeekday(w, wd));
            }
        }
        days.forEach(d -> all.put(d.code(), label(d, locale)));
        return all;
    }
}
