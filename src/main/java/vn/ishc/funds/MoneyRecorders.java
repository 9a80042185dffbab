package vn.ishc.funds;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.shared.BusinessCalendar;

/**
 * Who records a club's money: the officers of its area, and of its board only the chair and the
 * finance member, each under the sign-in account named on their seat on the day. Everyone else in
 * scope reads. Used in the handlers' {@code @PreAuthorize} as {@code @moneyRecorders}; a refusal is a
 * 403 and goes to the audit log like any other.
 */
@Component("moneyRecorders")
@Transactional(readOnly = true)
public class MoneyRecorders {

    private static final Set<String> OFFICERS = Set.of("ROLE_NATIONAL_ADMIN", "ROLE_PROVINCE_OFFICER", "ROLE_COMMUNE_OFFICER");
    private static final Set<BoardRole> RECORDING_SEATS = Set.of(BoardRole.CHAIR, BoardRole.FINANCE);
    private static final UUID UNKNOWN = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Boards boards;
    private final Clock clock;

    MoneyRecorders(JdbcClient jdbc, Boards boards, Clock clock) {
        this.jdbc = jdbc;
        this.boards = boards;
        this.clock = clock;
    }

    /** Whether this user records money in the club's funds today (whether the club is in their area is checked apart). */
    public boolean club(Authentication auth, UUID clubId) {
        if (auth == null || clubId == null) {
            return false;
        }
        Set<String> roles = roles(auth);
        if (roles.stream().anyMatch(OFFICERS::contains)) {
            return true;
        }
        return roles.contains("ROLE_CLUB_BOARD") && boards.rolesOfAccount(clubId, auth.getName(),
                BusinessCalendar.today(clock)).stream().anyMatch(RECORDING_SEATS::contains);
    }

    public boolean fund(Authentication auth, UUID fundId) {
        return club(auth, clubOf("select club_id from fund where id = :id", fundId));
    }

    public boolean loan(Authentication auth, UUID loanId) {
        return club(auth, clubOf("select club_id from loan where id = :id", loanId));
    }

    public boolean entry(Authentication auth, UUID entryId) {
        return club(auth, clubOf("select club_id from ledger_entry where id = :id", entryId));
    }

    public boolean outsideLoan(Authentication auth, UUID outsideLoanId) {
        return club(auth, clubOf("select club_id from outside_loan where id = :id", outsideLoanId));
    }

    public boolean bankAccount(Authentication auth, UUID bankAccountId) {
        return club(auth, clubOf("select club_id from bank_account where id = :id", bankAccountId));
    }

    private UUID clubOf(String sql, UUID id) {
        // An unknown id passes here so that the handler answers 404, as for any unknown record.
        return id == null ? null : jdbc.sql(sql).param("id", id).query(UUID.class).optional().orElse(UNKNOWN);
    }

    private static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
    }
}
