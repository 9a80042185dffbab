package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;

/** Looking for a list of people among the current members of other clubs, told apart by the reader's area. */
@SpringBootTest
class LikelyDuplicatesAcrossClubsTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2022, 3, 1);

    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    @Test
    void membersInTheAreaAreNamedWithTheirClubAndOthersOnlyCounted() {
        Club importing = ClubFixtures.aClub(clubs, villages, units, "06001", FOUNDED);
        Club neighbour = ClubFixtures.aClub(clubs, villages, units, "06001", FOUNDED);
        Club foreign = ClubFixtures.aClub(clubs, villages, units, "05977", GeographyFixtures.AFTER_REFORM);
        String name = "Hoàng Thị Khuyên " + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        MemberRow near = members.enrol(null, MembersTest.details(name, "F", "02/02/1950", "OTHER"), neighbour.id(),
                FOUNDED, "t", NATION);
        members.enrol(null, MembersTest.details(name, "F", "1950", "OTHER"), foreign.id(),
                GeographyFixtures.AFTER_REFORM, "t", NATION);
        MemberRow gone = members.enrol(null, MembersTest.details(name, "F", "1950", "OTHER"), neighbour.id(),
                FOUNDED, "t", NATION);
        members.leave(gone.membershipId(), LocalDate.of(2023, 1, 1), LeavingReason.MOVED, "t", NATION);
        AreaScope commune = AreaScope.ofPath(importing.areaPaths().get(0));
        NameAndYear bare = new NameAndYear(name.toUpperCase().replace("Ị", "I").replace("À", "A").replace("Ê", "E"), 1950);

        List<LikelyDuplicate> found = members.likelyDuplicates(
                List.of(bare, new NameAndYear(name, 1951), new NameAndYear(name, 1950)), importing.id(), commune);

        assertThat(found).hasSize(3);
        assertThat(found.get(0).inScope()).extracting(LikelyDuplicate.Match::personId, LikelyDuplicate.Match::birth,
                LikelyDuplicate.Match::clubName).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        near.person().id(), "02/02/1950", neighbour.name()));
        assertThat(found.get(0).outOfScope()).isEqualTo(1);
        assertThat(found.get(1).isEmpty()).isTrue();
        assertThat(found.get(2)).isEqualTo(found.get(0));

        LikelyDuplicate fromTheClub = members.likelyDuplicates(List.of(bare), importing.id(),
                AreaScope.club(importing.areaPaths().get(0), importing.id())).get(0);
        assertThat(fromTheClub.inScope()).isEmpty();
        assertThat(fromTheClub.outOfScope()).isEqualTo(2);

        assertThat(members.likelyDuplicates(List.of(bare), neighbour.id(), commune).get(0))
                .isEqualTo(new LikelyDuplicate(List.of(), 1));
    }
}
