package vn.ishc.members;

/**
 * How a citizen ID (số CCCD) is shown to those who do not need the whole number: the province code and
 * the last four digits, the rest hidden ({@code 001****1234}).
 */
public final class CitizenIds {

    private CitizenIds() {
    }

    /** The number masked; null stays null. */
    public static String mask(String citizenId) {
        if (citizenId == null) {
            return null;
        }
        if (citizenId.length() < 8) {
            return "****";
        }
        return citizenId.substring(0, 3) + "****" + citizenId.substring(citizenId.length() - 4);
    }

    /** Whether the value is the masked form of the number, as sent back unchanged from a masked form. */
    public static boolean isMaskOf(String value, String citizenId) {
        return value != null && citizenId != null && value.strip().equals(mask(citizenId));
    }
}
