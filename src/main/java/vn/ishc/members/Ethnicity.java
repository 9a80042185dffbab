package vn.ishc.members;

import java.util.List;
import java.util.Optional;
import vn.ishc.shared.VietnameseText;

/** The 54 ethnic groups recognised in Vietnam, with the General Statistics Office's codes 01–54. */
public record Ethnicity(String code, String name) {

    public static final List<Ethnicity> ALL = List.of(
            e("01", "Kinh"), e("02", "Tày"), e("03", "Thái"), e("04", "Hoa"), e("05", "Khơ-me"), e("06", "Mường"),
            e("07", "Nùng"), e("08", "Hmông"), e("09", "Dao"), e("10", "Gia-rai"), e("11", "Ngái"), e("12", "Ê-đê"),
            e("13", "Ba-na"), e("14", "Xơ-đăng"), e("15", "Sán Chay"), e("16", "Cơ-ho"), e("17", "Chăm"),
            e("18", "Sán Dìu"), e("19", "Hrê"), e("20", "Mnông"), e("21", "Ra-glai"), e("22", "Xtiêng"),
            e("23", "Bru-Vân Kiều"), e("24", "Thổ"), e("25", "Giáy"), e("26", "Cơ-tu"), e("27", "Gié-Triêng"),
            e("28", "Mạ"), e("29", "Khơ-mú"), e("30", "Co"), e("31", "Ta-ôi"), e("32", "Chơ-ro"), e("33", "Kháng"),
            e("34", "Xinh-mun"), e("35", "Hà Nhì"), e("36", "Chu-ru"), e("37", "Lào"), e("38", "La Chí"),
            e("39", "La Ha"), e("40", "Phù Lá"), e("41", "La Hủ"), e("42", "Lự"), e("43", "Lô Lô"), e("44", "Chứt"),
            e("45", "Mảng"), e("46", "Pà Thẻn"), e("47", "Cơ Lao"), e("48", "Cống"), e("49", "Bố Y"), e("50", "Si La"),
            e("51", "Pu Péo"), e("52", "Brâu"), e("53", "Ơ-đu"), e("54", "Rơ-măm"));

    private static Ethnicity e(String code, String name) {
        return new Ethnicity(code, name);
    }

    /** By code ("02") or by name in any spelling of case, diacritics and hyphens ("tay", "Tày"). */
    public static Optional<Ethnicity> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        String typed = VietnameseText.searchKey(t).replace("-", " ").replace("'", "");
        // Other names in common use: Mông and H'Mông for Hmông, Việt for Kinh.
        String key = switch (typed) {
            case "mong", "h mong" -> "hmong";
            case "viet" -> "kinh";
            default -> typed;
        };
        return ALL.stream().filter(e -> e.code.equals(t)
                || VietnameseText.searchKey(e.name).replace("-", " ").equals(key)).findFirst();
    }

    public static Optional<Ethnicity> ofCode(String code) {
        return ALL.stream().filter(e -> e.code.equals(code)).findFirst();
    }
}
