package vn.ishc.exchange;

import java.util.UUID;

/** A row of a clubs sheet as checked: the club it names (its id once known), and what confirming does with it. */
public record ClubImportRow(int row, UUID clubId, String code, String name, Outcome outcome) {

    /** What confirming does with a row. */
    public enum Outcome { ADD, UPDATE, UNCHANGED, REFUSED }
}
