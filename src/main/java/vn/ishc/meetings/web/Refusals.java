package vn.ishc.meetings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.ishc.meetings.Problem;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.UserFacingException;

/** A refusal in the user's language: each message by field (e.g. "rows[3].systolic"), and all in order. */
record Refusals(Map<String, String> byField, List<String> all) {

    static Refusals none() {
        return new Refusals(Map.of(), List.of());
    }

    static Refusals of(UserFacingException e, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        List<Problem> problems = e instanceof RefusedEntry r ? r.problems()
                : List.of(new Problem(e.field() == null ? "form" : e.field(), e.messageKey(), e.arguments()));
        for (Problem p : problems) {
            String text = messages.getMessage(p.messageKey(), p.arguments(), locale);
            byField.merge(p.field(), text, (a, b) -> a + " " + b);
            all.add(text);
        }
        return new Refusals(byField, all);
    }

    /** Whether a field of a member's row was refused. */
    public boolean row(int index, String field) {
        return byField.containsKey("rows[" + index + "]." + field);
    }

    /** The messages of a member's row. */
    public List<String> rowMessages(int index) {
        String prefix = "rows[" + index + "].";
        return byField.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
