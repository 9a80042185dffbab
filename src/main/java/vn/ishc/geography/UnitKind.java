package vn.ishc.geography;

import java.util.Arrays;

/** What kind of administrative unit a unit is, with its Vietnamese prefix and English suffix. */
public enum UnitKind {
    CITY("Thành phố ", "City"),
    PROVINCE("Tỉnh ", "Province"),
    URBAN_DISTRICT("Quận ", "Urban District"),
    DISTRICT("Huyện ", "District"),
    TOWN("Thị xã ", "Town"),
    WARD("Phường ", "Ward"),
    COMMUNE("Xã ", "Commune"),
    TOWNSHIP("Thị trấn ", "Township"),
    SPECIAL_ZONE("Đặc khu ", "Special Zone");

    private final String prefix;
    private final String englishSuffix;

    UnitKind(String prefix, String englishSuffix) {
        this.prefix = prefix;
        this.englishSuffix = englishSuffix;
    }

    /** The kind named by a full name's prefix ("Huyện Mai Châu" is a district). */
    public static UnitKind fromFullName(String level, String fullName) {
        return Arrays.stream(values())
                .filter(k -> k.prefixes(fullName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind of " + level + ": " + fullName));
    }

    public static UnitKind fromCode(String code) {
        return valueOf(code.toUpperCase());
    }

    public String code() {
        return name().toLowerCase();
    }

    /** The name without its kind ("Huyện Mai Châu" is "Mai Châu"); sources differ in the prefix's capitals. */
    public String shortName(String fullName) {
        return prefixes(fullName) ? fullName.substring(prefix.length()) : fullName;
    }

    private boolean prefixes(String fullName) {
        return fullName.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    public String englishFullName(String englishName) {
        return englishName + " " + englishSuffix;
    }
}
