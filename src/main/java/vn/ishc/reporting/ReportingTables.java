package vn.ishc.reporting;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The reporting tables and columns that statements are built from, typed, instead of assembling their names
 * in text: each table a rebuild fills beside the kept one comes as a pair ({@link #KEPT}, {@link #NEXT}) of
 * the same shape. Statements built from them are rendered once, to the text {@code JdbcClient} (named
 * parameters) or {@code JdbcTemplate} (positional ones) runs.
 */
final class ReportingTables {

    private ReportingTables() {
    }

    static {
        // jOOQ's banner and tips on first use, which the logs do not want.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private static final DSLContext SQL = DSL.using(SQLDialect.POSTGRES, new Settings()
            .withRenderQuotedNames(RenderQuotedNames.NEVER)
            .withRenderNameCase(RenderNameCase.AS_IS)
            .withRenderFormatted(false));

    /** The builder of statements; nothing is run through it. */
    static DSLContext sql() {
        return SQL;
    }

    /** The statement's text with named parameters ({@code :club}), for {@code JdbcClient}. */
    static String named(org.jooq.QueryPart query) {
        return SQL.renderNamedParams(query);
    }

    /** The statement's text with positional parameters ({@code ?}), for {@code JdbcTemplate.batchUpdate}. */
    static String positional(org.jooq.QueryPart query) {
        return SQL.render(query);
    }

    /** The text of a condition or expression, bind values inlined (for the statements still assembled from fragments). */
    static String inline(org.jooq.QueryPart part) {
        return SQL.renderInlined(part);
    }

    /** A named parameter, rendered {@code :name}. */
    static <T> Param<T> param(String name, Class<T> type) {
        return DSL.param(name, type);
    }

    /** A positional parameter, rendered {@code ?}. */
    static <T> Param<T> bind(Field<T> like) {
        return DSL.val((T) null, like);
    }

    private static <T> Field<T> column(String name, org.jooq.DataType<T> type) {
        return field(unquotedName(name), type);
    }

    private static <T> Field<T> column(Table<?> t, String name, org.jooq.DataType<T> type) {
        return field(unquotedName(t.getName(), name), type);
    }

    /** The clubs as they were counted: code, name, where they were founded and where they are now. */
    static final class ClubPlace {
        final Table<Record> table;
        final Field<UUID> clubId;
        final Field<String> code;
        final Field<String> name;
        final Field<LocalDate> foundedOn;
        final Field<UUID> villageId;
        final Field<String> oldPath;
        final Field<String> nowPath;
        final Field<String> nowProvince;
        final Field<UUID[]> projects;

        private ClubPlace(String name) {
            this.table = table(unquotedName(name));
            this.clubId = column("club_id", SQLDataType.UUID);
            this.code = column("code", SQLDataType.VARCHAR);
            this.name = column("name", SQLDataType.VARCHAR);
            this.foundedOn = column("founded_on", SQLDataType.LOCALDATE);
            this.villageId = column("village_id", SQLDataType.UUID);
            this.oldPath = column("old_path", SQLDataType.VARCHAR);
            this.nowPath = column("now_path", SQLDataType.VARCHAR);
            this.nowProvince = column("now_province", SQLDataType.VARCHAR);
            this.projects = column("projects", SQLDataType.UUID.array());
        }

        /** The path of the map the figures are read on: today's, or the one before the reform. */
        Field<String> path(boolean today) {
            return today ? nowPath : oldPath;
        }
    }

    /** A club's figures, one row per period, indicator and breakdown. */
    static final class ClubFact {
        final Table<Record> table;
        final Field<UUID> clubId;
        final Field<String> periodKind;
        final Field<LocalDate> periodStart;
        final Field<String> code;
        final Field<String> dims;
        final Field<Long> value;

        private ClubFact(String name) {
            this.table = table(unquotedName(name));
            this.clubId = column("club_id", SQLDataType.UUID);
            this.periodKind = column("period_kind", SQLDataType.CHAR);
            this.periodStart = column("period_start", SQLDataType.LOCALDATE);
            this.code = column("code", SQLDataType.VARCHAR);
            this.dims = column("dims", SQLDataType.VARCHAR);
            this.value = column("value", SQLDataType.BIGINT);
        }
    }

    /** The people a club's figure counts, kept so that a sum counts a person in two of its clubs once. */
    static final class ClubPerson {
        final Table<Record> table;
        final Field<UUID> clubId;
        final Field<String> periodKind;
        final Field<LocalDate> periodStart;
        final Field<String> code;
        final Field<String> dims;
        final Field<UUID> personId;

        private ClubPerson(String name) {
            this.table = table(unquotedName(name));
            this.clubId = column("club_id", SQLDataType.UUID);
            this.periodKind = column("period_kind", SQLDataType.CHAR);
            this.periodStart = column("period_start", SQLDataType.LOCALDATE);
            this.code = column("code", SQLDataType.VARCHAR);
            this.dims = column("dims", SQLDataType.VARCHAR);
            this.personId = column("person_id", SQLDataType.UUID);
        }
    }

    /** The nation's and provinces' sums, on either map. */
    static final class AreaFact {
        final Table<Record> table;
        final Field<String> boundaries;
        final Field<String> area;
        final Field<String> periodKind;
        final Field<LocalDate> periodStart;
        final Field<String> code;
        final Field<String> dims;
        final Field<Long> value;
        /** The value qualified by the table, where the new value is added to the one kept. */
        final Field<Long> keptValue;

        private AreaFact(String name) {
            this.table = table(unquotedName(name));
            this.boundaries = column("boundaries", SQLDataType.CHAR);
            this.area = column("area", SQLDataType.VARCHAR);
            this.periodKind = column("period_kind", SQLDataType.CHAR);
            this.periodStart = column("period_start", SQLDataType.LOCALDATE);
            this.code = column("code", SQLDataType.VARCHAR);
            this.dims = column("dims", SQLDataType.VARCHAR);
            this.value = column("value", SQLDataType.BIGINT);
            this.keptValue = column(table, "value", SQLDataType.BIGINT);
        }
    }

    /** A club's members, for counting over ranges of months. */
    static final class RangeMember {
        final Table<Record> table;
        final Field<UUID> clubId;
        final Field<UUID> personId;
        final Field<LocalDate> joinedOn;
        final Field<LocalDate> leftOn;
        final Field<String> sex;
        final Field<LocalDate> birthDate;
        final Field<Integer> birthYear;
        final Field<Boolean> shared;
        final Field<Integer[]> pressureMonths;
        final Field<Integer[]> weightMonths;

        private RangeMember(String name) {
            this.table = table(unquotedName(name));
            this.clubId = column("club_id", SQLDataType.UUID);
            this.personId = column("person_id", SQLDataType.UUID);
            this.joinedOn = column("joined_on", SQLDataType.LOCALDATE);
            this.leftOn = column("left_on", SQLDataType.LOCALDATE);
            this.sex = column("sex", SQLDataType.VARCHAR);
            this.birthDate = column("birth_date", SQLDataType.LOCALDATE);
            this.birthYear = column("birth_year", SQLDataType.INTEGER);
            this.shared = column("shared", SQLDataType.BOOLEAN);
            this.pressureMonths = column("pressure_months", SQLDataType.INTEGER.array());
            this.weightMonths = column("weight_months", SQLDataType.INTEGER.array());
        }
    }

    /** A club's home-care recipients, for counting over ranges of months. */
    static final class RangeCare {
        final Table<Record> table;
        final Field<UUID> clubId;
        final Field<UUID> recipientId;
        final Field<Integer> since;
        final Field<Integer[]> planned;
        final Field<Integer[]> visits;

        private RangeCare(String name) {
            this.table = table(unquotedName(name));
            this.clubId = column("club_id", SQLDataType.UUID);
            this.recipientId = column("recipient_id", SQLDataType.UUID);
            this.since = column("since", SQLDataType.INTEGER);
            this.planned = column("planned", SQLDataType.INTEGER.array());
            this.visits = column("visits", SQLDataType.INTEGER.array());
        }
    }

    /** One set of the tables a figure store writes: the kept figures, or those a rebuild computes beside them. */
    record Figures(ClubPlace clubPlace, ClubFact clubFact, ClubPerson clubPerson, AreaFact areaFact,
                   RangeMember rangeMember, RangeCare rangeCare) {

        /** In the order a rebuild empties and keeps them. */
        List<Table<Record>> all() {
            return List.of(clubPlace.table, clubFact.table, clubPerson.table, areaFact.table, rangeMember.table,
                    rangeCare.table);
        }
    }

    /** The kept figures, which the readers read. */
    static final Figures KEPT = new Figures(new ClubPlace("rpt_club_place"), new ClubFact("rpt_club_fact"),
            new ClubPerson("rpt_club_person"), new AreaFact("rpt_area_fact"), new RangeMember("rpt_range_member"),
            new RangeCare("rpt_range_care"));

    /** The figures a rebuild computes beside the kept ones, which no reader reads. */
    static final Figures NEXT = new Figures(new ClubPlace("rpt_next_club_place"), new ClubFact("rpt_next_club_fact"),
            new ClubPerson("rpt_next_club_person"), new AreaFact("rpt_next_area_fact"),
            new RangeMember("rpt_next_range_member"), new RangeCare("rpt_next_range_care"));

    /** The kept clubs' places, for the readers' statements. */
    static final ClubPlace CLUB_PLACE = KEPT.clubPlace;

    /** True, the neutral start of a conjunction of conditions. */
    static Condition always() {
        return DSL.noCondition();
    }
}
