package vn.ishc.identity;

/** A token just made, with its secret: the only time the secret exists outside its user's client. */
public record IssuedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token + "]";
    }
}
