package vn.ishc.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.identity.ApiToken;
import vn.ishc.identity.ApiTokens;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.IssuedApiToken;
import vn.ishc.identity.NewApiToken;

/**
 * Personal API tokens: every user's own (make, list, revoke), and those of the users an officer manages
 * (list, revoke). A token is sent as {@code Authorization: Bearer <token>}.
 */
@RestController
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A token as listed: never the secret, only its first characters. */
    record TokenResponse(UUID id, String name, ApiToken.Scope scope, String prefix, Instant createdAt,
                         Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {
        static TokenResponse of(ApiToken t) {
            return new TokenResponse(t.id(), t.name(), t.scope(), t.prefix(), t.createdAt(), t.lastUsedAt(),
                    t.expiresAt(), t.revokedAt());
        }
    }

    /** A token just made, with the secret, which no later answer gives again. */
    record IssuedResponse(UUID id, String name, ApiToken.Scope scope, String prefix, Instant createdAt,
                          Instant expiresAt, String token) {
    }

    /** scope READ (GET and HEAD only) or WRITE; expiresInDays from 1 to 365, 90 when absent. */
    record CreateToken(String name, ApiToken.Scope scope, Integer expiresInDays) {
    }

    @GetMapping("/api/v1/me/tokens")
    List<TokenResponse> own(CurrentUser actor) {
        return tokens.own(actor).stream().map(TokenResponse::of).toList();
    }

    @PostMapping("/api/v1/me/tokens")
    ResponseEntity<IssuedResponse> create(@RequestBody CreateToken body, CurrentUser actor) {
        IssuedApiToken issued = tokens.create(new NewApiToken(body.name(), body.scope(), body.expiresInDays()), actor);
        ApiToken t = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + t.id()))
                .body(new IssuedResponse(t.id(), t.name(), t.scope(), t.prefix(), t.createdAt(), t.expiresAt(),
                        issued.secret()));
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, CurrentUser actor) {
        tokens.revokeOwn(id, actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/users/{id}/tokens")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER')")
    List<TokenResponse> ofUser(@PathVariable UUID id, CurrentUser actor) {
        return tokens.ofUser(id, actor).stream().map(TokenResponse::of).toList();
    }

    @DeleteMapping("/api/v1/users/{id}/tokens/{tokenId}")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER')")
    ResponseEntity<Void> revokeOfUser(@PathVariable UUID id, @PathVariable UUID tokenId, CurrentUser actor) {
        tokens.revokeOfUser(id, tokenId, actor);
        return ResponseEntity.noContent().build();
    }
}
