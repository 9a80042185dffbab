package vn.ishc.funds.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.ishc.funds.HeldMoneySubmission;

/** Why held money was refused, in the reader's language: the refusal's message, and for a line its number. */
final class HeldMoneyView {

    private HeldMoneyView() {
    }

    /** The refusal's own message. */
    static String reason(HeldMoneySubmission held, MessageSource messages, Locale locale) {
        return messages.getMessage(held.refusal().key(), held.refusal().args(), held.refusal().key(), locale);
    }

    /** The refusal's message, after the number of the line refused (from 1) when a line was. */
    static String why(HeldMoneySubmission held, MessageSource messages, Locale locale) {
        String reason = reason(held, messages, locale);
        return held.refusal().line() == null ? reason
                : messages.getMessage("funds.held.line", new Object[] {held.refusal().line() + 1, reason}, locale);
    }
}
