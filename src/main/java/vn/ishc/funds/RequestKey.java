package vn.ishc.funds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A client's idempotency key with what it asked for: the kind of entry, the loan it is about (if any),
 * and a fingerprint of the request as sent (what it is, on what, and its body). The key replays exactly
 * that request: sent again with anything else, it is refused and nothing is recorded.
 *
 * @param key the key as the client sent it, without surrounding spaces
 * @param kind the kind of entry the request makes
 * @param loanId the loan the request is about, or null
 * @param fingerprint SHA-256 of the request's parts
 */
record RequestKey(String key, Entry.Kind kind, UUID loanId, String fingerprint) {

    /** The key of a request, or null when the client sent none. */
    static RequestKey of(String key, Entry.Kind kind, UUID loanId, Object... request) {
        if (key == null || key.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder(kind.name());
        for (Object part : request) {
            text.append('\u001f').append(part == null ? "\u2400" : part.toString());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new RequestKey(key.strip(), kind, loanId, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
