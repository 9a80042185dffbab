package vn.ishc.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps a personal number (a citizen ID) unreadable in the database. A value is sealed with AES-256-GCM
 * under a fresh 12-byte nonce and stored as {@code v1:} and base64 of nonce, ciphertext and tag, the
 * {@code v1} naming the key it was sealed with so that a later key can be told apart. Equal numbers are
 * found, and kept unique, by their blind index: an HMAC-SHA256 of the number's digits under a second key.
 * Both keys are derived from one 32-byte key that is never in the database (see the README).
 */
public final class PersonalDataCipher {

    /** The version written in front of every sealed value: the key it was sealed with. */
    static final String VERSION = "v1";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec sealing;
    private final SecretKeySpec indexing;

    /** A cipher with a 32-byte key. */
    public PersonalDataCipher(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("The personal-data key must be 32 bytes, not "
                    + (key == null ? "missing" : key.length + " bytes"));
        }
        this.sealing = new SecretKeySpec(derive(key, "ishc citizen id sealing " + VERSION), "AES");
        this.indexing = new SecretKeySpec(derive(key, "ishc citizen id index"), "HmacSHA256");
    }

    /** The number sealed; null stays null. Two seals of one number differ. */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a personal number: " + e.getMessage(), e);
        }
    }

    /**
     * The number a sealed value holds; null stays null. Refused when the value was changed or sealed with
     * another key, never answered with something else.
     */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        if (colon < 0 || !sealed.substring(0, colon).equals(VERSION)) {
            throw new IllegalStateException("A sealed personal number of an unknown key version: "
                    + (colon < 0 ? "none" : sealed.substring(0, Math.min(colon, 8))));
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new IllegalStateException("A sealed personal number is too short to be one");
            }
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(aes.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("A sealed personal number does not open with this key: it was changed, "
                    + "or sealed with another key", e);
        }
    }

    /** Whether a value is sealed (else it is a number stored before numbers were sealed). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(VERSION + ":");
    }

    /** The blind index of a number: the same for its digits however they were typed; null stays null. */
    public String index(String plain) {
        if (plain == null) {
            return null;
        }
        String digits = plain.replaceAll("\\D", "");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexing);
            return Base64.getEncoder().encodeToString(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot index a personal number: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[" + VERSION + ", key=***]";
    }

    private static byte[] derive(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the personal-data keys: " + e.getMessage(), e);
        }
    }
}
