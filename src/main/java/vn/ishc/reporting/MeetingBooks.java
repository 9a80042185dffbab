package vn.ishc.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Which clubs' meeting books of a month are keyed and how soon after the meeting, on today's map: for a
 * commune each club active that month with its book, for a province (or the nation) each commune (province)
 * with its books expected, keyed and keyed on time. The totals are the area's figures (BOOKS_EXPECTED,
 * BOOKS_KEYED, BOOKS_KEYED_ON_TIME), so the page and the dashboard say the same.
 */
@Service
@Transactional(readOnly = true)
public class MeetingBooks {

    /** A club and its book of the month. */
    public record ClubBook(UUID clubId, String code, String name, MeetingBook book) {
    }

    /** An area below and its books of the month. */
    public record AreaBooks(String path, String name, long expected, long keyed, long onTime) {
    }

    /**
     * The books of an area for a month: its own counts, and either its clubs' books (a commune) or the
     * areas one level down.
     */
    public record Books(String path, String name, YearMonth month, AreaBooks total, List<ClubBook> clubs,
                        List<AreaBooks> below) {

        public boolean commune() {
            return path.split("\\.").length == 2;
        }
    }

    private final Indicators indicators;
    private final MeetingFacts meetings;
    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingBooks(Indicators indicators, MeetingFacts meetings, JdbcClient jdbc, Clock clock) {
        this.indicators = indicators;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The books of an area in the user's scope (an area outside it is refused) for a month. */
    public Books of(String path, YearMonth month, AreaScope scope) {
        Period period = Period.month(month);
        AreaFigures own = indicators.of(path, period, Boundaries.RESTATED, scope);
        AreaBooks total = books(path, own);
        if (path.split("\\.").length == 2) {
            return new Books(path, own.name(), month, total, clubs(path, month), List.of());
        }
        List<AreaBooks> below = indicators.below(path, period, Boundaries.RESTATED, scope).stream()
                .map(a -> books(path.isEmpty() ? a.orgUnit() : path + "." + a.orgUnit(), a)).toList();
        return new Books(path, own.name(), month, total, List.of(), below);
    }

    /** The clubs of a commune expected to keep a book that month (active at its end), each with its book. */
    private List<ClubBook> clubs(String commune, YearMonth month) {
        Map<UUID, String[]> clubs = jdbc.sql("""
                        select p.club_id, p.code, p.name from rpt_club_place p join rpt_club_fact f on f.club_id = p.club_id
                        where p.now_path = :commune and f.period_kind = 'M' and f.period_start = :month
                          and f.code = :code and f.dims = '' and f.value > 0""")
                .param("commune", commune).param("month", month.atDay(1))
                .param("code", Indicator.BOOKS_EXPECTED.name())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)}))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<UUID, List<MeetingFacts.Held>> held = meetings.meetings(clubs.keySet(), AreaScope.nation()).stream()
                .collect(Collectors.groupingBy(MeetingFacts.Held::clubId));
        List<ClubBook> out = new ArrayList<>();
        clubs.forEach((id, c) -> out.add(new ClubBook(id, c[0], c[1],
                MeetingBook.of(month, held.getOrDefault(id, List.of()), BusinessCalendar.today(clock)))));
        out.sort(vn.ishc.shared.VietnameseOrder.by(ClubBook::name));
        return out;
    }

    private static AreaBooks books(String path, AreaFigures figures) {
        return new AreaBooks(path, figures.name(), value(figures, Indicator.BOOKS_EXPECTED),
                value(figures, Indicator.BOOKS_KEYED), value(figures, Indicator.BOOKS_KEYED_ON_TIME));
    }

    private static long value(AreaFigures figures, Indicator code) {
        return figures.figures().stream().filter(f -> f.isTotal() && f.code().equals(code.name())).mapToLong(Figure::value)
                .findFirst().orElse(0);
    }
}
