package vn.ishc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ishc.geography.AdminUnits;

/**
 * Where a club's figures are counted: on the map before 1 July 2025, its founding commune
 * ({@code oldPath} "20.178.06058"; null for a club founded after), on today's map the commune of its
 * village ({@code nowPath} "20.06058"; null while an officer has still to choose it for a split commune,
 * when only {@code nowProvince} is known, if all candidates are in one province).
 */
record ClubPlace(UUID clubId, String code, String name, LocalDate foundedOn, UUID villageId, String oldPath,
                 String nowPath, String nowProvince, List<UUID> projects) {

    /** The provinces its figures go to, on either map and for any period. */
    java.util.Set<String> provinces() {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (oldPath != null) {
            out.add(oldProvince(oldPath));
        }
        if (nowProvince != null) {
            out.add(nowProvince);
        }
        return out;
    }

    /**
     * The nation ("") and the province its figures for a period ending that day go to, on either map; on
     * today's map (restated) its commune too, whose sums give a province's table of communes.
     */
    List<String> areas(Boundaries boundaries, LocalDate periodEnd) {
        return areas(boundaries, periodEnd, oldPath, nowPath, nowProvince);
    }

    /** As {@link #areas(Boundaries, LocalDate)}, for a club of these places. */
    static List<String> areas(Boundaries boundaries, LocalDate periodEnd, String oldPath, String nowPath,
                              String nowProvince) {
        List<String> out = new ArrayList<>(3);
        out.add("");
        String province = boundaries == Boundaries.AS_WAS && periodEnd.isBefore(AdminUnits.REFORM_DATE)
                ? (oldPath == null ? null : oldProvince(oldPath))
                : nowProvince;
        if (province != null) {
            out.add(province);
        }
        if (boundaries == Boundaries.RESTATED && nowPath != null) {
            out.add(nowPath);
        }
        return out;
    }

    private static String oldProvince(String oldPath) {
        return oldPath.substring(0, oldPath.indexOf('.'));
    }
}
