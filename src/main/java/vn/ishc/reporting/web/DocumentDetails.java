package vn.ishc.reporting.web;

import java.util.Arrays;
import java.util.List;

/**
 * What the officer fills in before printing a report as a signed document: the number the office's
 * clerk gives it (the system keeps no register of document numbers; left empty, the number is
 * written by hand), the place if it is not the area's name, the signer's name, position and the
 * authority signed for, and the recipients one a line. Every field may be empty: the area gives the
 * defaults.
 */
record DocumentDetails(String number, String place, String signer, String position, String authority,
                       String recipients) {

    static final DocumentDetails NONE = new DocumentDetails(null, null, null, null, null, null);

    /** The recipients the officer wrote, one a line, without empty lines; empty when none were written. */
    List<String> recipientLines() {
        return recipients == null ? List.of()
                : Arrays.stream(recipients.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
