package vn.ishc.reporting.export;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * DHIS2 identifiers (uids) derived from what an object is, so that the same object gets the same uid in
 * every export and metadata package, and no two objects share one: 11 characters, a letter first, then
 * letters and digits, taken from the SHA-256 hash of (kind, level, code, valid from). An administrative
 * unit's code alone names different units on the two maps ({@code 04891} is Vầy Nưa before 1 July 2025
 * and Tiền Phong after): its valid-from date tells them apart.
 */
public final class Dhis2Uid {

    /** What DHIS2 takes as a uid. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALPHANUMERIC = LETTERS + "0123456789";

    private Dhis2Uid() {
    }

    /**
     * The uid of an object of a kind ("organisationUnit", "dataElement", "categoryOption"…) at a level
     * (a number of the org-unit hierarchy, or "" where there is none), with its code and the day it took
     * effect (null for objects that do not change over time).
     */
    public static String of(String kind, String level, String code, LocalDate validFrom) {
        String key = kind + "|" + level + "|" + code + "|" + (validFrom == null ? "" : validFrom.toString());
        BigInteger n = new BigInteger(1, sha256(key));
        StringBuilder uid = new StringBuilder(11);
        BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(LETTERS.length()));
        uid.append(LETTERS.charAt(qr[1].intValue()));
        n = qr[0];
        BigInteger base = BigInteger.valueOf(ALPHANUMERIC.length());
        for (int i = 1; i < 11; i++) {
            qr = n.divideAndRemainder(base);
            uid.append(ALPHANUMERIC.charAt(qr[1].intValue()));
            n = qr[0];
        }
        return uid.toString();
    }

    /** The uid of an object that has no level and does not change over time. */
    public static String of(String kind, String code) {
        return of(kind, "", code, null);
    }

    public static boolean isValid(String uid) {
        return uid != null && FORMAT.matcher(uid).matches();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
