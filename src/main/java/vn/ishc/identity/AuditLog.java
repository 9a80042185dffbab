package vn.ishc.identity;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.shared.AuditableEvent;

/** The audit log: every change published as an {@link AuditableEvent}, and every refused request. */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private static final org.springframework.jdbc.core.RowMapper<Line> LINE = (rs, n) -> new Line(
            rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"), rs.getString("target"),
            rs.getString("outcome"), rs.getString("detail"));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Written in the transaction of the change, so a change and its audit line stand or fall together. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AuditableEvent event) {
        write(event.actor(), event.action(), event.target(), "done", event.detail());
    }

    /** A request refused because it reached outside the user's area scope; kept even if the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String actor, String action, String target) {
        log.warn("Refused {} of {} by {}", action, target, actor);
        write(actor, action, target, "refused", Map.of());
    }

    /**
     * A sign-in, its failure, its refusal before the password was checked, or a lock: by the user name typed
     * (never the password), from the client's address; kept whatever happens to the request.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signIn(String username, String action, String address, boolean done, Map<String, Object> detail) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(detail);
        all.put("address", address);
        write(username, action, "signin:" + username, done ? "done" : "refused", all);
    }

    /** One line of the audit log, with the values before and after as recorded. */
    public record Line(java.time.Instant at, String actor, String action, String target, String outcome, String detail) {
    }

    /**
     * The changes recorded for one record (e.g. "club:…"), newest first; callers show them only to users
     * who may see that record.
     */
    @Transactional(readOnly = true)
    public java.util.List<Line> forTarget(String target, int limit) {
        return jdbc.sql("select at, actor, action, target, outcome, detail::text as detail from audit_event "
                        + "where target = :t and outcome = 'done' order by id desc limit :limit")
                .param("t", target).param("limit", limit).query(LINE).list();
    }

    /**
     * The latest lines a scope may read: everything for the nation; for a province or commune, what the
     * users of that area did (changes and refusals).
     */
    @Transactional(readOnly = true)
    public java.util.List<Line> recent(vn.ishc.shared.AreaScope scope, int limit) {
        String where = scope.isNation() ? "true" : "actor in (select username from app_user "
                + "where scope_path = :path or scope_path like :path || '.%')";
        return jdbc.sql("select at, actor, action, target, outcome, detail::text as detail from audit_event where " + where
                        + " order by id desc limit :limit")
                .param("path", scope.path()).param("limit", limit).query(LINE).list();
    }

    private void write(String actor, String action, String target, String outcome, Map<String, Object> detail) {
        jdbc.sql("insert into audit_event (actor, action, target, outcome, detail) values (:actor, :action, :target, :outcome, cast(:detail as jsonb))")
                .param("actor", actor).param("action", action).param("target", target).param("outcome", outcome)
                .param("detail", json.writeValueAsString(detail)).update();
    }
}
