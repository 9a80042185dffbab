package vn.ishc.reporting;

import java.time.YearMonth;

/** Reading one family's figures back in its tests: a club's figures of a period by indicator. */
final class FamilyFacts {

    private FamilyFacts() {
    }

    static long value(ClubFacts facts, Period p, Indicator indicator, String dims) {
        return facts.facts().values().getOrDefault(FactKey.of(p, indicator.name(), dims), 0L);
    }

    static long value(ClubFacts facts, YearMonth month, Indicator indicator, String dims) {
        return value(facts, Period.month(month), indicator, dims);
    }
}
