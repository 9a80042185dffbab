package vn.ishc.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.AuditableEvent;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * The approval of a month's or a quarter's figures, as DHIS2 users know it: a commune's officer approves
 * their commune's period once it is over, then the province's officer the province's, once every commune of
 * the province with a club has. An approval keeps the area's figures (restated on today's map) as they were;
 * when a record changed since makes a current figure differ, the period shows as adjusted after approval,
 * with both values, until approved again. The approver or a level above returns an approval with a reason
 * (a commune's only while its province's is not standing). Every act is kept and audited, never changed.
 */
@Service
@Transactional
public class FigureApprovals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AreaScope NATION = AreaScope.nation();

    public enum Action { APPROVE, RETURN }

    /** Where an area's period stands; {@code ADJUSTED}: approved, but a figure changed since ("cần phê duyệt lại"). */
    public enum Status { NOT_APPROVED, APPROVED, ADJUSTED, RETURNED }

    /** One act: an approval with the figures it kept (code, or code[dims], to value), or a return with its reason. */
    public record Act(UUID id, Action action, Map<String, Long> figures, String reason, String actedBy, Instant actedAt) {
    }

    /** A figure whose current value is not the approved one (null where there was, or is, none). */
    public record Difference(String code, String dims, Long approved, Long current) {
    }

    /** A commune of a province, with a club, and where its approval of the period stands. */
    public record CommuneStatus(String path, String name, Status status) {
    }

    /**
     * An area's period: its status, the approval standing (null when none), the differences from it, every act
     * (latest first) and, for a province, its communes with a club.
     */
    public record State(String path, String name, boolean commune, Period period, Status status, Act approval, Act latest,
                        List<Difference> differences, List<Act> history, List<CommuneStatus> communes) {
    }

    /** A period was approved or an approval returned ({@code action} reporting.period_approved, reporting.approval_returned). */
    public record ApprovalChanged(String area, String period, String action, String actor, Map<String, Object> detail)
            implements AuditableEvent {
        @Override
        public String target() {
            return "approval:" + area + "@" + period;
        }
    }

    private final JdbcClient jdbc;
    private final Indicators indicators;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FigureApprovals(JdbcClient jdbc, Indicators indicators, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.events = events;
        this.clock = clock;
    }

    /** A period as approvals take it: a month or a quarter, written "2026-10" or "2026-Q3". */
    public static Period period(String text) {
        Period p;
        try {
            p = Period.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("approval.period.invalid", "period", text);
        }
        if (p.kind() != Period.Kind.MONTH && p.kind() != Period.Kind.QUARTER) {
            throw new InvalidInputException("approval.period.invalid", "period", text);
        }
        return p;
    }

    /** Where the area's period stands, for a user whose area holds it. */
    @Transactional(readOnly = true)
    public State state(String path, Period period, AreaScope scope) {
        requireArea(path, scope);
        return stateOf(path, period);
    }

    /** The status alone, for the dashboard's mark; empty for what is not approvable (a year, the nation, a club). */
    @Transactional(readOnly = true)
    public Optional<Status> status(String path, Period period, AreaScope scope) {
        if (path == null || !path.matches("\\d{2}(\\.\\d{5})?") || !scope.covers(path) || scope.clubId() != null
                || period.kind() != Period.Kind.MONTH && period.kind() != Period.Kind.QUARTER) {
            return Optional.empty();
        }
        return Optional.of(statusOf(path, period));
    }

    /** The officer of the area approves its period, which must be over; an approval standing unchanged is kept as it is. */
    public State approve(String path, Period period, String actor, AreaScope scope) {
        requireArea(path, scope);
        if (scope.level() != (isCommune(path) ? AreaScope.Level.COMMUNE : AreaScope.Level.PROVINCE) || !scope.path().equals(path)) {
            throw new InvalidInputException(isCommune(path) ? "approval.approve.communeOnly" : "approval.approve.provinceOnly",
                    "area", name(path));
        }
        if (!period.end().isBefore(BusinessCalendar.today(clock))) {
            throw new InvalidInputException("approval.period.notOver", "period", period.code());
        }
        lock(path, period);
        Map<String, Long> now = current(path, period);
        Optional<Act> latest = latest(path, period);
        if (latest.isPresent() && latest.get().action() == Action.APPROVE && latest.get().figures().equals(now)) {
            return stateOf(path, period);
        }
        if (!isCommune(path)) {
            List<String> missing = communes(path, period).stream().filter(c -> c.status() != Status.APPROVED)
                    .map(CommuneStatus::name).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("approval.province.communesMissing", "area", name(path),
                        String.join(", ", missing));
            }
        }
        insert(path, period, Action.APPROVE, now, null, actor);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("figures", now.size());
        latest.filter(a -> a.action() == Action.APPROVE)
                .ifPresent(a -> detail.put("changedSinceApproval", differences(a.figures(), now).size()));
        events.publishEvent(new ApprovalChanged(path, period.code(), "reporting.period_approved", actor, detail));
        return stateOf(path, period);
    }

    /** The approver or a level above returns a standing approval, with a reason; the period must be approved again. */
    public State giveBack(String path, Period period, String reason, String actor, AreaScope scope) {
        requireArea(path, scope);
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw InvalidInputException.missing("approval.field.missing", "reason");
        }
        lock(path, period);
        if (latest(path, period).filter(a -> a.action() == Action.APPROVE).isEmpty()) {
            throw new InvalidInputException("approval.return.notApproved", "area", name(path), period.code());
        }
        String province = path.substring(0, 2);
        if (isCommune(path) && latest(province, period).filter(a -> a.action() == Action.APPROVE).isPresent()) {
            throw new InvalidInputException("approval.return.provinceApproved", "area", name(province), period.code());
        }
        insert(path, period, Action.RETURN, null, why, actor);
        events.publishEvent(new ApprovalChanged(path, period.code(), "reporting.approval_returned", actor,
                Map.of("reason", why)));
        return stateOf(path, period);
    }

    private void requireArea(String path, AreaScope scope) {
        if (path == null || !path.matches("\\d{2}(\\.\\d{5})?")) {
            throw new InvalidInputException("approval.area.invalid", "area", path);
        }
        if (!scope.covers(path) || scope.clubId() != null) {
            throw new OutOfScopeException("area " + path);
        }
    }

    private static boolean isCommune(String path) {
        return path.contains(".");
    }

    /** Approvals of the same province and period wait for each other, so a province never approves past a return. */
    private void lock(String path, Period period) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('figure_approval:' || :p))")
                .param("p", path.substring(0, 2) + "@" + period.code()).query(Object.class).list();
    }

    private State stateOf(String path, Period period) {
        List<Act> history = history(path, period);
        Act latest = history.isEmpty() ? null : history.get(0);
        Act approval = latest != null && latest.action() == Action.APPROVE ? latest : null;
        List<Difference> differences = approval == null ? List.of() : differences(approval.figures(), current(path, period));
        Status status = latest == null ? Status.NOT_APPROVED : approval == null ? Status.RETURNED
                : differences.isEmpty() ? Status.APPROVED : Status.ADJUSTED;
        List<CommuneStatus> communes = !isCommune(path) ? communes(path, period) : List.of();
        return new State(path, name(path), isCommune(path), period, status, approval, latest, differences, history, communes);
    }

    private Status statusOf(String path, Period period) {
        Optional<Act> latest = latest(path, period);
        if (latest.isEmpty()) {
            return Status.NOT_APPROVED;
        }
        if (latest.get().action() == Action.RETURN) {
            return Status.RETURNED;
        }
        return latest.get().figures().equals(current(path, period)) ? Status.APPROVED : Status.ADJUSTED;
    }

    /** The communes of today's province with a club founded by the period's end, each with its status. */
    private List<CommuneStatus> communes(String province, Period period) {
        return jdbc.sql("""
                        select distinct now_path from rpt_club_place
                        where now_province = :p and now_path is not null and founded_on <= :end order by now_path""")
                .param("p", province).param("end", period.end()).query(String.class).list().stream()
                .map(c -> new CommuneStatus(c, name(c), statusOf(c, period))).toList();
    }

    private String name(String path) {
        return indicators.area(path, Period.month(java.time.YearMonth.now(clock)), Boundaries.RESTATED, NATION).name();
    }

    /** The area's figures now, restated on today's map: code (or code[dims]) to value. */
    Map<String, Long> current(String path, Period period) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Figure f : indicators.of(path, period, Boundaries.RESTATED, NATION).figures()) {
            out.put(f.isTotal() ? f.code() : f.code() + "[" + f.dimsKey() + "]", f.value());
        }
        return out;
    }

    static List<Difference> differences(Map<String, Long> approved, Map<String, Long> current) {
        TreeSet<String> keys = new TreeSet<>(approved.keySet());
        keys.addAll(current.keySet());
        List<Difference> out = new ArrayList<>();
        for (String k : keys) {
            Long a = approved.get(k);
            Long c = current.get(k);
            if (!java.util.Objects.equals(a, c)) {
                int b = k.indexOf('[');
                out.add(new Difference(b < 0 ? k : k.substring(0, b), b < 0 ? "" : k.substring(b + 1, k.length() - 1), a, c));
            }
        }
        return out;
    }

    private void insert(String path, Period period, Action action, Map<String, Long> figures, String reason, String actor) {
        jdbc.sql("""
                        insert into figure_approval (id, area_level, area_path, period, action, figures, reason, acted_by, acted_at)
                        values (:id, :level, :path, :period, :action, cast(:figures as jsonb), :reason, :actor, :at)""")
                .param("id", UUID.randomUUID()).param("level", isCommune(path) ? "COMMUNE" : "PROVINCE").param("path", path)
                .param("period", period.code()).param("action", action.name())
                .param("figures", figures == null ? null : JSON.writeValueAsString(figures)).param("reason", reason)
                .param("actor", actor).param("at", java.sql.Timestamp.from(clock.instant())).update();
    }

    private Optional<Act> latest(String path, Period period) {
        return jdbc.sql("select * from figure_approval where area_path = :a and period = :p order by seq desc limit 1")
                .param("a", path).param("p", period.code()).query(FigureApprovals::act).optional();
    }

    private List<Act> history(String path, Period period) {
        return jdbc.sql("select * from figure_approval where area_path = :a and period = :p order by seq desc")
                .param("a", path).param("p", period.code()).query(FigureApprovals::act).list();
    }

    private static Act act(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, Long> figures = null;
        String text = rs.getString("figures");
        if (text != null) {
            figures = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : JSON.readTree(text).properties()) {
                figures.put(e.getKey(), e.getValue().asLong());
            }
        }
        return new Act(rs.getObject("id", UUID.class), Action.valueOf(rs.getString("action")), figures,
                rs.getString("reason"), rs.getString("acted_by"), rs.getTimestamp("acted_at").toInstant());
    }
}
