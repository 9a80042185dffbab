package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The codes of RFC 6238 (appendix B, SHA-1), cut to six digits, and Base32 as RFC 4648 writes it. */
class TotpTest {

    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfTheRfcTestVectors() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(1111111111))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, Totp.step(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(2000000000))).isEqualTo("279037");
        assertThat(Totp.code(RFC_SECRET, Totp.step(20000000000L))).isEqualTo("353130");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        long step = Totp.step(1111111109);
        String code = Totp.code(RFC_SECRET, step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, step)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, step + 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, step - 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, step + 2)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, step)).isEmpty();
    }

    @Test
    void base32IsThatOfRfc4648WithoutPadding() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
        assertThat(Totp.newSecret()).hasSize(20);
    }
}
