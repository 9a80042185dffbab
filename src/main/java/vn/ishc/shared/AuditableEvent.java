package vn.ishc.shared;

import java.util.Map;

/**
 * An event that belongs in the audit log: who did what to which record, and the values before and
 * after. Modules publish these; the identity module writes them in the same transaction.
 */
public interface AuditableEvent {

    /** The user name of whoever made the change. */
    String actor();

    /** What was done, e.g. "village.created". */
    String action();

    /** The record changed, e.g. "village:6f1c…". */
    String target();

    /** Values before and after; never health data. */
    Map<String, Object> detail();
}
