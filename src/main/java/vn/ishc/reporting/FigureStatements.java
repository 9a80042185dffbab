package vn.ishc.reporting;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.unquotedName;
import static vn.ishc.reporting.ReportingTables.bind;
import static vn.ishc.reporting.ReportingTables.named;
import static vn.ishc.reporting.ReportingTables.param;
import static vn.ishc.reporting.ReportingTables.positional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The statements a {@link FigureStore} runs on one set of its tables ({@link ReportingTables#KEPT} or
 * {@link ReportingTables#NEXT}), built from the typed tables and rendered once, when the class is loaded.
 */
record FigureStatements(String peopleOfClubs, String clubsOfPeople, String placeOfClub, String factsOfClub,
                        String deleteFact, String upsertFact, String deletePeople, String insertPerson,
                        String deleteMembers, String deleteCare, String insertMember, String insertCare,
                        String membersOfClub, String careOfClub, String upsertPlace, String addToSum,
                        String deleteZeroSum) {

    static final FigureStatements KEPT = of(ReportingTables.KEPT);
    static final FigureStatements NEXT = of(ReportingTables.NEXT);

    /** Empties the tables a rebuild fills beside the kept figures. */
    static final String CLEAR_BESIDE = named(ReportingTables.sql().truncate(ReportingTables.NEXT.all()));

    /**
     * Keeps what a rebuild computed in the place of the kept figures: for each table, its rows deleted, then
     * those of the table beside it copied in.
     */
    static final List<String> KEEP_REBUILT = keepRebuilt();

    private static List<String> keepRebuilt() {
        DSLContext sql = ReportingTables.sql();
        List<String> out = new ArrayList<>();
        List<Table<Record>> kept = ReportingTables.KEPT.all();
        List<Table<Record>> next = ReportingTables.NEXT.all();
        for (int i = 0; i < kept.size(); i++) {
            out.add(named(sql.deleteFrom(kept.get(i))));
            out.add(named(sql.insertInto(kept.get(i)).select(sql.selectFrom(next.get(i)))));
        }
        return List.copyOf(out);
    }

    private static <T> Field<T> in(String alias, Field<T> column) {
        return field(unquotedName(alias, column.getName()), column.getDataType());
    }

    static FigureStatements of(ReportingTables.Figures t) {
        DSLContext sql = ReportingTables.sql();
        var place = t.clubPlace();
        var fact = t.clubFact();
        var person = t.clubPerson();
        var area = t.areaFact();
        var member = t.rangeMember();
        var care = t.rangeCare();
        var club = param("c", UUID.class);

        String peopleOfClubs = named(sql.selectDistinct(person.personId).from(person.table)
                .where(person.clubId.eq(any(param("ids", UUID[].class)))));
        String clubsOfPeople = named(sql.select(in("c", person.periodKind), in("c", person.periodStart), in("c", person.code),
                        in("c", person.dims), in("c", person.personId), in("p", place.oldPath), in("p", place.nowProvince), in("p", place.nowPath))
                .from(person.table.as("c"))
                .join(place.table.as("p")).on(in("p", place.clubId).eq(in("c", person.clubId)))
                .where(in("c", person.personId).eq(any(param("people", UUID[].class)))));
        String placeOfClub = named(sql.selectFrom(place.table).where(place.clubId.eq(club)));
        String factsOfClub = named(sql.select(fact.periodKind, fact.periodStart, fact.code, fact.dims, fact.value)
                .from(fact.table).where(fact.clubId.eq(club)));
        String deleteFact = positional(sql.deleteFrom(fact.table).where(fact.clubId.eq(bind(fact.clubId)))
                .and(fact.periodKind.eq(bind(fact.periodKind))).and(fact.periodStart.eq(bind(fact.periodStart)))
                .and(fact.code.eq(bind(fact.code))).and(fact.dims.eq(bind(fact.dims))));
        String upsertFact = positional(sql.insertInto(fact.table, fact.clubId, fact.periodKind, fact.periodStart, fact.code,
                        fact.dims, fact.value)
                .values(bind(fact.clubId), bind(fact.periodKind), bind(fact.periodStart), bind(fact.code), bind(fact.dims),
                        bind(fact.value))
                .onConflict(fact.clubId, fact.periodKind, fact.periodStart, fact.code, fact.dims)
                .doUpdate().set(fact.value, excluded(fact.value)));
        String deletePeople = named(sql.deleteFrom(person.table).where(person.clubId.eq(club)));
        String insertPerson = positional(sql.insertInto(person.table, person.clubId, person.periodKind, person.periodStart,
                        person.code, person.dims, person.personId)
                .values(bind(person.clubId), bind(person.periodKind), bind(person.periodStart), bind(person.code),
                        bind(person.dims), bind(person.personId)));
        String deleteMembers = named(sql.deleteFrom(member.table).where(member.clubId.eq(club)));
        String deleteCare = named(sql.deleteFrom(care.table).where(care.clubId.eq(club)));
        String insertMember = positional(sql.insertInto(member.table, member.clubId, member.personId, member.joinedOn,
                        member.leftOn, member.sex, member.birthDate, member.birthYear, member.shared, member.pressureMonths,
                        member.weightMonths)
                .values(bind(member.clubId), bind(member.personId), bind(member.joinedOn), bind(member.leftOn),
                        bind(member.sex), bind(member.birthDate), bind(member.birthYear), bind(member.shared),
                        bind(member.pressureMonths), bind(member.weightMonths)));
        String insertCare = positional(sql.insertInto(care.table, care.clubId, care.recipientId, care.since, care.planned,
                        care.visits)
                .values(bind(care.clubId), bind(care.recipientId), bind(care.since), bind(care.planned), bind(care.visits)));
        String membersOfClub = named(sql.selectFrom(member.table).where(member.clubId.eq(club)));
        String careOfClub = named(sql.selectFrom(care.table).where(care.clubId.eq(club)));
        String upsertPlace = named(sql.insertInto(place.table, place.clubId, place.code, place.name, place.foundedOn,
                        place.villageId, place.oldPath, place.nowPath, place.nowProvince, place.projects)
                .values(param("id", UUID.class), param("code", String.class), param("name", String.class),
                        param("founded", LocalDate.class), param("village", UUID.class), param("old", String.class),
                        param("now", String.class), param("province", String.class), param("projects", UUID[].class))
                .onConflict(place.clubId).doUpdate()
                .set(place.code, excluded(place.code)).set(place.name, excluded(place.name))
                .set(place.foundedOn, excluded(place.foundedOn)).set(place.villageId, excluded(place.villageId))
                .set(place.oldPath, excluded(place.oldPath)).set(place.nowPath, excluded(place.nowPath))
                .set(place.nowProvince, excluded(place.nowProvince)).set(place.projects, excluded(place.projects)));
        String addToSum = positional(sql.insertInto(area.table, area.boundaries, area.area, area.periodKind, area.periodStart,
                        area.code, area.dims, area.value)
                .values(bind(area.boundaries), bind(area.area), bind(area.periodKind), bind(area.periodStart),
                        bind(area.code), bind(area.dims), bind(area.value))
                .onConflict(area.boundaries, area.area, area.periodKind, area.periodStart, area.code, area.dims)
                .doUpdate().set(area.value, area.keptValue.plus(excluded(area.value))));
        String deleteZeroSum = positional(sql.deleteFrom(area.table).where(area.boundaries.eq(bind(area.boundaries)))
                .and(area.area.eq(bind(area.area))).and(area.periodKind.eq(bind(area.periodKind)))
                .and(area.periodStart.eq(bind(area.periodStart))).and(area.code.eq(bind(area.code)))
                .and(area.dims.eq(bind(area.dims))).and(area.value.eq(inline(0L))));
        return new FigureStatements(peopleOfClubs, clubsOfPeople, placeOfClub, factsOfClub, deleteFact, upsertFact,
                deletePeople, insertPerson, deleteMembers, deleteCare, insertMember, insertCare, membersOfClub, careOfClub,
                upsertPlace, addToSum, deleteZeroSum);
    }
}
