package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Consent;
import vn.ishc.members.ConsentWithdrawal;
import vn.ishc.members.Consents;
import vn.ishc.members.Members;
import vn.ishc.members.NewConsent;
import vn.ishc.shared.AreaScope;

/** A member who withdrew their consent to health monitoring has no new reading taken, at a meeting or a visit. */
@SpringBootTest
class HealthConsentTest {

    static final AreaScope NATION = AreaScope.nation();
    static final ReadingValues PRESSURE = new ReadingValues(150, 92, 80, new BigDecimal("50.0"), null);

    @Autowired
    Meetings meetings;
    @Autowired
    HealthRecords health;
    @Autowired
    Consents consents;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;

    @Test
    void aReadingOfAMemberWhoWithdrewHealthMonitoringIsRefusedNamingThem() {
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 3, 1), 2);
        UUID withdrew = c.people().get(0);
        Consent given = consents.record(withdrew, new NewConsent(null, Consent.Basis.CONSENT,
                Set.of(Consent.Purpose.MEMBERSHIP, Consent.Purpose.HEALTH_MONITORING), LocalDate.of(2024, 3, 1),
                Consent.Evidence.PAPER_FORM_SIGNED, null), "t", NATION);
        consents.withdraw(withdrew, given.id(), new ConsentWithdrawal(LocalDate.of(2024, 4, 1), "Không muốn đo"),
                "t", NATION);

        MeetingEntry entry = MeetingFixtures.withRow(MeetingFixtures.everyonePresent(null, LocalDate.of(2024, 4, 21),
                c.people()), 0, new MeetingEntry.Row(withdrew, AttendanceStatus.PRESENT, PRESSURE));
        assertThatThrownBy(() -> meetings.record(c.club().id(), entry, "t", NATION))
                .isInstanceOf(RefusedEntry.class)
                .hasFieldOrPropertyWithValue("messageKey", "meetings.reading.consentWithdrawn")
                .satisfies(e -> assertThat(((RefusedEntry) e).problems().get(0).arguments()).contains(c.names().get(0)));
        assertThatThrownBy(() -> health.record(new NewReading(null, withdrew, c.club().id(), LocalDate.of(2024, 4, 2),
                ReadingOrigin.HOME_VISIT, UUID.randomUUID(), PRESSURE), "tnv", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "meetings.reading.consentWithdrawn");

        // The other member, who withdrew nothing, is measured; the one who withdrew still attends.
        MeetingEntry other = MeetingFixtures.withRow(MeetingFixtures.everyonePresent(null, LocalDate.of(2024, 4, 21),
                c.people()), 1, new MeetingEntry.Row(c.people().get(1), AttendanceStatus.PRESENT, PRESSURE));
        assertThat(meetings.record(c.club().id(), other, "t", NATION).readings()).isEqualTo(1);
        // A reading taken before the withdrawal is still accepted.
        assertThat(health.record(new NewReading(null, withdrew, c.club().id(), LocalDate.of(2024, 3, 20),
                ReadingOrigin.HOME_VISIT, UUID.randomUUID(), PRESSURE), "tnv", NATION).personId()).isEqualTo(withdrew);
    }
}
