package vn.ishc.exchange;

import java.util.List;
import vn.ishc.shared.VietnameseText;

/**
 * The columns of the monthly meeting book sheet ("sổ sinh hoạt"): one row per member per meeting. A
 * header is recognised whatever its case and diacritics, with or without the words in brackets, and by
 * the other names officers give it ("CLB", "Ngày", "Tâm thu"…). The name and birth year are beside the
 * member's id for reading only: rows are matched on the id.
 */
enum MeetingBookColumn implements SheetColumn {
    CLUB("Câu lạc bộ (mã)", true, "Mã CLB", "Mã câu lạc bộ", "CLB", "Câu lạc bộ"),
    HELD_ON("Ngày sinh hoạt", true, "Ngày", "Ngày họp"),
    MEMBER_ID("Mã thành viên (không sửa)", true, "Mã thành viên", "Mã TV", "ID"),
    FULL_NAME("Họ và tên", false, "Họ tên", "Tên"),
    BIRTH_YEAR("Năm sinh", false),
    PRESENT("Có mặt", true, "Tham dự", "Dự"),
    SYSTOLIC("Huyết áp tâm thu", false, "Tâm thu", "HA tâm thu"),
    DIASTOLIC("Huyết áp tâm trương", false, "Tâm trương", "HA tâm trương"),
    PULSE("Mạch", false, "Nhịp tim"),
    WEIGHT("Cân nặng (kg)", false, "Cân nặng"),
    REFERRED("Đã giới thiệu lên tuyến trên", false, "Chuyển tuyến");

    private final String header;
    private final boolean required;
    private final List<String> keys;

    MeetingBookColumn(String header, boolean required, String... synonyms) {
        this.header = header;
        this.required = required;
        this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(header), java.util.stream.Stream.of(synonyms))
                .map(MeetingBookColumn::key).distinct().toList();
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** Whether a header cell names this column. */
    public boolean heads(String cellText) {
        String key = key(cellText);
        return !key.isEmpty() && keys.contains(key);
    }

    /** A header without the words in brackets, without case or diacritics. */
    private static String key(String text) {
        String t = text == null ? "" : text.replaceAll("\\(.*?\\)", " ").replace("*", " ");
        return VietnameseText.searchKey(t).strip();
    }
}
