package vn.ishc.exchange;

import java.util.List;
import java.util.stream.Stream;
import vn.ishc.clubs.BoardRole;
import vn.ishc.shared.VietnameseText;

/**
 * The columns of the sheet of a commune's clubs: one row per club. A header is recognised whatever its
 * case and diacritics, with or without the words in brackets or the * of a required column, and by the
 * other names officers give it ("Mã CLB", "Thôn", "Số QĐ"…). The board columns name the members who hold
 * each position (a member id or a name), several separated by ";".
 */
enum ClubSheetColumn implements SheetColumn {
    CODE("Mã câu lạc bộ", true, null, "Mã CLB", "Mã", "Mã định danh"),
    NAME("Tên câu lạc bộ", true, null, "Tên CLB", "Câu lạc bộ", "CLB", "Tên"),
    VILLAGE("Thôn, xóm", true, null, "Thôn", "Xóm", "Thôn/xóm", "Thôn xóm", "Ấp", "Bản", "Tổ dân phố"),
    DECISION_NUMBER("Số quyết định thành lập", true, null, "Số quyết định", "Số QĐ", "Số QĐ thành lập", "Quyết định"),
    DECISION_DATE("Ngày quyết định", true, null, "Ngày QĐ", "Ngày ký quyết định", "Ngày ký"),
    FOUNDED_ON("Ngày thành lập", false, null, "Ngày bắt đầu hoạt động"),
    MEETING_DAY("Ngày sinh hoạt hằng tháng", true, null, "Ngày sinh hoạt", "Ngày sinh hoạt cố định", "Ngày họp"),
    CHAIR("Chủ nhiệm", false, BoardRole.CHAIR, "Chủ nhiệm CLB", "Chủ nhiệm câu lạc bộ"),
    VICE_CHAIR("Phó chủ nhiệm", false, BoardRole.VICE_CHAIR, "Phó chủ nhiệm CLB"),
    TREASURER("Thủ quỹ", false, BoardRole.FINANCE, "Phụ trách tài chính", "Kế toán");

    /** The board columns, in the order of the sheet. */
    static final List<ClubSheetColumn> BOARD = List.of(CHAIR, VICE_CHAIR, TREASURER);

    private final String header;
    private final boolean required;
    private final BoardRole role;
    private final List<String> keys;

    ClubSheetColumn(String header, boolean required, BoardRole role, String... synonyms) {
        this.header = header;
        this.required = required;
        this.role = role;
        this.keys = Stream.concat(Stream.of(header), Stream.of(synonyms)).map(ClubSheetColumn::key).distinct().toList();
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The board position a board column names; null for the other columns. */
    BoardRole role() {
        return role;
    }

    /** Whether a header cell names this column. */
    public boolean heads(String cellText) {
        String key = key(cellText);
        return !key.isEmpty() && keys.contains(key);
    }

    /** A header without the words in brackets, the required mark, case or diacritics. */
    private static String key(String text) {
        String t = text == null ? "" : text.replaceAll("\\(.*?\\)", " ").replace("*", " ");
        return VietnameseText.searchKey(t).strip().replaceAll("\\s+", " ");
    }
}
