package vn.ishc.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A club's meetings over time: those held (in all, or in a month), the next and the latest meeting date
 * by the club's fixed meeting day, and the months without a meeting, as the club's month page shows them.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCalendar {

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Clock clock;

    MeetingCalendar(JdbcClient jdbc, Clubs clubs, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.clock = clock;
    }

    /** The club's meetings, latest first, with their attendance counts. */
    public List<MeetingSummary> list(UUID clubId, AreaScope scope) {
        return summaries(clubId, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), scope);
    }

    /** The club's meetings held in a month (usually one), with their attendance counts and readings taken. */
    public List<MeetingSummary> heldIn(UUID clubId, YearMonth month, AreaScope scope) {
        return summaries(clubId, month.atDay(1), month.atEndOfMonth(), scope);
    }

    private List<MeetingSummary> summaries(UUID clubId, LocalDate from, LocalDate to, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("""
                        select m.id, m.held_on, m.learning_topic, m.guests, m.version, m.status,
                               count(a.person_id) filter (where a.status = 'PRESENT') as present,
                               count(a.person_id) filter (where a.status = 'EXCUSED') as excused,
                               count(a.person_id) filter (where a.status = 'ABSENT') as absent,
                               (select count(*) from health_reading r where r.origin = 'MEETING' and r.origin_id = m.id) as readings
                        from meeting m left join attendance a on a.meeting_id = m.id
                        where m.club_id = :club and m.held_on between :from and :to
                        group by m.id order by m.held_on desc""")
                .param("club", clubId).param("from", from).param("to", to)
                .query((rs, n) -> new MeetingSummary(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                        rs.getString("learning_topic"), rs.getInt("present"), rs.getInt("excused"), rs.getInt("absent"),
                        rs.getInt("guests"), rs.getInt("readings"), rs.getInt("version"),
                        MeetingStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** The next meeting date by the club's fixed meeting day: today or later, and not yet recorded. */
    public LocalDate nextMeetingDate(UUID clubId, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        LocalDate next = club.meetingDay().nextOnOrAfter(today());
        return heldOn(clubId, next) ? club.meetingDay().nextOnOrAfter(next.plusDays(1)) : next;
    }

    /** The latest date the club was due to meet, today or before (the meeting one records now or from the book). */
    public LocalDate lastMeetingDay(UUID clubId, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = today();
        LocalDate due = club.meetingDay().in(today.getYear(), today.getMonthValue());
        if (due.isAfter(today)) {
            YearMonth previous = YearMonth.from(today).minusMonths(1);
            due = club.meetingDay().in(previous.getYear(), previous.getMonthValue());
        }
        return due.isBefore(club.foundedOn()) ? today : due;
    }

    /**
     * This month's meeting of the club, as its board opens it: the meeting of the month if one is
     * recorded (a draft to go on with, or a finished one to look at), else the month's meeting day by
     * the club's fixed day, for a new meeting; never last month's meeting.
     */
    public MonthMeeting thisMonth(UUID clubId, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        YearMonth month = YearMonth.from(today());
        List<MeetingSummary> held = summaries(clubId, month.atDay(1), month.atEndOfMonth(), scope);
        MeetingSummary open = held.stream().filter(MeetingSummary::draft).findFirst()
                .orElse(held.isEmpty() ? null : held.get(0));
        if (open != null) {
            return new MonthMeeting(open.heldOn(), open.id(), open.status());
        }
        LocalDate day = club.meetingDay().in(month.getYear(), month.getMonthValue());
        return new MonthMeeting(day.isBefore(club.foundedOn()) ? today() : day, null, null);
    }

    /** The month's meeting: its date, and its id and status once recorded (both null before). */
    public record MonthMeeting(LocalDate day, UUID meetingId, MeetingStatus status) {

        public boolean recorded() {
            return meetingId != null;
        }

        public boolean draft() {
            return status == MeetingStatus.DRAFT;
        }
    }

    /**
     * The months from {@code from} to {@code to} (both included) in which the club, founded by then, held
     * no meeting (a meeting still a draft is not held yet); the current month counts only once its
     * meeting day has passed.
     */
    public List<YearMonth> monthsWithoutMeeting(UUID clubId, YearMonth from, YearMonth to, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = today();
        YearMonth first = from.isBefore(YearMonth.from(club.foundedOn())) ? YearMonth.from(club.foundedOn()) : from;
        YearMonth last = to.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : to;
        if (first.isAfter(last)) {
            return List.of();
        }
        List<YearMonth> held = jdbc.sql("select distinct date_trunc('month', held_on)::date as m from meeting "
                        + "where club_id = :club and held_on between :from and :to and status = 'FINISHED'")
                .param("club", clubId).param("from", first.atDay(1)).param("to", last.atEndOfMonth())
                .query((rs, n) -> YearMonth.from(rs.getObject("m", LocalDate.class))).list();
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            boolean due = !m.equals(YearMonth.from(today))
                    || club.meetingDay().in(m.getYear(), m.getMonthValue()).isBefore(today);
            if (due && !held.contains(m)) {
                missing.add(m);
            }
        }
        return missing;
    }

    private boolean heldOn(UUID clubId, LocalDate date) {
        return jdbc.sql("select count(*) from meeting where club_id = :c and held_on = :d").param("c", clubId)
                .param("d", date).query(Long.class).single() > 0;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
