package vn.ishc.members;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a module holds about one person, for the copy of their data given to them on request: one or more
 * named sections, each a list of rows (column → value). Modules that keep records of people implement it;
 * the members module gathers them after checking the reader may see the person.
 */
public interface PersonalDataSource {

    /** The sections this module holds about the person, by name (e.g. "readings"), rows oldest first. */
    Map<String, List<Map<String, Object>>> about(UUID personId);
}
