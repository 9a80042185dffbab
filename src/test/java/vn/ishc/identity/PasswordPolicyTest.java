package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ishc.shared.InvalidInputException;

/** The rules a new password must meet, each refusal naming its rule. */
class PasswordPolicyTest {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource({
            "aaaaaaaaaa, identity.password.common",
            "1234567890, identity.password.common",
            "password12, identity.password.common",
            "PASSWORD12, identity.password.common",
            "qwertyuiop, identity.password.common",
            "ưưưưưưưưưưưư, identity.password.repetitive",
            "abcabcabcabc, identity.password.repetitive",
            "34567890123, identity.password.repetitive",
            "mnopqrstuvw, identity.password.repetitive",
            "9876543210987, identity.password.repetitive",
            "ngan-thi-hoa-2026, identity.password.containsUsername",
            "ngắn, identity.password.tooShort",
    })
    void refusesNamingTheRule(String password, String rule) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> POLICY.check(password, "thi-hoa"));
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(rule);
        assertThat(refusal.field()).isEqualTo("password");
    }

    @Test
    void refusesOneOverTheMaximumAndAcceptsLongVietnamesePassphrases() {
        assertThatCode(() -> POLICY.check("Bà tôi trồng rau muống bên bờ ao làng Thanh Sơn", "thi-hoa"))
                .doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("Một câu dài có dấu cách ".repeat(5), "thi-hoa")).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> POLICY.check("Câu rất dài ".repeat(11), "thi-hoa")).messageKey()).isEqualTo("identity.password.tooLong");
        assertThatCode(() -> POLICY.check("mat-khau-dai-1", "thi-hoa")).doesNotThrowAnyException();
    }

    @Test
    void countsLettersTypedWithSeparateToneMarksOnce() {
        String nfd = java.text.Normalizer.normalize("ngắn ngủi", java.text.Normalizer.Form.NFD);
        assertThat(nfd.codePointCount(0, nfd.length())).isGreaterThanOrEqualTo(PasswordPolicy.MIN);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> POLICY.check(nfd, "thi-hoa")).messageKey())
                .isEqualTo("identity.password.tooShort");
    }
}
