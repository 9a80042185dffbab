package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A held refusal keeps an argument that is a message (a loan's status) as a message, said in the reader's language. */
class HeldMoneyRefusalTest {

    @Test
    void aLoanStatusInAHeldRefusalIsReadInTheReadersLanguage() {
        JsonMapper json = JsonMapper.builder().build();
        String stored = json.writeValueAsString(Arrays.asList(Loans.said(Loans.Status.CLOSED), 7));
        List<Object> read = json.readValue(stored, new TypeReference<List<Object>>() {
        });
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("loanStatus.CLOSED", Locale.forLanguageTag("vi"), "Đã trả hết");
        messages.addMessage("loans.statusInvalid", Locale.forLanguageTag("vi"), "Khoản vay đang ở trạng thái {0}.");
        HeldMoneySubmission.Refusal refusal = new HeldMoneySubmission.Refusal(0, "loans.statusInvalid", read);
        assertThat(messages.getMessage(refusal.key(), refusal.args(), Locale.forLanguageTag("vi")))
                .isEqualTo("Khoản vay đang ở trạng thái Đã trả hết.");
        assertThat(refusal.args()[1]).isEqualTo(7);
    }
}
