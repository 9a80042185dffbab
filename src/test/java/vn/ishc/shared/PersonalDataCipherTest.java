package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A citizen ID sealed with AES-256-GCM and found again by its blind index, never stored readable. */
class PersonalDataCipherTest {

    static final byte[] KEY = new byte[32];
    static final byte[] OTHER_KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
            OTHER_KEY[i] = (byte) (31 - i);
        }
    }

    final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void aSealedNumberOpensToItselfAndShowsNoDigitOfIt() {
        String sealed = cipher.seal("001052012345");

        assertThat(sealed).startsWith("v1:").doesNotContain("001052012345").doesNotContain("2012345");
        assertThat(cipher.open(sealed)).isEqualTo("001052012345");
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void twoSealsOfOneNumberDiffer() {
        assertThat(cipher.seal("001052012345")).isNotEqualTo(cipher.seal("001052012345"));
    }

    @Test
    void aTamperedValueIsRefused() {
        String sealed = cipher.seal("001052012345");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[14] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open("v1:AAAA")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open("001052012345")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyIsRefused() {
        String sealed = cipher.seal("001052012345");

        assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBlindIndexIsTheSameForOneNumberHoweverTypedAndHidesIt() {
        String index = cipher.index("001052012345");

        assertThat(cipher.index(" 001 052 012345 ")).isEqualTo(index);
        assertThat(cipher.index("001052012346")).isNotEqualTo(index);
        assertThat(new PersonalDataCipher(OTHER_KEY).index("001052012345")).isNotEqualTo(index);
        assertThat(index).doesNotContain("2012345");
        assertThat(cipher.index(null)).isNull();
    }

    @Test
    void theKeyIsNeverShown() {
        assertThat(cipher.toString()).doesNotContain(Base64.getEncoder().encodeToString(KEY));
    }
}
