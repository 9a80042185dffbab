package vn.ishc.longtermcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.longtermcare.LtcFixtures.answers;
import static vn.ishc.longtermcare.LtcFixtures.boardOf;
import static vn.ishc.longtermcare.LtcFixtures.officerOf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.homecare.HomeCareFixtures;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/** Cases, assessments with computed scores, changes, what is due, and who may see a case. */
@SpringBootTest
class LongTermCareCasesTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);
    static final LocalDate OPENED = LocalDate.of(2025, 1, 6);

    @Autowired
    LongTermCareCases cases;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Clock clock;
    @Autowired
    vn.ishc.members.Anonymisation anonymisation;

    Club club(String commune) {
        return ClubFixtures.aClub(clubs, villages, units, commune, FOUNDED);
    }

    static String name() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCaseOfAMemberIsAssessedWithScoresComputedAndALaterLowerScoreShowsTheChange() {
        Club club = club("06097");
        MemberRow member = HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", FOUNDED);
        CurrentUser officer = officerOf(club, name());
        LtcCase c = cases.open(new NewCase(null, club.id(), member.person().id(), null, null, null, "Xóm Trên", OPENED),
                officer);
        assertThat(c.name()).isEqualTo("Đinh Thị Mơ");
        assertThat(c.manager()).isEqualTo(officer.username());
        assertThat(cases.file(c.id(), officer).due()).extracting(CaseDue.Due::task)
                .containsExactly(CaseDue.Task.FIRST_ASSESSMENT);

        Assessment first = cases.assess(c.id(), LocalDate.of(2025, 1, 10), answers(85, 6, false), officer);
        assertThat(first.barthelScore()).isEqualTo(85);
        assertThat(first.lawtonScore()).isEqualTo(6);
        assertThat(first.level()).isEqualTo(NeedLevel.MODERATE);
        assertThat(first.reasons()).contains(NeedLevelRules.Reason.BARTHEL_MODERATE);

        cases.recordChange(c.id(), LocalDate.of(2025, 2, 3), ChangeKind.FALL, officer);
        assertThat(cases.file(c.id(), officer).due()).containsExactly(
                new CaseDue.Due(CaseDue.Task.REASSESSMENT_AFTER_CHANGE, LocalDate.of(2025, 2, 3), true));

        Assessment second = cases.assess(c.id(), LocalDate.of(2025, 2, 5), answers(55, 3, false), officer);
        assertThat(second.level()).isEqualTo(NeedLevel.HIGH);
        CaseFile file = cases.file(c.id(), officer);
        assertThat(file.barthelChange()).isEqualTo(-30);
        assertThat(file.assessments()).extracting(Assessment::barthelScore).containsExactly(55, 85);
        assertThat(file.changes()).extracting(CaseChange::kind).containsExactly(ChangeKind.FALL);
        assertThat(file.due()).extracting(CaseDue.Due::task).doesNotContain(CaseDue.Task.REASSESSMENT_AFTER_CHANGE);
    }

    @Test
    void anAnonymisedMembersCaseKeepsNeitherTheirNameNorTheirVillage() {
        Club club = club("06097");
        MemberRow member = HomeCareFixtures.aMember(members, club, "Hoàng Văn Sáu", FOUNDED);
        CurrentUser officer = officerOf(club, name());
        LtcCase c = cases.open(new NewCase(null, club.id(), member.person().id(), null, null, null, "Xóm Dưới", OPENED),
                officer);
        cases.assess(c.id(), LocalDate.of(2025, 1, 10), answers(85, 6, false), officer);

        String pseudonym = anonymisation.anonymise(member.person().id(), "Yêu cầu của người thân", "t",
                AreaScope.nation());

        LtcCase after = cases.get(c.id(), officer);
        assertThat(after.name()).isEqualTo(pseudonym).isNotEqualTo("Hoàng Văn Sáu");
        assertThat(after.village()).isNull();
        assertThat(cases.file(c.id(), officer).assessments()).extracting(Assessment::barthelScore).containsExactly(85);
    }

    @Test
    void aNonMemberIsKeptWithNameSexBirthYearAndVillage() {
        Club club = club("06073");
        CurrentUser officer = officerOf(club, name());
        LtcCase c = cases.open(new NewCase(null, club.id(), null, "Lò Văn Pá", Person.Sex.M, 1938, "Bản Mường", OPENED),
                officer);
        assertThat(cases.get(c.id(), officer)).extracting(LtcCase::name, LtcCase::sex, LtcCase::birthYear,
                LtcCase::village, LtcCase::member).containsExactly("Lò Văn Pá", Person.Sex.M, 1938, "Bản Mường", false);
        assertThatThrownBy(() -> cases.open(new NewCase(null, club.id(), null, "Lò Văn Pá", null, 1938, null, OPENED),
                officer)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sex"));
    }

    @Test
    void anUnansweredItemOrAScoreTheItemDoesNotAllowIsRefusedNamingTheItem() {
        Map<BarthelItem, Integer> barthel = new EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            barthel.put(item, item.highest());
        }
        barthel.put(BarthelItem.BATHING, 10);
        assertThatThrownBy(() -> LongTermCareCases.answers(barthel, Map.of(), Map.of(), LivingSituation.ALONE, true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("barthel.BATHING"));
        barthel.put(BarthelItem.BATHING, 5);
        assertThatThrownBy(() -> LongTermCareCases.answers(barthel, Map.of(), Map.of(), LivingSituation.ALONE, true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("lawton.TELEPHONE"));
    }

    @Test
    void theCaseListShowsTheEarliestDueFirstAndNoCaseOfAnotherCommune() {
        Club club = club("06058");
        Club other = club("06124");
        CurrentUser officer = officerOf(club, name());
        LtcCase late = cases.open(new NewCase(null, club.id(), null, "Bà Ba", Person.Sex.F, 1940, null,
                LocalDate.of(2025, 6, 2)), officer);
        LtcCase early = cases.open(new NewCase(null, club.id(), null, "Bà Tư", Person.Sex.F, 1941, null,
                LocalDate.of(2025, 3, 3)), officer);
        LtcCase elsewhere = cases.open(new NewCase(null, other.id(), null, "Ông Năm", Person.Sex.M, 1939, null,
                OPENED), officerOf(other, name()));
        assertThat(cases.list(officer)).extracting(s -> s.kase().id()).containsExactly(early.id(), late.id())
                .doesNotContain(elsewhere.id());
    }

    @Test
    void onlyTheCaseManagerAndTheCommuneOfficersOfTheAreaSeeACase() {
        Club club = club("06154");
        Club other = club("06172");
        CurrentUser manager = boardOf(club, name());
        LtcCase c = cases.open(new NewCase(null, club.id(), null, "Bà Sáu", Person.Sex.F, 1936, null, OPENED), manager);
        assertThat(cases.file(c.id(), manager).kase().id()).isEqualTo(c.id());
        assertThat(cases.get(c.id(), officerOf(club, name())).id()).isEqualTo(c.id());

        assertThatThrownBy(() -> cases.get(c.id(), boardOf(club, name()))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> cases.get(c.id(), boardOf(other, name()))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> cases.get(c.id(), officerOf(other, name()))).isInstanceOf(OutOfScopeException.class);
        CurrentUser province = new CurrentUser(UUID.randomUUID(), name(), "p", Role.PROVINCE_OFFICER,
                AreaScope.province(club.areaPaths().get(0).substring(0, 2)));
        assertThatThrownBy(() -> cases.get(c.id(), province)).isInstanceOf(OutOfScopeException.class);
        CurrentUser nation = new CurrentUser(UUID.randomUUID(), name(), "n", Role.NATIONAL_ADMIN, AreaScope.nation());
        assertThatThrownBy(() -> cases.list(nation)).isInstanceOf(OutOfScopeException.class);
        assertThat(cases.list(boardOf(club, name()))).isEmpty();
    }

    @Test
    void aClosedCaseTakesNoAssessmentAndHasNothingDue() {
        Club club = club("06115");
        CurrentUser officer = officerOf(club, name());
        LtcCase c = cases.open(new NewCase(null, club.id(), null, "Ông Bảy", Person.Sex.M, 1935, null, OPENED), officer);
        assertThatThrownBy(() -> cases.assess(c.id(), BusinessCalendar.today(clock).plusDays(1),
                answers(100, 8, false), officer)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("assessedOn"));
        LtcCase closed = cases.close(c.id(), LocalDate.of(2025, 4, 1), ClosureReason.MOVED, officer);
        assertThat(closed.closureReason()).isEqualTo(ClosureReason.MOVED);
        assertThat(cases.file(c.id(), officer).due()).isEmpty();
        assertThatThrownBy(() -> cases.assess(c.id(), LocalDate.of(2025, 4, 2), answers(100, 8, false), officer))
                .isInstanceOf(InvalidInputException.class);
    }
}
