package vn.ishc.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ishc.shared.InvalidInputException;

/**
 * What a new password must be, wherever one is set (a new user, a reset, the first administrator, a user's
 * own change): 10 to 128 characters, any letters (spaces and Vietnamese letters welcome: a long passphrase
 * is the best password); not one of the 10,000 common passwords shipped in {@code identity/common-passwords.txt};
 * not one character or a short group repeated ({@code aaaaaaaaaa}, {@code abcabcabca}); not a run like
 * {@code 1234567890} or {@code abcdefghij} (either way); not containing the user name. Passwords already
 * stored are not checked again.
 */
@Component
class PasswordPolicy {

    static final int MIN = 10;
    static final int MAX = 128;
    private static final String LIST = "identity/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /**
     * Refuses the password, naming the rule, or returns quietly. It is checked in Unicode NFC, as it is hashed:
     * letters typed with separate tone marks count once.
     */
    void check(String entered, String username) {
        String password = entered == null ? null : Normalizer.normalize(entered, Normalizer.Form.NFC);
        if (password == null || password.codePointCount(0, password.length()) < MIN) {
            throw new InvalidInputException("identity.password.tooShort", "password", MIN);
        }
        if (password.codePointCount(0, password.length()) > MAX) {
            throw new InvalidInputException("identity.password.tooLong", "password", MAX);
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new InvalidInputException("identity.password.common", "password");
        }
        if (repeated(lower) || run(lower)) {
            throw new InvalidInputException("identity.password.repetitive", "password");
        }
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("identity.password.containsUsername", "password");
        }
    }

    /** One group of up to 4 characters repeated throughout: aaaaaaaaaa, abababab, abcabcabca. */
    static boolean repeated(String s) {
        for (int unit = 1; unit <= 4 && unit < s.length(); unit++) {
            boolean all = true;
            for (int i = unit; i < s.length() && all; i++) {
                all = s.charAt(i) == s.charAt(i - unit);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Each character one after or one before the previous: 1234567890 (0 follows 9), abcdefghij, 9876543210. */
    static boolean run(String s) {
        return steps(s, 1) || steps(s, -1);
    }

    private static boolean steps(String s, int step) {
        for (int i = 1; i < s.length(); i++) {
            char a = s.charAt(i - 1);
            char b = s.charAt(i);
            boolean digitWrap = step == 1 ? a == '9' && b == '0' : a == '0' && b == '9';
            if (b - a != step && !digitWrap) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
        return Set.copyOf(words);
    }
}
