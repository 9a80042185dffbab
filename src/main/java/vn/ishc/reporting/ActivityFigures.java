package vn.ishc.reporting;

import static vn.ishc.reporting.ClubFacts.within;
import static vn.ishc.reporting.Indicator.ACTIVITIES;
import static vn.ishc.reporting.Indicator.CLUBS_ALL_AREAS;
import static vn.ishc.reporting.Indicator.CLUBS_ART_TEAM;
import static vn.ishc.reporting.Indicator.COMMUNITY_ACTIVITIES;
import static vn.ishc.reporting.Indicator.DIALOGUES;
import static vn.ishc.reporting.Indicator.IN_KIND_MOBILISED;
import static vn.ishc.reporting.Indicator.PEOPLE_HELPED;
import static vn.ishc.reporting.Indicator.SELF_HELP_RECORDS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import vn.ishc.activities.ActivityFacts;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.NewActivity;

/**
 * The activities in the eight areas: those of the month by area and kind, resources received in kind by
 * source, whether the club has all eight areas and an art team, and over a period the people it helped.
 */
final class ActivityFigures {

    private static final String[] AREAS = {"INCOME", "HEALTH", "HOMECARE", "SELFHELP", "RIGHTS", "LEARNING", "CULTURE",
            "RESOURCES"};

    private final ClubFacts f;
    private final ClubRecords r;

    ActivityFigures(ClubFacts facts) {
        this.f = facts;
        this.r = facts.records();
    }

    /** The activities from {@code s} to {@code e}. */
    void flows(YearMonth month, LocalDate s, LocalDate e) {
        for (ActivityFacts.Done a : r.activities()) {
            if (!within(a.on(), s, e)) {
                continue;
            }
            f.add(month, ACTIVITIES, "", 1);
            f.add(month, ACTIVITIES, "AREA=" + AREAS[a.kind().area() - 1], 1);
            switch (a.kind()) {
                case SELF_HELP -> f.add(month, SELF_HELP_RECORDS, "", 1);
                case COMMUNITY -> f.add(month, COMMUNITY_ACTIVITIES, "", 1);
                case DIALOGUE -> f.add(month, DIALOGUES, "", 1);
                case RESOURCE -> {
                    if (a.resourceForm() == NewActivity.ResourceForm.IN_KIND && a.valueDong() != null) {
                        f.add(month, IN_KIND_MOBILISED, "", a.valueDong());
                        f.add(month, IN_KIND_MOBILISED, "SOURCE=" + source(a.sourceType()), a.valueDong());
                    }
                }
                default -> { }
            }
        }
    }

    /** Whether an active club has all eight areas, and an art team, on the month's last day. */
    void active(YearMonth month, LocalDate e) {
        f.add(month, CLUBS_ALL_AREAS, "", allAreas(e) ? 1 : 0);
        f.add(month, CLUBS_ART_TEAM, "", r.artTeamSince() != null && !r.artTeamSince().isAfter(e) ? 1 : 0);
    }

    /**
     * The people in hardship the club helped within the period, each once however often they were helped
     * (counted as the help was, whether or not the club is active at the period's end). All are named, so that
     * an area counts once someone two of its clubs helped, and a range of months someone helped in several.
     */
    void period(Period p, LocalDate s, LocalDate e) {
        Set<UUID> people = new HashSet<>();
        long unknown = 0;
        for (ActivityFacts.Done a : r.activities()) {
            if (a.kind() == ActivityKind.SELF_HELP && within(a.on(), s, e)) {
                if (a.personId() == null) {
                    unknown++;
                } else {
                    people.add(a.personId());
                }
            }
        }
        f.put(p, PEOPLE_HELPED, "", people.size() + unknown);
        f.name(p, PEOPLE_HELPED, people);
    }

    /**
     * At least one record in each of the eight areas in the twelve months to the day: a loan paid out
     * or mentoring (income), a reading (health), a home visit, and the activities of the other areas;
     * a meeting's learning topic counts for learning.
     */
    private boolean allAreas(LocalDate e) {
        LocalDate s = e.minusMonths(12).plusDays(1);
        Set<Integer> areas = new HashSet<>();
        r.activities().stream().filter(a -> within(a.on(), s, e)).forEach(a -> areas.add(a.kind().area()));
        if (r.loans().stream().anyMatch(l -> within(l.disbursedOn(), s, e))) {
            areas.add(1);
        }
        if (r.readings().stream().anyMatch(t -> within(t.takenOn(), s, e))) {
            areas.add(2);
        }
        if (r.visits().stream().anyMatch(v -> within(v.on(), s, e))) {
            areas.add(3);
        }
        if (r.meetings().stream().anyMatch(h -> h.learningTopic() && within(h.heldOn(), s, e))) {
            areas.add(6);
        }
        if (r.claims().stream().anyMatch(c -> within(c.appliedOn(), s, e))) {
            areas.add(5);
        }
        return areas.size() == 8;
    }

    static String source(NewActivity.SourceType type) {
        if (type == null) {
            return "OTHER";
        }
        return switch (type) {
            case GOVERNMENT -> "STATE";
            case ASSOCIATION -> "ASSOCIATION";
            case PROJECT -> "PROJECT";
            case BUSINESS -> "BUSINESS";
            case COMMUNITY -> "COMMUNITY";
            case OTHER -> "OTHER";
        };
    }
}
