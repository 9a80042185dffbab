package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DongTest {

    @ParameterizedTest
    @ValueSource(strings = {"1500000", "1.500.000", "1,500,000", "1 500 000", "1\u00a0500\u00a0000", "  1.500.000  ",
            "1.500.000đ", "1.500.000 đ", "1.500.000 đồng", "1.500.000 Đồng", "1500000 VNĐ", "1,500,000 vnd"})
    void readsAWholeAmountWrittenWithGroupsOfThreeDigits(String typed) {
        assertThat(Dong.parse(typed, "amount")).isEqualTo(1_500_000L);
    }

    @Test
    void readsSmallAmountsAndOneGroup() {
        assertThat(Dong.parse("0", "amount")).isZero();
        assertThat(Dong.parse("500", "amount")).isEqualTo(500L);
        assertThat(Dong.parse("1.500", "amount")).isEqualTo(1_500L);
        assertThat(Dong.parse("12,000", "amount")).isEqualTo(12_000L);
        assertThat(Dong.parse("999 999 999 999 999", "amount")).isEqualTo(999_999_999_999_999L);
    }

    @Test
    void nothingTypedIsNoAmount() {
        assertThat(Dong.parse(null, "amount")).isNull();
        assertThat(Dong.parse("   ", "amount")).isNull();
    }

    /** Each of these used to lose its separators and be read as another amount: 1,5 as 15 đ, 2,50 as 250 đ. */
    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1000,5", "2,50", "1.5", "1.500.000,5", "1.500.000,50", "1,500.000", "1.500 000",
            "15,00", "1.50.000", "1.5000", ",500", "500.", "1..500", "-1500", "+1500", "1e6", "1,5 triệu", "abc",
            "1000000000000000", "1.500.000 triệu"})
    void refusesAnythingThatIsNotWholeDongWrittenInOneOfTheAcceptedForms(String typed) {
        assertThatThrownBy(() -> Dong.parse(typed, "amount"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("money.typed");
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.arguments()[0]).isEqualTo(typed.strip());
                });
    }
}
