package vn.ishc.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page uses: whether to show English names of units and other bilingual data. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

    @ModelAttribute("english")
    boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
