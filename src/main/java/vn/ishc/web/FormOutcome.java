package vn.ishc.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.shared.InvalidInputException;

/**
 * The answer to a small form posted from a page: do it, then go back to the page with a notice, or
 * with the refusal in the user's language when the input broke a rule.
 */
public final class FormOutcome {

    private FormOutcome() {
    }

    public static String redirect(String target, String noticeKey, RedirectAttributes redirect, MessageSource messages,
                                  Locale locale, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", messages.getMessage(noticeKey, null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:" + target;
    }
}
