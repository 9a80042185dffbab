package vn.ishc.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.ishc.shared.VietnameseText;

/**
 * A column of the members sheet: its Vietnamese header, the field of a person it fills, an example
 * value for the template, and the other names officers give it in their own books. A header is
 * recognised by any of these names, ignoring case, diacritics and a part in brackets, so "Ngay sinh",
 * "Năm sinh" and "NGÀY THÁNG NĂM SINH" all head the birth column.
 */
public enum MemberColumn {
    FULL_NAME("Họ và tên", "fullName", "Nguyễn Thị Lan", "Họ và tên đầy đủ, có dấu", "Họ tên", "Tên", "Họ và tên thành viên"),
    SEX("Giới tính", "sex", "Nữ", "Chọn Nam hoặc Nữ", "Giới"),
    BIRTH("Ngày sinh (ngày/tháng/năm hoặc năm)", "birth", "15/08/1952",
            "Ngày sinh dd/mm/yyyy, hoặc tháng mm/yyyy, hoặc chỉ năm yyyy", "Năm sinh", "Ngày tháng năm sinh"),
    ETHNICITY("Dân tộc", "ethnicity", "Kinh", "Chọn trong danh sách; bắt buộc với người mới"),
    HOUSEHOLD("Hoàn cảnh hộ", "household", "Cận nghèo", "Chọn Nghèo, Cận nghèo hoặc Khác"),
    HOUSEHOLD_YEAR("Năm danh sách hộ nghèo", "householdYear", "2024",
            "Năm yyyy của danh sách hộ nghèo, cận nghèo"),
    HI_CARD("Số thẻ BHYT", "hiCardNumber", "HT2010123456789", "2 chữ cái và 13 chữ số, hoặc 10 chữ số", "Thẻ BHYT", "Mã thẻ BHYT"),
    HI_CARD_EXPIRY("Hạn thẻ BHYT", "hiCardExpiry", "31/12/2026", "Ngày dd/mm/yyyy"),
    DISABILITY("Khuyết tật", "disability", "Không", "Chọn Có hoặc Không"),
    LIVES_ALONE("Sống một mình", "livesAlone", "Có", "Chọn Có hoặc Không"),
    PHONE("Điện thoại", "phone", "0912345678", "9 đến 12 chữ số, giữ số 0 đầu", "SĐT", "Số điện thoại"),
    CITIZEN_ID("Số CCCD", "citizenId", "001052012345", "12 chữ số; để trống nếu không có", "CMND/CCCD", "CCCD", "Số CMND", "Số định danh"),
    JOINED_ON("Ngày vào CLB", "joinedOn", "01/03/2024", "Ngày dd/mm/yyyy; bắt buộc với người mới", "Ngày vào hội", "Ngày tham gia"),
    /** The member's id as downloaded with the current members: the row is that member, whatever else it says. */
    ID("Mã thành viên (không sửa)", "id", "", "Để trống; chỉ có trong danh sách tải về");

    private final String header;
    private final String field;
    private final String example;
    private final String hint;
    /** The names that head this column, as keys: the header without its brackets, and the synonyms. */
    private final List<String> names;

    MemberColumn(String header, String field, String example, String hint, String... synonyms) {
        this.header = header;
        this.field = field;
        this.example = example;
        this.hint = hint;
        List<String> keys = new ArrayList<>();
        keys.add(key(header));
        Arrays.stream(synonyms).map(MemberColumn::key).forEach(keys::add);
        this.names = List.copyOf(keys);
    }

    public String header() {
        return header;
    }

    /** The name of the field of a person, as refusals name it. */
    public String field() {
        return field;
    }

    String example() {
        return example;
    }

    /** What the template's hint row says of the column's format. */
    String hint() {
        return hint;
    }

    /** The header as the template writes it: with a trailing " *" where a new member's row must fill it. */
    String templateHeader() {
        return required() || requiredToAdd() ? header + " *" : header;
    }

    /** Whether a row adding a person (not one updating a member) is refused without this column filled. */
    boolean requiredToAdd() {
        return this == ETHNICITY || this == JOINED_ON;
    }

    /** Whether the template types the column's cells as dates shown dd/mm/yyyy. */
    boolean isDate() {
        return this == HI_CARD_EXPIRY || this == JOINED_ON;
    }

    /**
     * Whether a sheet without this column is refused: only the name, sex and birth, which say who a row
     * is; any other column may be left out, and a row then says nothing of that field.
     */
    boolean required() {
        return this == FULL_NAME || this == SEX || this == BIRTH;
    }

    /** Whether Excel must keep the cells as typed text (a birth that may be a year, numbers with leading zeros). */
    boolean isText() {
        return this == BIRTH || this == HI_CARD || this == PHONE || this == CITIZEN_ID;
    }

    boolean heads(String cellText) {
        return names.contains(key(cellText));
    }

    /** A header as compared: without case, diacritics, a part in brackets or a trailing asterisk. */
    private static String key(String text) {
        return VietnameseText.searchKey(text).replaceFirst("\\s*\\(.*$", "").replaceFirst("\\s*\\*+$", "");
    }

    /** The column a field of a person is read from. */
    static Optional<MemberColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
