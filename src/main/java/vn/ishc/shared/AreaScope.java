package vn.ishc.shared;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The part of the country a user may see: the nation, a province or a commune on today's map (or,
 * later, one club). It is written as the path of a unit in force today: "" for the nation,
 * "25" for a province, "25.07681" for a commune. Every query of scoped data takes one.
 */
public record AreaScope(Level level, String path, UUID clubId) {

    private static final Pattern PATH = Pattern.compile("(\\d{2}(\\.\\d{5})?)?");

    /** How wide a scope is. */
    public enum Level { NATION, PROVINCE, COMMUNE, CLUB }

    public AreaScope {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(path, "path");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a scope path: " + path);
        }
    }

    public static AreaScope nation() {
        return new AreaScope(Level.NATION, "", null);
    }

    public static AreaScope province(String provinceCode) {
        return new AreaScope(Level.PROVINCE, provinceCode, null);
    }

    public static AreaScope commune(String provinceCode, String communeCode) {
        return new AreaScope(Level.COMMUNE, provinceCode + "." + communeCode, null);
    }

    /** One club, in the commune at that path (a club board member's or volunteer's area). */
    public static AreaScope club(String communePath, UUID clubId) {
        return new AreaScope(Level.CLUB, communePath, Objects.requireNonNull(clubId, "clubId"));
    }

    /** The scope written as a path: "" is the nation, "25" a province, "25.04795" a commune. */
    public static AreaScope ofPath(String path) {
        if (path.isEmpty()) {
            return nation();
        }
        int dot = path.indexOf('.');
        return dot < 0 ? province(path) : commune(path.substring(0, dot), path.substring(dot + 1));
    }

    public boolean isNation() {
        return level == Level.NATION;
    }

    /** Refuses a scope narrower than the nation: for reads that only the system's own pipelines make (reporting). */
    public void requireNation() {
        if (!isNation()) {
            throw new IllegalArgumentException("Read for the nation only, not for " + level + " " + path);
        }
    }

    /** Whether a place at this path on today's map (a province or commune path) lies in the scope. */
    public boolean covers(String nowPath) {
        return isNation() || nowPath.equals(path) || nowPath.startsWith(path + ".");
    }

    /** Whether this scope lies within a place at that path (the place is the scope or an ancestor). */
    public boolean isWithin(String nowPath) {
        return nowPath.isEmpty() || path.equals(nowPath) || path.startsWith(nowPath + ".");
    }

    /** The province code of the scope, or null for the nation. */
    public String provinceCode() {
        return isNation() ? null : path.substring(0, 2);
    }
}
