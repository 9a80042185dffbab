package vn.ishc.identity.internal;

import java.text.Normalizer;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords hashed and checked in Unicode NFC, so that a Vietnamese passphrase typed on a keyboard that sends
 * precomposed letters ("ẹ") and on one that sends a letter and its tone marks ("e" + "̣") is the same
 * password. A hash stored before, from a decomposed input, still matches that input as typed.
 */
final class UnicodePasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;

    UnicodePasswords(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    /** The password as hashed and checked: NFC, or null for none. */
    static String normalised(CharSequence raw) {
        return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    @Override
    public String encode(CharSequence raw) {
        return delegate.encode(normalised(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        String nfc = normalised(raw);
        if (delegate.matches(nfc, encoded)) {
            return true;
        }
        // Stored from a decomposed input before passwords were normalised.
        return raw != null && !nfc.contentEquals(raw) && delegate.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }
}
