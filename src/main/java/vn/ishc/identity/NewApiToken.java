package vn.ishc.identity;

/** A token a user asks for: a name, a scope, and in how many days it expires (null: 90). */
public record NewApiToken(String name, ApiToken.Scope scope, Integer expiresInDays) {
}
