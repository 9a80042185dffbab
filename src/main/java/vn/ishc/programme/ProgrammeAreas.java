package vn.ishc.programme;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * The areas courses and commendations belong to, and who records them: the national administrators for
 * any area, a province officer for the province and its communes, a commune officer for the commune.
 */
@Component
class ProgrammeAreas {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final AdminUnits units;

    ProgrammeAreas(AdminUnits units) {
        this.units = units;
    }

    /** Whether the user's role records courses and commendations at all. */
    static boolean mayRecord(CurrentUser user) {
        return user.role() == Role.NATIONAL_ADMIN || user.role() == Role.PROVINCE_OFFICER
                || user.role() == Role.COMMUNE_OFFICER;
    }

    /** Whether the user organises in the area at that path (records there, manages its courses). */
    static boolean mayRecordFor(String path, CurrentUser user) {
        return switch (user.role()) {
            case NATIONAL_ADMIN -> true;
            case PROVINCE_OFFICER, COMMUNE_OFFICER -> !path.isEmpty() && user.scope().covers(path);
            default -> false;
        };
    }

    static void requireMayRecordFor(String path, CurrentUser user, String what) {
        if (!mayRecordFor(path, user)) {
            throw new OutOfScopeException(what + " of area '" + path + "'");
        }
    }

    /** Whether something of the area at that path is listed in the scope: the area is within it or above it. */
    static boolean visible(String path, AreaScope scope) {
        return scope.covers(path) || scope.isWithin(path);
    }

    /** The SQL condition that the area path in {@code column} is listed in the scope bound as :scope. */
    static String visibleIn(String column) {
        return TargetStore.visibleIn(column);
    }

    static String path(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** The name of the area at a path in force today; refused naming the field when there is none. */
    String name(String path) {
        return name(path, "areaPath");
    }

    String name(String path, String field) {
        if (path.isEmpty()) {
            return TargetStore.NATION_NAME;
        }
        if (!TargetRules.AREA_PATH.matcher(path).matches()) {
            throw new InvalidInputException("programme.area.unknown", field, path);
        }
        AdminUnit unit = units.atPaths(List.of(path)).get(path);
        if (unit == null) {
            throw new InvalidInputException("programme.area.unknown", field, path);
        }
        return unit.fullName();
    }

    /** A text as entered, cleaned (NFC, spaces), null when empty; refused when longer than {@code max}. */
    static String text(String raw, String field, int max) {
        String t = VietnameseText.clean(raw);
        if (t == null || t.isEmpty()) {
            return null;
        }
        if (t.length() > max) {
            throw new InvalidInputException("programme.text.tooLong", field, max);
        }
        return t;
    }

    static String required(String raw, String field, int max) {
        String t = text(raw, field, max);
        if (t == null) {
            throw missing(field);
        }
        return t;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    static void requireYear(LocalDate day, String field) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new InvalidInputException("programme.day.outOfRange", field, FIRST_YEAR, LAST_YEAR);
        }
    }

    /** Nothing entered where something must be, naming the field by its label in the programme's forms. */
    static InvalidInputException missing(String field) {
        return new InvalidInputException("programme.field.missing", field,
                new DefaultMessageSourceResolvable(new String[] {"programme.label." + field, "field." + field}, field));
    }
}
