package vn.ishc.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its user (or an officer who manages them) sees it: never the secret, only the
 * first characters to tell tokens apart.
 */
public record ApiToken(UUID id, UUID userId, String name, Scope scope, String prefix, Instant createdAt,
                       Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {

    /** What a token may do: READ sends only GET and HEAD; WRITE every method its user may send. */
    public enum Scope {
        READ, WRITE;

        public boolean allows(String method) {
            return this == WRITE || "GET".equals(method) || "HEAD".equals(method);
        }
    }

    /** ACTIVE, EXPIRED or REVOKED at that instant. */
    public String status(Instant now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        return expiresAt.isAfter(now) ? "ACTIVE" : "EXPIRED";
    }
}
