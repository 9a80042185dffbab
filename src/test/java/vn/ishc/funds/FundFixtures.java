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

    /**
     * The club's finance member who signs in: enrolled and seated on the founding day, with an account of their
     * own limited to the club. Returns the account's user name.
     */
    public static String financeMember(vn.ishc.identity.UserAccounts accounts, Boards boards, Members members, Club club,
                                       long communeId, String fullName) {
        vn.ishc.identity.UserView board = vn.ishc.identity.UserFixtures.create(accounts,
                "tq-" + java.util.UUID.randomUUID().toString().substring(0, 6), vn.ishc.identity.Role.CLUB_BOARD,
                communeId, "mat-khau-dai-1", fullName);
        seatWithAccount(boards, members, club, BoardRole.FINANCE, fullName, board.username());
        accounts.limitToClub(board.id(), club.id(), vn.ishc.identity.UserFixtures.ROOT);
        return board.username();
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
