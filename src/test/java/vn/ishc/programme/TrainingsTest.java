package vn.ishc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.programme.ProgrammeFixtures.QUOC_VIET;
import static vn.ishc.programme.ProgrammeFixtures.admin;
import static vn.ishc.programme.ProgrammeFixtures.communeOfficer;
import static vn.ishc.programme.ProgrammeFixtures.course;
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
import vn.ishc.identity.CurrentUser;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/** Courses and their participants against the database: who records what, once per person, corrections. */
@SpringBootTest
@RecordApplicationEvents
class TrainingsTest {

    @Autowired
    Trainings trainings;
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

    String vi(InvalidInputException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi"));
    }

    @Test
    void aPersonTakesPartOnceAndASecondTimeIsRefusedNamingThem() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Hoàng Thị Mai", "Lương Văn Tài");
        Course c = trainings.record(course("20", "Tập huấn ban chủ nhiệm CLB 2025", LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 12)), provinceOfficer("20"));

        Participant mai = trainings.addParticipant(c.id(), club.participant(0), provinceOfficer("20"));
        assertThat(mai.fullName()).isEqualTo("Hoàng Thị Mai");
        assertThat(mai.sex()).isEqualTo(Person.Sex.F);
        assertThat(mai.clubName()).isEqualTo(club.club().name());
        assertThatThrownBy(() -> trainings.addParticipant(c.id(), club.participant(0), provinceOfficer("20")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(vi(e)).isEqualTo(
                        "Hoàng Thị Mai đã có trong danh sách khoá “Tập huấn ban chủ nhiệm CLB 2025”: mỗi người chỉ ghi một lần."));

        trainings.addParticipant(c.id(), NewParticipant.outsider("Nguyễn Văn An", Person.Sex.M, "Hội NCT xã Quốc Việt"),
                provinceOfficer("20"));
        assertThatThrownBy(() -> trainings.addParticipant(c.id(), NewParticipant.outsider("nguyen van  an", Person.Sex.M,
                "hội nct xã Quốc Việt"), provinceOfficer("20")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(vi(e)).startsWith(
                        "Nguyễn Văn An đã có trong danh sách khoá"));
        trainings.addParticipant(c.id(), NewParticipant.outsider("Nguyễn Văn An", Person.Sex.M, "Trạm y tế xã"),
                provinceOfficer("20"));
        assertThat(trainings.get(c.id(), AreaScope.nation()).participants()).isEqualTo(3);

        trainings.removeParticipant(c.id(), mai.id(), provinceOfficer("20"));
        assertThat(trainings.roster(c.id(), provinceOfficer("20")).named()).extracting(Participant::fullName)
                .containsExactly("Nguyễn Văn An", "Nguyễn Văn An");
        Participant again = trainings.addParticipant(c.id(), club.participant(0), provinceOfficer("20"));
        assertThat(again.id()).isNotEqualTo(mai.id());

        assertThat(events.stream(TrainingChanged.class).filter(e -> e.courseId().equals(c.id())))
                .extracting(e -> e.action() + " " + e.participants())
                .containsExactly("training.recorded 0", "training.participant_added 1", "training.participant_added 2",
                        "training.participant_added 3", "training.participant_removed 2", "training.participant_added 3");
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action like 'training.%'")
                .param("t", "training:" + c.id()).query(Long.class).single()).isEqualTo(6);
        assertThatThrownBy(() -> jdbc.sql("delete from programme_participant where id = :id").param("id", mai.id())
                .update()).hasMessageContaining("never deleted");
    }

    @Test
    void aMemberOfAnotherClubOrOneWhoJoinedAfterTheCourseIsRefusedAndTheSameIdAddsOnce() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Vi Thị Hoa");
        var other = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Chu Văn Khánh");
        Course early = trainings.record(course("20", "Tập huấn năm 2023", LocalDate.of(2023, 5, 2),
                LocalDate.of(2023, 5, 3)), admin());
        assertThatThrownBy(() -> trainings.addParticipant(early.id(), club.participant(0), admin()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(vi(e))
                        .isEqualTo("Vi Thị Hoa không phải là thành viên của " + club.club().name() + " trong thời gian đó."));
        Course c = trainings.record(course("20", "Tập huấn giảng viên nguồn", LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 3)), admin());
        assertThatThrownBy(() -> trainings.addParticipant(c.id(), NewParticipant.member(club.club().id(), other.person(0)),
                admin())).isInstanceOf(InvalidInputException.class);

        UUID id = UUID.randomUUID();
        NewParticipant p = new NewParticipant(id, club.club().id(), club.person(0), null, null, null);
        assertThat(trainings.addParticipant(c.id(), p, admin()).id()).isEqualTo(id);
        assertThat(trainings.addParticipant(c.id(), p, admin()).id()).isEqualTo(id);
        assertThat(trainings.get(c.id(), AreaScope.nation()).participants()).isEqualTo(1);
    }

    @Test
    void aProvinceOfficerRecordsCoursesOfTheProvinceAndItsCommunesButNotOfAnotherProvince() {
        assertThatThrownBy(() -> trainings.record(course("25", "Tập huấn Phú Thọ", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2)), provinceOfficer("20"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> trainings.record(course("", "Tập huấn toàn quốc", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2)), provinceOfficer("20"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> trainings.record(course("20", "Tập huấn tỉnh", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2)), communeOfficer(QUOC_VIET))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> trainings.record(course("20", "Tập huấn tỉnh", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2)), partner("20"))).isInstanceOf(OutOfScopeException.class);

        Course province = trainings.record(course("20", "Tập huấn cán bộ Hội tỉnh", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2)), provinceOfficer("20"));
        Course commune = trainings.record(course(QUOC_VIET, "Tập huấn ban chủ nhiệm xã", LocalDate.of(2025, 3, 5),
                LocalDate.of(2025, 3, 5)), communeOfficer(QUOC_VIET));
        Course phuTho = trainings.record(course("25", "Tập huấn Phú Thọ", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2)), provinceOfficer("25"));
        assertThat(province.areaName()).isEqualTo("Tỉnh Lạng Sơn");
        assertThat(province.level()).isEqualTo(AreaLevel.PROVINCIAL);
        assertThat(commune.areaName()).isEqualTo("Xã Quốc Việt");
        assertThat(commune.level()).isEqualTo(AreaLevel.COMMUNE);

        assertThat(trainings.list(2025, AreaScope.province("20"))).extracting(Course::id)
                .contains(province.id(), commune.id()).doesNotContain(phuTho.id());
        assertThat(trainings.list(2025, AreaScope.ofPath(QUOC_VIET))).extracting(Course::id)
                .contains(province.id(), commune.id()).doesNotContain(phuTho.id());
        assertThatThrownBy(() -> trainings.get(phuTho.id(), AreaScope.province("20"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> trainings.addParticipant(province.id(), NewParticipant.outsider("Lò Thị Ả", Person.Sex.F,
                null), communeOfficer(QUOC_VIET))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> trainings.addParticipant(phuTho.id(), NewParticipant.outsider("Lò Thị Ả", Person.Sex.F,
                null), provinceOfficer("20"))).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theRosterNamesThePeopleOfTheReadersAreaAndPartnersReadOnlyTheNumber() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Hà Thị Duyên");
        Course national = trainings.record(course("", "Tập huấn toàn quốc 2025", LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 4)), admin());
        trainings.addParticipant(national.id(), club.participant(0), admin());
        trainings.addParticipant(national.id(), NewParticipant.outsider("Đinh Văn Bảo", Person.Sex.M, "Hội NCT tỉnh Phú Thọ"),
                admin());

        assertThat(trainings.roster(national.id(), admin()).named()).hasSize(2);
        Roster langSon = trainings.roster(national.id(), provinceOfficer("20"));
        assertThat(langSon.named()).extracting(Participant::fullName).containsExactly("Hà Thị Duyên");
        assertThat(langSon.others()).isEqualTo(1);
        assertThat(trainings.roster(national.id(), provinceOfficer("25")).named()).isEmpty();
        Roster partner = trainings.roster(national.id(), partner(null));
        assertThat(partner.named()).isEmpty();
        assertThat(partner.total()).isEqualTo(2);
    }

    @Test
    void aCourseIsCorrectedAtTheVersionReadAndCancelledWithItsReasonNeverDeleted() {
        CurrentUser officer = provinceOfficer("20");
        Course c = trainings.record(course("20", "Tập huấn chăm sóc tại nhà", LocalDate.of(2025, 9, 8),
                LocalDate.of(2025, 9, 9)), officer);
        NewCourse fixed = new NewCourse(null, "Tập huấn chăm sóc tại nhà cho tình nguyện viên", Course.Kind.HOME_CARE,
                QUOC_VIET, LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 10), "Nhà văn hoá thôn", null, null);
        Course corrected = trainings.correct(c.id(), fixed, c.version(), officer);
        assertThat(corrected.version()).isEqualTo(c.version() + 1);
        assertThat(corrected.areaName()).isEqualTo("Xã Quốc Việt");
        assertThat(corrected.endsOn()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThatThrownBy(() -> trainings.correct(c.id(), fixed, c.version(), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("programme.course.changedMeanwhile"));
        assertThatThrownBy(() -> trainings.correct(c.id(), new NewCourse(null, fixed.title(), fixed.kind(), "25",
                fixed.startsOn(), fixed.endsOn(), null, null, null), corrected.version(), officer))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> trainings.correct(c.id(), new NewCourse(null, fixed.title(), fixed.kind(), QUOC_VIET,
                LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 8), null, null, null), corrected.version(), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));

        assertThatThrownBy(() -> trainings.cancel(c.id(), " ", officer))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(vi(e)).isEqualTo("Cần nhập lý do huỷ."));
        Course cancelled = trainings.cancel(c.id(), "Mưa lũ, đường bị chia cắt", officer);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("Mưa lũ, đường bị chia cắt");
        assertThat(cancelled.cancelledBy()).isEqualTo(officer.username());
        assertThatThrownBy(() -> trainings.addParticipant(c.id(), NewParticipant.outsider("Lò Thị Ả", Person.Sex.F, null),
                officer)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("programme.course.cancelled"));
        assertThat(trainings.list(2025, AreaScope.province("20"))).extracting(Course::id).contains(c.id());
        assertThat(jdbc.sql("select detail->'before'->>'areaPath' from audit_event where target = :t "
                + "and action = 'training.corrected'").param("t", "training:" + c.id()).query(String.class).single())
                .isEqualTo("20");
        assertThatThrownBy(() -> jdbc.sql("delete from programme_course where id = :id").param("id", c.id()).update())
                .hasMessageContaining("never deleted");
    }
}
