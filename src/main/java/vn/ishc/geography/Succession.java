package vn.ishc.geography;

import java.time.LocalDate;

/** A link between a unit and one it was formed from or went into, with the predecessor's share. */
public record Succession(AdminUnit unit, Share share, LocalDate effective) {

    /** Whether the whole predecessor went into the successor, or part of its area or population. */
    public enum Share { FULL, PARTIAL }
}
