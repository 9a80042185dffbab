package vn.ishc.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.BusinessCalendar;

/**
 * The areas a user organises courses and gives awards in, for a form's list: the nation and the provinces
 * for national administrators, one's province and its communes for a province officer, one's commune.
 */
@Component
class AreaOptions {

    /** One option of an area list. */
    record Option(String path, String label) {
    }

    private final AdminUnits units;
    private final MessageSource messages;
    private final Clock clock;

    AreaOptions(AdminUnits units, MessageSource messages, Clock clock) {
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    List<Option> of(CurrentUser user, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        LocalDate today = BusinessCalendar.today(clock);
        List<Option> options = new ArrayList<>();
        if (user.is(Role.NATIONAL_ADMIN)) {
            options.add(new Option("", messages.getMessage("programme.nation", null, locale)));
            units.provinces(today, user.scope()).forEach(p -> options.add(new Option(p.path(), p.label(english))));
            return options;
        }
        units.atScope(user.scope()).ifPresent(unit -> {
            options.add(new Option(unit.path(), unit.label(english)));
            if (user.is(Role.PROVINCE_OFFICER)) {
                units.children(unit, today, user.scope())
                        .forEach(c -> options.add(new Option(c.path(), "— " + c.label(english))));
            }
        });
        return options;
    }

    /** The id of the unit in force today at a path, to list the clubs of that area; null for the nation. */
    Long unitId(String path) {
        if (path.isEmpty()) {
            return null;
        }
        var unit = units.atPaths(List.of(path)).get(path);
        return unit == null ? null : unit.id();
    }
}
