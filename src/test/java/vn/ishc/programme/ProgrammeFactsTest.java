package vn.ishc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.programme.ProgrammeFixtures.QUOC_VIET;
import static vn.ishc.programme.ProgrammeFixtures.admin;
import static vn.ishc.programme.ProgrammeFixtures.communeOfficer;
import static vn.ishc.programme.ProgrammeFixtures.course;
import static vn.ishc.programme.ProgrammeFixtures.provinceOfficer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.OutOfScopeException;

/**
 * TRAININGS_HELD, TRAINING_PARTICIPANTS and AWARDS for an area and a period. The database is shared with
 * the other tests, so each figure is read before and after this test's records and the difference checked.
 */
@SpringBootTest
class ProgrammeFactsTest {

    static final LocalDate[] YEAR_2025 = {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)};
    static final LocalDate[] Q1_2025 = {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)};
    static final LocalDate[] Q2_2025 = {LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)};
    /** Another commune of Lạng Sơn today: Phường Đông Kinh. */
    static final String DONG_KINH = "20.05977";

    @Autowired
    ProgrammeFacts facts;
    @Autowired
    Trainings trainings;
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

    /** The three figures of each area and period checked, as "area period" → held/participants/awards. */
    Map<String, ProgrammeFacts.Figures> read() {
        Map<String, ProgrammeFacts.Figures> m = new LinkedHashMap<>();
        for (String area : new String[] {"", "20", QUOC_VIET, DONG_KINH, "25"}) {
            m.put(area + " 2025", facts.figures(area, YEAR_2025[0], YEAR_2025[1], AreaScope.nation()));
            m.put(area + " Q1", facts.figures(area, Q1_2025[0], Q1_2025[1], AreaScope.nation()));
            m.put(area + " Q2", facts.figures(area, Q2_2025[0], Q2_2025[1], AreaScope.nation()));
        }
        return m;
    }

    /** What this test added to each figure, as "held participants awards". */
    static Map<String, String> added(Map<String, ProgrammeFacts.Figures> before, Map<String, ProgrammeFacts.Figures> after) {
        Map<String, String> m = new LinkedHashMap<>();
        before.forEach((k, b) -> {
            ProgrammeFacts.Figures a = after.get(k);
            m.put(k, (a.trainingsHeld() - b.trainingsHeld()) + " " + (a.trainingParticipants() - b.trainingParticipants())
                    + " " + (a.awards() - b.awards()));
        });
        return m;
    }

    @Test
    void aCourseCountsForItsOrganisersAreaAndThoseAboveInThePeriodOfItsLastDay() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Hoàng Thị Lan", "Nông Văn Dũng",
                "Lăng Thị Mơ");
        Map<String, ProgrammeFacts.Figures> before = read();

        // Lạng Sơn's course of March 2025 with three participants.
        Course langSon = trainings.record(course("20", "Tập huấn ban chủ nhiệm CLB tỉnh Lạng Sơn",
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12)), provinceOfficer("20"));
        trainings.addParticipant(langSon.id(), club.participant(0), provinceOfficer("20"));
        trainings.addParticipant(langSon.id(), club.participant(1), provinceOfficer("20"));
        trainings.addParticipant(langSon.id(), NewParticipant.outsider("Hoàng Văn Thụ", Person.Sex.M, "Hội NCT tỉnh"),
                provinceOfficer("20"));
        assertThat(added(before, read())).containsEntry("20 2025", "1 3 0").containsEntry("20 Q1", "1 3 0")
                .containsEntry("20 Q2", "0 0 0").containsEntry(" 2025", "1 3 0").containsEntry(" Q1", "1 3 0")
                .containsEntry(QUOC_VIET + " 2025", "0 0 0").containsEntry("25 2025", "0 0 0");

        // Quốc Việt's course of March 2025 with two participants, one of them removed and another added.
        Course commune = trainings.record(course(QUOC_VIET, "Tập huấn ban chủ nhiệm CLB xã Quốc Việt",
                LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 21)), communeOfficer(QUOC_VIET));
        Participant removed = trainings.addParticipant(commune.id(), club.participant(2), communeOfficer(QUOC_VIET));
        trainings.removeParticipant(commune.id(), removed.id(), communeOfficer(QUOC_VIET));
        trainings.addParticipant(commune.id(), club.participant(0), communeOfficer(QUOC_VIET));
        trainings.addParticipant(commune.id(), club.participant(1), communeOfficer(QUOC_VIET));
        // Held when it ends: from 30 March to 2 April is a course of the second quarter.
        Course across = trainings.record(course("20", "Tập huấn giảng viên nguồn", LocalDate.of(2025, 3, 30),
                LocalDate.of(2025, 4, 2)), provinceOfficer("20"));
        trainings.addParticipant(across.id(), club.participant(2), provinceOfficer("20"));
        // A cancelled course counts for nothing.
        Course cancelled = trainings.record(course("20", "Tập huấn bị huỷ", LocalDate.of(2025, 2, 10),
                LocalDate.of(2025, 2, 11)), provinceOfficer("20"));
        trainings.addParticipant(cancelled.id(), club.participant(0), provinceOfficer("20"));
        trainings.cancel(cancelled.id(), "Trùng lịch họp của tỉnh", provinceOfficer("20"));
        // Lạng Sơn's commendation of March 2025, and the nation's of May.
        awards.record(new NewAward(null, LocalDate.of(2025, 3, 5), "Hội NCT tỉnh Lạng Sơn", "12/QĐ-HNCT", "20",
                Award.Recipient.CLUB, club.club().id(), null, null, null, null), provinceOfficer("20"));
        awards.record(new NewAward(null, LocalDate.of(2025, 5, 19), "Trung ương Hội NCT Việt Nam", "45/QĐ-TWH", "",
                Award.Recipient.BODY, null, null, "Hội NCT tỉnh Lạng Sơn", "20", null), admin());

        Map<String, String> added = added(before, read());
        assertThat(added).containsEntry("20 2025", "3 6 1").containsEntry("20 Q1", "2 5 1").containsEntry("20 Q2", "1 1 0")
                .containsEntry(" 2025", "3 6 2").containsEntry(" Q1", "2 5 1").containsEntry(" Q2", "1 1 1")
                .containsEntry(QUOC_VIET + " 2025", "1 2 0").containsEntry(QUOC_VIET + " Q1", "1 2 0")
                .containsEntry(QUOC_VIET + " Q2", "0 0 0")
                .containsEntry(DONG_KINH + " 2025", "0 0 0").containsEntry("25 2025", "0 0 0");

        assertThat(facts.trainingsHeld("20", Q1_2025[0], Q1_2025[1], AreaScope.province("20"))
                - before.get("20 Q1").trainingsHeld()).isEqualTo(2);
        assertThat(facts.courses(AreaScope.nation())).filteredOn(h -> h.courseId().equals(langSon.id())).singleElement()
                .satisfies(h -> {
                    assertThat(h.areaPath()).isEqualTo("20");
                    assertThat(h.endsOn()).isEqualTo(LocalDate.of(2025, 3, 12));
                    assertThat(h.participants()).isEqualTo(3);
                    assertThat(h.cancelled()).isFalse();
                });
        assertThat(facts.courses(AreaScope.nation())).filteredOn(h -> h.courseId().equals(cancelled.id()))
                .singleElement().satisfies(h -> assertThat(h.cancelled()).isTrue());
        assertThat(facts.awards(AreaScope.nation())).extracting(g -> g.areaPath() + " " + g.givenOn())
                .contains("20 2025-03-05", " 2025-05-19");
    }

    @Test
    void theFiguresOfAnAreaAreReadFromItsScopeWithinOrAboveAndTheListsFromTheNationsOnly() {
        assertThat(facts.trainingsHeld("", Q1_2025[0], Q1_2025[1], AreaScope.ofPath(QUOC_VIET))).isNotNegative();
        assertThat(facts.awardsGiven(QUOC_VIET, Q1_2025[0], Q1_2025[1], AreaScope.province("20"))).isNotNegative();
        assertThatThrownBy(() -> facts.trainingParticipants("25", Q1_2025[0], Q1_2025[1], AreaScope.province("20")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> facts.courses(AreaScope.province("20"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts.awards(AreaScope.province("20"))).isInstanceOf(IllegalArgumentException.class);
    }
}
