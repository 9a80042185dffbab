package vn.ishc.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.members.CitizenIds;
import vn.ishc.members.Person;
import vn.ishc.members.PersonDetails;

/**
 * One row of a members sheet as read: the text of each cell, the values understood from it (null
 * where the cell is blank; the member's id where the sheet is a downloaded list), and the problems found
 * in reading it.
 */
record SheetLine(int row, Map<MemberColumn, String> cells, Map<MemberColumn, String> headers, String fullName, String sex, String birth,
                 String ethnicity, String household, Integer householdYear, String hiCardNumber,
                 LocalDate hiCardExpiry, Boolean disability, Boolean livesAlone, String phone, String citizenId,
                 LocalDate joinedOn, UUID memberId, List<RowProblem> problems) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    String cell(MemberColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** The details of a new person: a blank cell means no (or not known). */
    PersonDetails details(UUID villageId) {
        return details(villageId, ethnicity);
    }

    /**
     * The details of a new person with {@code ethnicity} where the row gives none: to check the rest of a
     * row before it is known whether it is someone already recorded, whose own ethnicity it then keeps.
     */
    PersonDetails details(UUID villageId, String ethnicityIfNone) {
        return new PersonDetails(fullName, sex, birth, ethnicity != null ? ethnicity : ethnicityIfNone, household,
                householdYear, hiCardNumber, hiCardExpiry, Boolean.TRUE.equals(disability), Boolean.TRUE.equals(livesAlone),
                phone, citizenId, villageId);
    }

    /**
     * The details of a known person after this row: a blank cell keeps what is recorded, and a birth
     * given only as a year (or month) keeps a recorded full date of that year.
     */
    PersonDetails over(Person p) {
        String b = birth;
        if (b == null || p.birthDate() != null && b.length() < 10 && b.endsWith(String.valueOf(p.birthYear()))) {
            b = p.birthDate() != null ? p.birthDate().format(DAY) : String.valueOf(p.birthYear());
        }
        return new PersonDetails(fullName, or(sex, p.sex().name()), b, or(ethnicity, p.ethnicity()),
                or(household, p.household().name()), householdYear != null ? householdYear : p.householdYear(),
                or(hiCardNumber, p.hiCardNumber()), hiCardExpiry != null ? hiCardExpiry : p.hiCardExpiry(),
                disability != null ? disability : p.disability(), livesAlone != null ? livesAlone : p.livesAlone(),
                or(phone, p.phone()), or(citizenId, p.citizenId()), null);
    }

    private static String or(String value, String recorded) {
        return value != null ? value : recorded;
    }

    /** The same row with another citizen ID: the member's own number where the row holds it masked. */
    SheetLine withCitizenId(String value) {
        return new SheetLine(row, cells, headers, fullName, sex, birth, ethnicity, household, householdYear, hiCardNumber,
                hiCardExpiry, disability, livesAlone, phone, value, joinedOn, memberId, problems);
    }

    static Map<MemberColumn, String> emptyCells() {
        return new EnumMap<>(MemberColumn.class);
    }

    /**
     * As a record prints itself, with the citizen ID masked, as read and in its cell: a row in a log line shows no
     * whole number.
     */
    @Override
    public String toString() {
        Map<MemberColumn, String> shown = new EnumMap<>(MemberColumn.class);
        cells.forEach((column, text) -> shown.put(column, column == MemberColumn.CITIZEN_ID && text != null
                && !text.isBlank() ? CitizenIds.mask(text.replaceAll("[\\s.]", "")) : text));
        return "SheetLine[row=" + row + ", cells=" + shown + ", headers=" + headers + ", fullName=" + fullName
                + ", sex=" + sex + ", birth=" + birth + ", ethnicity=" + ethnicity + ", household=" + household
                + ", householdYear=" + householdYear + ", hiCardNumber=" + hiCardNumber + ", hiCardExpiry=" + hiCardExpiry
                + ", disability=" + disability + ", livesAlone=" + livesAlone + ", phone=" + phone
                + ", citizenId=" + CitizenIds.mask(citizenId) + ", joinedOn=" + joinedOn + ", memberId=" + memberId + ", problems=" + problems + "]";
    }
}
