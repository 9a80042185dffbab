package vn.ishc.reporting.web;

import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ishc.reporting.Boundaries;

/** What a dashboard link asks for: an area or a club, a period, a map, the indicator on the map and chart, a sort. */
record DashboardQuery(String area, UUID club, String period, Boundaries boundaries, String indicator, String sort) {

    DashboardQuery withArea(String path) {
        return new DashboardQuery(path, null, period, boundaries, indicator, null);
    }

    DashboardQuery withClub(UUID id) {
        return new DashboardQuery(null, id, period, boundaries, indicator, null);
    }

    DashboardQuery withPeriod(String code) {
        return new DashboardQuery(area, club, code, boundaries, indicator, sort);
    }

    DashboardQuery withBoundaries(Boundaries b) {
        return new DashboardQuery(area, club, period, b, indicator, sort);
    }

    DashboardQuery withSort(String key) {
        return new DashboardQuery(area, club, period, boundaries, indicator, key);
    }

    /** The dashboard's address for this query. */
    String href() {
        return build("/dashboard");
    }

    /** An export's address in the API for the same area, period and map. */
    String export(String path, String extra) {
        return build(path) + (extra == null ? "" : "&" + extra);
    }

    private String build(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (club != null) {
            b.queryParam("club", club);
        } else if (area != null) {
            b.queryParam("area", area);
        }
        b.queryParam("period", period);
        if (boundaries != null) {
            b.queryParam("boundaries", boundaries.name());
        }
        if (indicator != null && path.equals("/dashboard")) {
            b.queryParam("indicator", indicator);
        }
        if (sort != null && path.equals("/dashboard")) {
            b.queryParam("sort", sort);
        }
        return b.encode().build().toUriString();
    }
}
