package vn.ishc.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ishc.clubs.Club;
import vn.ishc.exchange.ImportStore.CheckedRow;
import vn.ishc.exchange.ImportStore.Outcome;
import vn.ishc.members.CitizenIds;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * Decides what each row of a sheet does to a club's members. A row is the member with the same citizen
 * ID or else (among members without one) the same name, ignoring diacritics, and birth year: it
 * updates them if some detail differs, or changes nothing. Any other row adds a person. A row is
 * refused if a detail breaks a rule, if it repeats an earlier row, or if it could be two members. A row
 * of a downloaded list carries the member's id and is that member of the club, or is refused.
 */
final class RowChecker {

    /** Stands for the ethnicity a row leaves out while it is not known whether the row is someone recorded. */
    private static final String ANY_ETHNICITY = "Kinh";

    private final Members members;
    private final Club club;
    private final LocalDate today;
    private final Set<String> citizenIdsInUse;
    private final Map<UUID, Person> byId = new HashMap<>();
    private final Map<String, Person> byCitizenId = new HashMap<>();
    private final Map<String, List<Person>> byNameAndYear = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    final List<CheckedRow> rows = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();

    RowChecker(Members members, Club club, List<MemberRow> current, Set<String> citizenIdsInUse, LocalDate today) {
        this.members = members;
        this.club = club;
        this.today = today;
        this.citizenIdsInUse = citizenIdsInUse;
        for (MemberRow m : current) {
            Person p = m.person();
            byId.put(p.id(), p);
            if (p.citizenId() != null) {
                byCitizenId.put(p.citizenId(), p);
            }
            byNameAndYear.computeIfAbsent(key(p.fullName(), p.birthYear()), k -> new ArrayList<>()).add(p);
        }
    }

    void check(SheetLine line) {
        if (!line.problems().isEmpty()) {
            refuse(line, line.problems());
            return;
        }
        if (line.memberId() != null) {
            checkListed(line);
            return;
        }
        Person entered;
        try {
            // A row without an ethnicity may be someone recorded, who keeps theirs; a new person is refused below.
            entered = members.check(line.details(club.villageId(), ANY_ETHNICITY), club.communeId());
        } catch (InvalidInputException e) {
            refuse(line, e);
            return;
        }
        List<Person> matches = matches(entered);
        if (matches.size() > 1) {
            refuse(line, MemberColumn.FULL_NAME, "exchange.row.ambiguous", matches.size());
            return;
        }
        Person known = matches.isEmpty() ? null : matches.get(0);
        String identity = known != null ? "person:" + known.id()
                : entered.citizenId() != null ? "citizen:" + entered.citizenId()
                : key(entered.fullName(), entered.birthYear());
        Integer earlier = seen.putIfAbsent(identity, line.row());
        if (earlier != null) {
            refuse(line, MemberColumn.FULL_NAME, "exchange.row.repeated", earlier);
            return;
        }
        if (known == null) {
            add(line, entered);
        } else {
            update(line, known, entered.citizenId() != null && entered.citizenId().equals(known.citizenId())
                    && clearlyOther(entered, known));
        }
    }

    /**
     * A row of a downloaded list is the member whose id it carries; a citizen ID it holds masked, as the
     * reader was shown it, is the member's number unchanged.
     */
    private void checkListed(SheetLine line) {
        Person known = byId.get(line.memberId());
        if (known == null) {
            refuse(line, MemberColumn.ID, "exchange.row.notMember", line.cell(MemberColumn.ID));
            return;
        }
        Integer earlier = seen.putIfAbsent("person:" + known.id(), line.row());
        if (earlier != null) {
            refuse(line, MemberColumn.ID, "exchange.row.repeated", earlier);
            return;
        }
        update(CitizenIds.isMaskOf(line.citizenId(), known.citizenId()) ? line.withCitizenId(known.citizenId()) : line,
                known, false);
    }

    /**
     * Whether a row is clearly someone other than the member with its citizen ID: another birth year, or no word
     * of either given name (the last word, without tone marks or case) in the other's name.
     */
    static boolean clearlyOther(Person entered, Person known) {
        if (entered.birthYear() != known.birthYear()) {
            return true;
        }
        List<String> a = List.of(VietnameseText.searchKey(entered.fullName()).split(" "));
        List<String> b = List.of(VietnameseText.searchKey(known.fullName()).split(" "));
        return !b.contains(a.get(a.size() - 1)) && !a.contains(b.get(b.size() - 1));
    }

    private List<Person> matches(Person entered) {
        if (entered.citizenId() != null && byCitizenId.containsKey(entered.citizenId())) {
            return List.of(byCitizenId.get(entered.citizenId()));
        }
        return byNameAndYear.getOrDefault(key(entered.fullName(), entered.birthYear()), List.of()).stream()
                .filter(p -> p.citizenId() == null || entered.citizenId() == null).toList();
    }

    private void add(SheetLine line, Person entered) {
        if (entered.citizenId() != null && citizenIdsInUse.contains(entered.citizenId())) {
            refuse(line, MemberColumn.CITIZEN_ID, "members.citizenId.taken", entered.citizenId());
            return;
        }
        LocalDate joined = line.joinedOn();
        List<RowProblem> missing = new ArrayList<>();
        if (line.ethnicity() == null) {
            missing.add(missing(line, MemberColumn.ETHNICITY));
        }
        if (joined == null) {
            missing.add(missing(line, MemberColumn.JOINED_ON));
        }
        if (!missing.isEmpty()) {
            refuse(line, missing);
            return;
        }
        if (joined.isBefore(club.foundedOn()) || joined.isAfter(today)) {
            refuse(line, MemberColumn.JOINED_ON, "members.joinedOn.outside", line.cell(MemberColumn.JOINED_ON),
                    club.foundedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            return;
        }
        rows.add(new CheckedRow(line.row(), Outcome.ADD, entered.fullName(), null, null,
                line.details(club.villageId()), joined, null));
    }

    /** The row as an update of a known member; {@code held} for the officer to tick if it changes anything. */
    private void update(SheetLine line, Person known, boolean held) {
        PersonDetails details = line.over(known);
        Person after;
        try {
            after = members.check(details, known.communeId());
        } catch (InvalidInputException e) {
            refuse(line, e);
            return;
        }
        if (after.citizenId() != null && !after.citizenId().equals(known.citizenId())
                && citizenIdsInUse.contains(after.citizenId())) {
            refuse(line, MemberColumn.CITIZEN_ID, "members.citizenId.taken", after.citizenId());
            return;
        }
        List<String> changed = known.differences(withVillage(after, known));
        Outcome outcome = changed.isEmpty() ? Outcome.UNCHANGED : held ? Outcome.HELD : Outcome.UPDATE;
        rows.add(new CheckedRow(line.row(), outcome, held ? after.fullName() : known.fullName(), known.id(),
                known.version(), outcome != Outcome.UNCHANGED ? details : null, null,
                changed.stream().map(f -> MemberColumn.ofField(f).map(MemberColumn::header).orElse(f))
                        .collect(Collectors.joining(", "))));
    }

    private static Person withVillage(Person p, Person known) {
        return new Person(known.id(), p.fullName(), p.sex(), p.birthDate(), p.birthYear(), p.ethnicity(), p.household(),
                p.householdYear(), p.hiCardNumber(), p.hiCardExpiry(), p.disability(), p.livesAlone(), p.phone(),
                p.citizenId(), known.villageId(), known.communeId(), known.version());
    }

    /** A new person's detail that the row leaves blank, or the sheet has no column for. */
    private static RowProblem missing(SheetLine line, MemberColumn column) {
        return new RowProblem(line.row(), header(line, column), line.cell(column), "exchange.cell.missing",
                List.of(header(line, column)));
    }

    private void refuse(SheetLine line, List<RowProblem> found) {
        problems.addAll(found);
        rows.add(new CheckedRow(line.row(), Outcome.REFUSED, line.fullName(), null, null, null, null, null));
    }

    private void refuse(SheetLine line, InvalidInputException e) {
        MemberColumn column = e.field() == null ? null : MemberColumn.ofField(e.field()).orElse(null);
        refuse(line, column, e.messageKey(), e.arguments());
    }

    private void refuse(SheetLine line, MemberColumn column, String key, Object... arguments) {
        boolean citizenId = column == MemberColumn.CITIZEN_ID;
        refuse(line, List.of(new RowProblem(line.row(), column == null ? null : header(line, column),
                column == null ? null : citizenId ? masked(line.cell(column)) : line.cell(column), key,
                Arrays.stream(arguments).map(String::valueOf).map(a -> citizenId ? masked(a) : a).toList())));
    }

    /** A citizen ID in a stored problem is masked, as a whole number is stored nowhere readable. */
    static String masked(String value) {
        return value != null && value.replaceAll("[\\s.]", "").matches("\\d{12}")
                ? CitizenIds.mask(value.replaceAll("[\\s.]", "")) : value;
    }

    private static String header(SheetLine line, MemberColumn column) {
        return line.headers().getOrDefault(column, column.header());
    }

    private static String key(String name, int year) {
        return VietnameseText.searchKey(name) + "|" + year;
    }
}
