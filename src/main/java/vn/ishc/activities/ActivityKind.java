package vn.ishc.activities;

import java.util.Set;

/**
 * The kinds of fact a club records in its activity areas (numbered as in the model: 1 income
 * generation, 4 self-help and community, 5 rights, 6 learning, 7 culture, 8 resources), and which of
 * an activity's fields each kind uses.
 */
public enum ActivityKind {
    SELF_HELP(4, Set.of("person", "helpForm", "valueDong", "labourDays")),
    COMMUNITY(4, Set.of("title", "participants")),
    RIGHTS_SESSION(5, Set.of("title", "participants")),
    DIALOGUE(5, Set.of("title", "proposals", "outcome")),
    LEARNING(6, Set.of("title", "participants")),
    CULTURAL_EVENT(7, Set.of("title", "participants")),
    EXCHANGE(7, Set.of("title", "participants")),
    VISIT_SICK(7, Set.of("person")),
    VISIT_BEREAVED(7, Set.of("person")),
    RESOURCE(8, Set.of("title", "sourceType", "resourceForm", "valueDong", "fund")),
    MENTORING(1, Set.of("person", "mentor"));

    private final int area;
    private final Set<String> fields;

    ActivityKind(int area, Set<String> fields) {
        this.area = area;
        this.fields = fields;
    }

    public int area() {
        return area;
    }

    public boolean uses(String field) {
        return fields.contains(field);
    }

    /** Kinds whose person must be a member of the club on the day. */
    public boolean needsMember() {
        return this == VISIT_SICK || this == VISIT_BEREAVED || this == MENTORING;
    }
}
