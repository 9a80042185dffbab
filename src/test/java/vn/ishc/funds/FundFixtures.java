package vn.ishc.funds;

import java.util.List;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.BoardSeat;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/** Board seats for money tests: a member of the club seated from its founding, with a sign-in account. */
public final class FundFixtures {

    private FundFixtures() {
    }

    /** Enrols a member on the founding day, seats them in the role and links the account to the seat. */
    public static BoardSeat seatWithAccount(Boards boards, Members members, Club club, BoardRole role, String fullName,
                                            String username) {
        MemberRow m = members.enrol(null, new PersonDetails(fullName, "F", "1960", "Kinh", "OTHER", null, null, null,
                false, false, null, null, null), club.id(), club.foundedOn(), "test", AreaScope.nation());
        BoardSeat seat = boards.appoint(club.id(), m.person().id(), role, role == BoardRole.AREA_LEAD ? List.of(1) : List.of(),
                club.foundedOn(), "test", AreaScope.nation());
        return boards.linkAccount(seat.id(), username, "test", AreaScope.nation());
    }
}
