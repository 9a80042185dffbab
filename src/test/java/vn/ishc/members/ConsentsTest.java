package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

@SpringBootTest
class ConsentsTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2022, 3, 1);

    @Autowired
    Consents consents;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;

    UUID aMember() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", FOUNDED);
        return members.enrol(null, MembersTest.details("Lò Thị Xuân", "Nữ", "1950", "Khác"), club.id(), FOUNDED, "t",
                NATION).person().id();
    }

    static NewConsent paperConsent(Consent.Purpose... purposes) {
        return new NewConsent(null, Consent.Basis.CONSENT, Set.of(purposes), LocalDate.of(2024, 5, 2),
                Consent.Evidence.PAPER_FORM_SIGNED, null);
    }

    @Test
    void aConsentIsRecordedWithItsPurposesAndWithdrawnWithAReasonKeepingBoth() {
        UUID person = aMember();
        Consent given = consents.record(person, paperConsent(Consent.Purpose.MEMBERSHIP,
                Consent.Purpose.HEALTH_MONITORING), "chu.nhiem", NATION);

        Consent withdrawn = consents.withdraw(person, given.id(), new ConsentWithdrawal(LocalDate.of(2025, 1, 10),
                "Không muốn đo huyết áp nữa"), "can.bo.xa", NATION);

        assertThat(consents.of(person, NATION)).singleElement().satisfies(c -> {
            assertThat(c.purposes()).containsExactlyInAnyOrder(Consent.Purpose.MEMBERSHIP, Consent.Purpose.HEALTH_MONITORING);
            assertThat(c.recordedBy()).isEqualTo("chu.nhiem");
            assertThat(c.givenOn()).isEqualTo(LocalDate.of(2024, 5, 2));
            assertThat(c.withdrawal().withdrawnOn()).isEqualTo(LocalDate.of(2025, 1, 10));
            assertThat(c.withdrawal().withdrawnBy()).isEqualTo("can.bo.xa");
        });
        assertThat(withdrawn.active()).isFalse();
        assertThat(jdbc.sql("select action from audit_event where target = :t order by id")
                .param("t", "person:" + person).query(String.class).list())
                .contains("consent.recorded", "consent.withdrawn");
        assertThat(consents.refusingHealthReadings(Set.of(person), LocalDate.of(2025, 1, 10))).containsValue("Lò Thị Xuân");
        assertThat(consents.refusingHealthReadings(Set.of(person), LocalDate.of(2025, 1, 9))).isEmpty();
    }

    @Test
    void theHistoryIsOnlyAddedToEvenByTheDatabaseOwner() {
        UUID person = aMember();
        Consent given = consents.record(person, paperConsent(Consent.Purpose.LOANS), "t", NATION);
        consents.withdraw(person, given.id(), new ConsentWithdrawal(LocalDate.of(2025, 1, 10), "Đã trả hết nợ"), "t", NATION);

        assertThatThrownBy(() -> jdbc.sql("update person_consent set given_on = '2020-01-01' where id = :id")
                .param("id", given.id()).update()).hasMessageContaining("append-only");
        // The application's role may not even ask to delete a withdrawal; the owner's trigger refuses it too.
        assertThatThrownBy(() -> jdbc.sql("delete from person_consent_withdrawal where consent_id = :id")
                .param("id", given.id()).update()).isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(jdbc.sql("select count(*) from person_consent_withdrawal where consent_id = :id")
                .param("id", given.id()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> consents.withdraw(person, given.id(), new ConsentWithdrawal(LocalDate.of(2025, 2, 1),
                "lần nữa"), "t", NATION)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "members.consent.alreadyWithdrawn");
    }

    @Test
    void refusesAnOralConsentWithoutWitnessAFutureDateAndWithdrawingALegalObligation() {
        UUID person = aMember();
        assertThatThrownBy(() -> consents.record(person, new NewConsent(null, Consent.Basis.CONSENT,
                Set.of(Consent.Purpose.HOME_CARE), LocalDate.of(2024, 5, 2), Consent.Evidence.ORAL_WITH_WITNESS, " "),
                "t", NATION)).hasFieldOrPropertyWithValue("field", "witness");
        assertThatThrownBy(() -> consents.record(person, new NewConsent(null, Consent.Basis.CONSENT,
                Set.of(Consent.Purpose.HOME_CARE), LocalDate.of(2031, 1, 1), Consent.Evidence.PAPER_FORM_SIGNED, null),
                "t", NATION)).hasFieldOrPropertyWithValue("field", "givenOn");
        assertThatThrownBy(() -> consents.record(person, new NewConsent(null, Consent.Basis.CONSENT, Set.of(),
                LocalDate.of(2024, 5, 2), Consent.Evidence.PAPER_FORM_SIGNED, null), "t", NATION))
                .hasFieldOrPropertyWithValue("field", "purposes");
        Consent law = consents.record(person, new NewConsent(null, Consent.Basis.LEGAL_OBLIGATION,
                Set.of(Consent.Purpose.REPORTING), LocalDate.of(2024, 5, 2), Consent.Evidence.PAPER_FORM_SIGNED, null),
                "t", NATION);
        assertThatThrownBy(() -> consents.withdraw(person, law.id(), new ConsentWithdrawal(LocalDate.of(2024, 6, 1),
                "x"), "t", NATION)).hasFieldOrPropertyWithValue("messageKey", "members.consent.notWithdrawable");
        assertThat(consents.of(person, NATION)).hasSize(1);
    }
}
