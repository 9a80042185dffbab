package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;

/**
 * What an amount typed on a page will be read as, shown under the field while the user types (htmx asks with
 * the field's name and value): "1.500.000 đồng", or the refusal the form would give, before anything is saved.
 */
@Controller
class AmountController {

    private final MessageSource messages;

    AmountController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/amounts/read")
    String read(@RequestParam String field, HttpServletRequest request, Model model, Locale locale) {
        // Only a field with a label can be named in a refusal; any other name reads nothing. A field of a form's
        // line (lines[3].amount) is labelled as the field itself (amount).
        String label = field.replaceFirst("^\\w+\\[\\d{1,4}]\\.", "");
        if (messages.getMessage("field." + label, null, null, locale) != null) {
            try {
                model.addAttribute("amount", Dong.parse(request.getParameter(field), label));
            } catch (InvalidInputException e) {
                model.addAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), locale));
            }
        }
        return "fragments/amount :: read";
    }
}
