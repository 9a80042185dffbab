package vn.ishc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.programme.ProgrammeFixtures.QUOC_VIET;
import static vn.ishc.programme.ProgrammeFixtures.admin;
import static vn.ishc.programme.ProgrammeFixtures.communeOfficer;
import static vn.ishc.programme.ProgrammeFixtures.partner;
import static vn.ishc.programme.ProgrammeFixtures.provinceOfficer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.Members;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/** Commendations against the database: who gives them to whom, who reads them, once per decision. */
@SpringBootTest
@RecordApplicationEvents
class AwardsTest {

    @Autowired
    Awards awards;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationEvents events;

    static NewAward award(String areaPath, String decision, Award.Recipient kind, UUID clubId, UUID personId, String name,
                          String recipientArea) {
        return new NewAward(null, LocalDate.of(2024, 12, 20), "Trung ương Hội NCT Việt Nam", decision, areaPath, kind,
                clubId, personId, name, recipientArea, null);
    }

    @Test
    void aNationalAwardToAMemberIsReadInTheirProvinceAndByPartnersWithoutTheName() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Hoàng Thị Nhung");
        String decision = "1" + UUID.randomUUID().toString().substring(0, 5) + "/QĐ-TWH";
        Award toMember = awards.record(award("", decision, Award.Recipient.MEMBER, club.club().id(), club.person(0), null,
                null), admin());
        Award toClub = awards.record(award("", decision, Award.Recipient.CLUB, club.club().id(), null, null, null), admin());
        Award toBody = awards.record(award("", decision, Award.Recipient.BODY, null, null, "Hội NCT tỉnh Phú Thọ", "25"),
                admin());
        assertThat(toMember.recipientName()).isEqualTo("Hoàng Thị Nhung");
        assertThat(toMember.level()).isEqualTo(AreaLevel.NATIONAL);
        assertThat(toClub.recipientName()).isEqualTo(club.club().name());

        assertThat(awards.list(2024, provinceOfficer("20"))).extracting(Award::id).contains(toMember.id(), toClub.id())
                .doesNotContain(toBody.id());
        assertThat(awards.list(2024, communeOfficer(QUOC_VIET))).extracting(Award::id).contains(toMember.id());
        assertThat(awards.list(2024, provinceOfficer("25"))).extracting(Award::id).contains(toBody.id())
                .doesNotContain(toMember.id(), toClub.id());
        assertThatThrownBy(() -> awards.get(toMember.id(), provinceOfficer("25"))).isInstanceOf(OutOfScopeException.class);
        assertThat(awards.list(2024, partner(null))).filteredOn(a -> a.id().equals(toMember.id())).singleElement()
                .satisfies(a -> {
                    assertThat(a.recipientName()).isNull();
                    assertThat(a.personId()).isNull();
                });
        assertThat(awards.get(toClub.id(), partner("20")).recipientName()).isEqualTo(club.club().name());

        assertThatThrownBy(() -> awards.record(award("", decision, Award.Recipient.MEMBER, club.club().id(), club.person(0),
                null, null), admin())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Hoàng Thị Nhung đã được khen trong quyết định " + decision + "."));
        assertThat(events.stream(AwardChanged.class).filter(e -> e.awardId().equals(toMember.id())))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("award.recorded"));
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t").param("t", "award:" + toMember.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("delete from programme_award where id = :id").param("id", toBody.id()).update())
                .hasMessageContaining("kept as recorded");
    }

    @Test
    void officersGiveAwardsOfTheirOwnAreaToRecipientsWithinIt() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Lục Văn Sinh");
        assertThatThrownBy(() -> awards.record(award("25", "3/QĐ", Award.Recipient.BODY, null, null, "Hội NCT xã", null),
                provinceOfficer("20"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> awards.record(award("", "3/QĐ", Award.Recipient.BODY, null, null, "Hội NCT xã", null),
                provinceOfficer("20"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> awards.record(award("20", "3/QĐ", Award.Recipient.BODY, null, null, "Hội NCT xã", null),
                partner("20"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> awards.record(award("20.05977", "3/QĐ", Award.Recipient.CLUB, club.club().id(), null,
                null, null), provinceOfficer("20"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("clubId"));
        assertThatThrownBy(() -> awards.record(new NewAward(null, LocalDate.of(2100, 1, 1), "Hội NCT tỉnh", "3/QĐ", "20",
                Award.Recipient.PERSON, null, null, "Bà Lò Thị Ả", null, null), provinceOfficer("20")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("givenOn"));
        assertThatThrownBy(() -> awards.record(award("20", "3/QĐ", Award.Recipient.PERSON, null, null, " ", null),
                provinceOfficer("20"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Cần nhập tên tập thể hoặc cá nhân được khen."));

        Award ofCommune = awards.record(award(QUOC_VIET, "7/QĐ-HNCT", Award.Recipient.CLUB, club.club().id(), null, null,
                null), communeOfficer(QUOC_VIET));
        assertThat(ofCommune.areaName()).isEqualTo("Xã Quốc Việt");
        assertThat(ofCommune.level()).isEqualTo(AreaLevel.COMMUNE);
        UUID id = UUID.randomUUID();
        NewAward withId = new NewAward(id, LocalDate.of(2025, 1, 5), "Hội NCT tỉnh Lạng Sơn", "9/QĐ-HNCT", "20",
                Award.Recipient.PERSON, null, null, "Bà Lò Thị Ả", QUOC_VIET, null);
        assertThat(awards.record(withId, provinceOfficer("20")).id()).isEqualTo(id);
        assertThat(awards.record(withId, provinceOfficer("20")).id()).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from programme_award where id = :id").param("id", id).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(awards.list(2025, communeOfficer(QUOC_VIET))).extracting(Award::id).contains(id);
        assertThat(awards.list(2025, communeOfficer("20.05977"))).extracting(Award::id).doesNotContain(id);
    }
}
