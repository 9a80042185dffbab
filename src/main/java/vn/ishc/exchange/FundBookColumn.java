package vn.ishc.exchange;

import java.util.List;
import java.util.stream.Stream;
import vn.ishc.shared.VietnameseText;

/**
 * The columns of the fund book sheet ("sổ quỹ"): one row per money movement of a club's fund. A header is
 * recognised whatever its case and diacritics, with or without the words in brackets, and by the other names
 * treasurers give it ("CLB", "Ngày", "Số tiền"…).
 */
enum FundBookColumn implements SheetColumn {
    CLUB("Câu lạc bộ (mã)", true, "Mã CLB", "Mã câu lạc bộ", "CLB", "Câu lạc bộ"),
    DATE("Ngày", true, "Ngày ghi", "Ngày thu chi"),
    FUND("Quỹ", true, "Tên quỹ"),
    KIND("Loại khoản ghi", true, "Loại", "Loại thu chi", "Thu chi"),
    AMOUNT("Số tiền (đồng)", true, "Số tiền", "Tiền"),
    NOTE("Nội dung", false, "Ghi chú", "Diễn giải", "Mục đích");

    private final String header;
    private final boolean required;
    private final List<String> keys;

    FundBookColumn(String header, boolean required, String... synonyms) {
        this.header = header;
        this.required = required;
        this.keys = Stream.concat(Stream.of(header), Stream.of(synonyms)).map(FundBookColumn::key).distinct().toList();
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

    /** A header without the words in brackets, the required mark, case or diacritics. */
    private static String key(String text) {
        String t = text == null ? "" : text.replaceAll("\\(.*?\\)", " ").replace("*", " ");
        return VietnameseText.searchKey(t).strip();
    }
}
