package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;
import static vn.ishc.reporting.FamilyFacts.value;
import static vn.ishc.reporting.Indicator.ACTIVITIES;
import static vn.ishc.reporting.Indicator.IN_KIND_MOBILISED;
import static vn.ishc.reporting.Indicator.PEOPLE_HELPED;
import static vn.ishc.reporting.Indicator.SELF_HELP_RECORDS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.NewActivity;

class ActivityFiguresTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);
    static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

    @Test
    void activitiesCountByAreaAndResourcesInKindByTheirDeclaredValueAndSource() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        club.activity(ActivityKind.SELF_HELP, LocalDate.of(2024, 5, 2)).activity(ActivityKind.COMMUNITY, LocalDate.of(2024, 5, 3))
                .resource(LocalDate.of(2024, 5, 4), NewActivity.ResourceForm.IN_KIND, NewActivity.SourceType.GOVERNMENT, 300_000)
                .activity(ActivityKind.COMMUNITY, LocalDate.of(2024, 6, 1));
        ClubFacts facts = new ClubFacts(club.build(), END_OF_2024);
        YearMonth may = YearMonth.of(2024, 5);

        new ActivityFigures(facts).flows(may, may.atDay(1), may.atEndOfMonth());

        assertThat(value(facts, may, ACTIVITIES, "")).isEqualTo(3);
        // Self-help and community work are both of the self-help area.
        assertThat(value(facts, may, ACTIVITIES, "AREA=SELFHELP")).isEqualTo(2);
        assertThat(value(facts, may, SELF_HELP_RECORDS, "")).isEqualTo(1);
        assertThat(value(facts, may, IN_KIND_MOBILISED, "SOURCE=STATE")).isEqualTo(300_000);
        assertThat(ActivityFigures.source(null)).isEqualTo("OTHER");
    }

    @Test
    void thePeopleHelpedInAPeriodCountOnceEachAndAreNamedForTheAreaToCountThemOnce() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        club.helped(hoa, LocalDate.of(2024, 4, 3)).helped(hoa, LocalDate.of(2024, 5, 8))
                .helped(neighbour, LocalDate.of(2024, 5, 9)).helped(neighbour, LocalDate.of(2024, 7, 1));
        ClubFacts facts = new ClubFacts(club.build(), END_OF_2024);
        Period q2 = Period.quarter(2024, 2);

        new ActivityFigures(facts).period(q2, q2.start(), q2.end());

        assertThat(value(facts, q2, PEOPLE_HELPED, "")).isEqualTo(2);
        assertThat(facts.facts().sharedPeople().get(FactKey.of(q2, PEOPLE_HELPED.name(), "")))
                .containsExactlyInAnyOrder(hoa, neighbour);
    }
}
