package vn.ishc.geography;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A village or residential group (thôn, bản, ấp, tổ dân phố), kept locally under the commune it was
 * created in. {@code currentCommuneId} is its commune on today's map, null while a person must choose
 * because the reform split its commune.
 */
public record Village(UUID id, long communeId, Long currentCommuneId, String name, LocalDate retiredOn,
                      int version) {

    public boolean awaitingPlacement() {
        return currentCommuneId == null;
    }

    public boolean active() {
        return retiredOn == null;
    }
}
