package vn.ishc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration, gives the role the running system connects as what it needs and no more: it
 * reads and writes the rows of the tables (and empties the held figures' to rebuild them), but owns none of them, so it can neither change a table nor
 * switch off its triggers; it only reads and adds to the ledger, the books' closings, the figures' approvals and the audit log (their triggers refuse a
 * change even to the owner); it reads the migration history and never writes it.
 */
final class ApplicationRoleGrants implements Callback {

    /** The tables that are only ever added to. */
    static final List<String> APPEND_ONLY = List.of("ledger_entry", "ledger_line", "fund_closing", "audit_event",
            "bank_reconciliation", "bank_statement_line", "figure_approval", "person_consent_withdrawal",
            "health_read", "ledger_text_redaction");

    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String role;

    ApplicationRoleGrants(String role) {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("Not a plain role name: " + role);
        }
        this.role = role;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String appendOnly = String.join(", ", APPEND_ONLY);
        try (Statement st = context.getConnection().createStatement()) {
            st.execute("grant usage on schema public to " + role);
            st.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            // The held figures are rebuilt by emptying their tables.
            st.execute("""
                    do $$ declare t text; begin
                      for t in select tablename from pg_tables where schemaname = 'public' and tablename like 'rpt\\_%%' loop
                        execute format('grant truncate on %%I to %s', t);
                      end loop;
                    end $$""".formatted(role));
            st.execute("grant usage, select, update on all sequences in schema public to " + role);
            st.execute("revoke update, delete, truncate, references, trigger on " + appendOnly + " from " + role);
            st.execute("revoke insert, update, delete, truncate, references, trigger on "
                    + context.getConfiguration().getTable() + " from " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the application role " + role + " its rights: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "grants of " + role;
    }
}
