package vn.ishc.programme;

/**
 * The level of the association that organises a course or gives a commendation, read from its area
 * path: the central association for the nation (""), a provincial association ("20"), a commune's ("20.06058").
 */
public enum AreaLevel {
    NATIONAL, PROVINCIAL, COMMUNE;

    public static AreaLevel of(String areaPath) {
        return areaPath.isEmpty() ? NATIONAL : areaPath.contains(".") ? COMMUNE : PROVINCIAL;
    }
}
