package vn.ishc.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.ishc.funds.Entry;
import vn.ishc.shared.VietnameseText;

/**
 * What a row of the fund book records, by the names the funds pages give them: money coming in ("Thu"),
 * from one of the sources the funds module knows, or money paid out ("Chi"). A treasurer may also write the
 * source alone ("Nhà nước") or the usual words for it ("Hội phí").
 */
public enum FundBookKind {
    MEMBERS("Thu - Thành viên đóng góp", Entry.Source.MEMBERS, "Thành viên đóng góp", "Đóng góp", "Hội phí",
            "Thu hội phí", "Thu đóng góp"),
    STATE("Thu - Nhà nước", Entry.Source.STATE, "Nhà nước", "Ngân sách"),
    ASSOCIATION("Thu - Hội NCT", Entry.Source.ASSOCIATION, "Hội NCT", "Hội người cao tuổi"),
    PROJECT("Thu - Dự án", Entry.Source.PROJECT, "Dự án", "Tài trợ dự án"),
    COMMUNITY("Thu - Cộng đồng", Entry.Source.COMMUNITY, "Cộng đồng"),
    BUSINESS("Thu - Doanh nghiệp", Entry.Source.BUSINESS, "Doanh nghiệp"),
    OTHER("Thu - Khác", Entry.Source.OTHER, "Thu khác"),
    EXPENSE("Chi", null, "Chi tiêu", "Khoản chi");

    private final String label;
    private final Entry.Source source;
    private final List<String> keys;

    FundBookKind(String label, Entry.Source source, String... synonyms) {
        this.label = label;
        this.source = source;
        this.keys = Stream.concat(Stream.of(label), Stream.of(synonyms)).map(FundBookKind::key).distinct().toList();
    }

    /** The name in the sheet's drop-down. */
    public String label() {
        return label;
    }

    /** Where money coming in came from; null for money paid out. */
    public Entry.Source source() {
        return source;
    }

    public boolean isExpense() {
        return this == EXPENSE;
    }

    /** The drop-down's names, in its order. */
    static List<String> labels() {
        return Arrays.stream(values()).map(FundBookKind::label).toList();
    }

    /** The kind a cell names, if it names one. */
    static Optional<FundBookKind> of(String text) {
        String key = key(text);
        return Arrays.stream(values()).filter(k -> k.keys.contains(key)).findFirst();
    }

    /** The kind an entry of the ledger is, if it is one the fund book records. */
    static Optional<FundBookKind> of(Entry entry) {
        if (entry.kind() == Entry.Kind.EXPENSE) {
            return Optional.of(EXPENSE);
        }
        if (entry.kind() != Entry.Kind.CONTRIBUTION) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.source == entry.source()).findFirst();
    }

    private static String key(String text) {
        return VietnameseText.searchKey(text == null ? "" : text.replaceAll("[-–:()]", " ")).replaceAll("\\s+", " ")
                .strip();
    }
}
