package vn.ishc.members;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Records that keep a person's data needed however long ago they left: a module that holds such records
 * (open loans) names the people who have them, and the retention job leaves those people as they are.
 */
public interface OpenObligations {

    /** Of these people, those who still have an open obligation. */
    Set<UUID> holding(Collection<UUID> people);
}
