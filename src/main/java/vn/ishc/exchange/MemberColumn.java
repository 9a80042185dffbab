package vn.ishc.exchange;

import java.util.Arrays;
import java.util.Optional;
import vn.ishc.shared.VietnameseText;

/**
 * A column of the members sheet: its Vietnamese header, the field of a person it fills, and an
 * example value for the template. A header is recognised ignoring case, diacritics and the part in
 * brackets, so "Ngay sinh" heads the birth column too.
 */
public enum MemberColumn {
    FULL_NAME("Họ và tên", "fullName", "Nguyễn Thị Lan"),
    SEX("Giới tính", "sex", "Nữ"),
    BIRTH("Ngày sinh (ngày/tháng/năm hoặc năm)", "birth", "15/08/1952"),
    ETHNICITY("Dân tộc", "ethnicity", "Kinh"),
    HOUSEHOLD("Hoàn cảnh hộ", "household", "Cận nghèo"),
    HOUSEHOLD_YEAR("Năm danh sách hộ nghèo", "householdYear", "2024"),
    HI_CARD("Số thẻ BHYT", "hiCardNumber", "HT2010123456789"),
    HI_CARD_EXPIRY("Hạn thẻ BHYT", "hiCardExpiry", "31/12/2026"),
    DISABILITY("Khuyết tật", "disability", "Không"),
    LIVES_ALONE("Sống một mình", "livesAlone", "Có"),
    PHONE("Điện thoại", "phone", "0912345678"),
    CITIZEN_ID("Số CCCD", "citizenId", "001052012345"),
    JOINED_ON("Ngày vào CLB", "joinedOn", "01/03/2024"),
    /** The member's id as downloaded with the current members: the row is that member, whatever else it says. */
    ID("Mã thành viên (không sửa)", "id", "");

    private final String header;
    private final String field;
    private final String example;

    MemberColumn(String header, String field, String example) {
        this.header = header;
        this.field = field;
        this.example = example;
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

    /** Whether a sheet without this column is refused; the member's id is only in a downloaded list. */
    boolean required() {
        return this != ID;
    }

    /** Whether Excel must keep the cells as typed text (dates, numbers with leading zeros). */
    boolean isText() {
        return this == BIRTH || this == HI_CARD || this == HI_CARD_EXPIRY || this == PHONE || this == CITIZEN_ID
                || this == JOINED_ON;
    }

    boolean heads(String cellText) {
        String key = VietnameseText.searchKey(cellText);
        String shortKey = VietnameseText.searchKey(header.replaceFirst("\\s*\\(.*$", ""));
        return key.equals(VietnameseText.searchKey(header)) || key.equals(shortKey) || key.startsWith(shortKey + " (");
    }

    /** The column a field of a person is read from. */
    static Optional<MemberColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
