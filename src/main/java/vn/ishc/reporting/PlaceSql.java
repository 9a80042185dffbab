package vn.ishc.reporting;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.splitPart;
import static org.jooq.impl.DSL.unquotedName;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import vn.ishc.shared.AreaScope;

/**
 * The clubs' places {@code p} ({@code rpt_club_place}) as the figures of an area read them: the columns of
 * either map, the prefixes of a path that name the areas one level down, and the conditions that choose the
 * clubs of an area and of the user's scope, built typed and each rendered once (with named parameters:
 * {@code :area}, {@code :scope}, {@code :scopeClub}).
 */
final class PlaceSql {

    private PlaceSql() {
    }

    static <T> Field<T> p(Field<T> column) {
        return field(unquotedName("p", column.getName()), column.getDataType());
    }

    private static final ReportingTables.ClubPlace PLACE = ReportingTables.CLUB_PLACE;
    static final Field<UUID> CLUB_ID = p(PLACE.clubId);
    static final Field<String> OLD_PATH = p(PLACE.oldPath);
    static final Field<String> NOW_PATH = p(PLACE.nowPath);
    static final Field<String> NOW_PROVINCE = p(PLACE.nowProvince);
    static final Field<UUID> VILLAGE_ID = p(PLACE.villageId);
    static final Field<UUID[]> PROJECTS = p(PLACE.projects);

    /**
     * A club's code in the figures and their exports (the ADX and DHIS2 orgUnit, the sheets): its national
     * identifier ("06379-001"), unique in the country and never changed.
     */
    static final Field<String> CLUB_CODE = p(PLACE.code);

    private static final Param<String> AREA = DSL.param("area", String.class);
    private static final Param<String> SCOPE = DSL.param("scope", String.class);
    private static final Param<UUID> SCOPE_CLUB = DSL.param("scopeClub", UUID.class);

    /** The clubs of a partner project ({@code :project}). */
    static final Condition OF_PROJECT = DSL.param("project", UUID.class).eq(DSL.any(PROJECTS));
    /** The clubs of a village ({@code :village}). */
    static final Condition OF_VILLAGE = VILLAGE_ID.eq(DSL.param("village", UUID.class));
    /** One club ({@code :club}). */
    static final Condition OF_CLUB = CLUB_ID.eq(DSL.param("club", UUID.class));

    static Field<String> path(boolean old) {
        return old ? OLD_PATH : NOW_PATH;
    }

    /** The column of the map read, rendered. */
    static String column(boolean old) {
        return old ? RENDERED_OLD_PATH : RENDERED_NOW_PATH;
    }

    private static final String RENDERED_OLD_PATH = ReportingTables.inline(OLD_PATH);
    private static final String RENDERED_NOW_PATH = ReportingTables.inline(NOW_PATH);

    /** A club's province on the map read, rendered. */
    static String province(boolean old) {
        return old ? RENDERED_OLD_PROVINCE : RENDERED_NOW_PROVINCE;
    }

    private static final String RENDERED_OLD_PROVINCE = ReportingTables.inline(splitPart(OLD_PATH, inline("."), inline(1)));
    private static final String RENDERED_NOW_PROVINCE = ReportingTables.inline(NOW_PROVINCE);

    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    /** The first {@code depth} parts of the club's path on the map read ("01.001"), rendered. */
    static String prefix(boolean old, int depth) {
        return RENDERED.computeIfAbsent("prefix|" + old + "|" + depth, k -> {
            Field<String> path = path(old);
            Field<String> out = splitPart(path, inline("."), inline(1));
            for (int i = 2; i <= depth; i++) {
                out = out.concat(inline("."), splitPart(path, inline("."), inline(i)));
            }
            return ReportingTables.inline(out);
        });
    }

    /** The area {@code :area} on the map read, or every club ({@code nation}). */
    static Condition inArea(boolean old, boolean nation) {
        if (nation) {
            return DSL.trueCondition();
        }
        Field<String> path = path(old);
        return path.eq(AREA).or(path.like(AREA.concat(inline(".%"))));
    }

    /** The clubs the user's scope covers: every one, one club, or those of an area today. */
    static Condition inScope(AreaScope scope) {
        if (scope.isNation()) {
            return DSL.noCondition();
        }
        if (scope.clubId() != null) {
            return CLUB_ID.eq(SCOPE_CLUB);
        }
        return NOW_PATH.eq(SCOPE).or(NOW_PATH.like(SCOPE.concat(inline(".%"))))
                .or(NOW_PATH.isNull().and(NOW_PROVINCE.eq(SCOPE)));
    }

    private static String scopeKind(AreaScope scope) {
        return scope.isNation() ? "nation" : scope.clubId() != null ? "club" : "area";
    }

    /** The clubs of the area {@code :area} on the map read within the user's scope, rendered. */
    static String where(boolean old, boolean nation, AreaScope scope) {
        return RENDERED.computeIfAbsent("where|" + old + "|" + nation + "|" + scopeKind(scope),
                k -> ReportingTables.named(inArea(old, nation).and(inScope(scope))));
    }

    /** The clubs this condition (one of the constants above) chooses within the user's scope, rendered. */
    static String where(Condition clubs, AreaScope scope) {
        return RENDERED.computeIfAbsent("clubs|" + System.identityHashCode(clubs) + "|" + scopeKind(scope),
                k -> ReportingTables.named(clubs.and(inScope(scope))));
    }
}
