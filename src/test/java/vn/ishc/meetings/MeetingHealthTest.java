package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

@SpringBootTest
class MeetingHealthTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    HealthRecords health;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;

    @Test
    void aHomeVisitReadingKeepsItsOriginAndSendingItAgainCorrectsIt() {
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 3, 1), 1);
        UUID person = c.people().get(0);
        UUID visit = UUID.randomUUID();
        health.record(new NewReading(null, person, c.club().id(), LocalDate.of(2024, 4, 2), ReadingOrigin.HOME_VISIT, visit,
                new ReadingValues(150, 92, 80, new BigDecimal("50.0"), null)), "tnv", NATION);
        Reading corrected = health.record(new NewReading(null, person, c.club().id(), LocalDate.of(2024, 4, 2),
                ReadingOrigin.HOME_VISIT, visit, new ReadingValues(145, 92, 80, new BigDecimal("50.0"), null)), "tnv", NATION);

        HealthRecord record = health.of(person, NATION);
        assertThat(record.readings()).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo(ReadingOrigin.HOME_VISIT);
            assertThat(r.originId()).isEqualTo(visit);
            assertThat(r.values().systolic()).isEqualTo(145);
            assertThat(r.version()).isEqualTo(2);
        });
        assertThat(corrected.level()).isEqualTo(PressureLevel.HIGH);
    }

    @Test
    void theHeightGivesTheBmiAndCheckupsAndReferralsAreKept() {
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 3, 1), 1);
        UUID person = c.people().get(0);
        health.record(new NewReading(null, person, c.club().id(), LocalDate.of(2024, 5, 2), ReadingOrigin.CAMPAIGN,
                UUID.randomUUID(), new ReadingValues(null, null, null, new BigDecimal("52.0"), null)), "t", NATION);

        assertThatThrownBy(() -> health.setProfile(person, 230, null, "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "heightCm");
        health.setProfile(person, 155, Hypertension.UNDER_TREATMENT, "t", NATION);
        health.addCheckup(person, LocalDate.of(2024, 6, 1), "Trạm y tế xã", "Huyết áp ổn định", "t", NATION);
        Referral r = health.addReferral(person, LocalDate.of(2024, 6, 2), ReferralDestination.HOSPITAL, "Đau ngực", null,
                null, "t", NATION);
        health.recordOutcome(r.id(), "Đã khám, điều trị ngoại trú", "t", NATION);

        HealthRecord record = health.of(person, NATION);
        assertThat(record.bmi()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("21.6"));
        assertThat(record.profile().hypertension()).isEqualTo(Hypertension.UNDER_TREATMENT);
        assertThat(record.checkups()).extracting(Checkup::place).containsExactly("Trạm y tế xã");
        assertThat(record.referrals()).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo("Đã khám, điều trị ngoại trú"));
    }

    @Test
    void whenTwoRecordsOfAPersonAreMergedTheHealthRecordFollowsThePersonKept() {
        ClubWithMembers first = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 3, 1), 1);
        ClubWithMembers second = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 3, 1), 1);
        UUID kept = first.people().get(0);
        UUID duplicate = second.people().get(0);
        health.record(new NewReading(null, duplicate, second.club().id(), LocalDate.of(2024, 4, 2), ReadingOrigin.CAMPAIGN,
                UUID.randomUUID(), new ReadingValues(132, 84, null, null, null)), "t", NATION);
        health.setProfile(duplicate, 150, Hypertension.KNOWN, "t", NATION);

        members.merge(kept, duplicate, "t", NATION);

        HealthRecord record = health.of(kept, NATION);
        assertThat(record.readings()).extracting(r -> r.values().systolic()).containsExactly(132);
        assertThat(record.profile().heightCm()).isEqualTo(150);
    }

    @Test
    void aReadingOutsideTheCallersAreaIsRefused() {
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 3, 1), 1);
        assertThatThrownBy(() -> health.of(c.people().get(0), AreaScope.province("25")))
                .isInstanceOf(vn.ishc.shared.OutOfScopeException.class);
    }
}
