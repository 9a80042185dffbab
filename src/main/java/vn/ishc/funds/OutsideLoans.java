package vn.ishc.funds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * Loans from outside lenders that the club helped its members obtain (the Bank for Social Policies,
 * a credit fund): kept for the club's follow-up and for reporting, never touching its funds.
 */
@Service
@Transactional
public class OutsideLoans {

    public record OutsideLoan(UUID id, UUID clubId, UUID personId, String personName, String lender, long amount,
                              LocalDate obtainedOn, Integer termMonths, Loans.Purpose purpose, LocalDate repaidOn,
                              String notes) {
    }

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Members members;
    private final Clock clock;

    OutsideLoans(JdbcClient jdbc, Clubs clubs, Members members, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.members = members;
        this.clock = clock;
    }

    public OutsideLoan record(UUID clubId, UUID personId, String lender, long amount, LocalDate obtainedOn,
                              Integer termMonths, Loans.Purpose purpose, String notes, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        if (personId == null) {
            throw missing("personId");
        }
        String who = VietnameseText.clean(lender);
        if (who == null || who.isBlank()) {
            throw missing("lender");
        }
        if (amount <= 0 || amount > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "amount", amount);
        }
        if (obtainedOn == null || obtainedOn.isAfter(BusinessCalendar.today(clock))) {
            throw new InvalidInputException("funds.date.future", "obtainedOn", obtainedOn);
        }
        if (termMonths != null && (termMonths < 1 || termMonths > 360)) {
            throw new InvalidInputException("loans.rules.term", "termMonths", termMonths);
        }
        Person p = members.person(personId, scope).person();
        if (!members.isMember(clubId, personId, obtainedOn)) {
            throw new InvalidInputException("loans.notMember", "personId", p.fullName(), obtainedOn);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outside_loan (id, club_id, person_id, person_name, lender, amount, obtained_on, term_months,
                                          purpose, notes, recorded_by)
                values (:id, :c, :p, :name, :lender, :amount, :on, :term, :purpose, :notes, :actor)""")
                .param("id", id).param("c", clubId).param("p", personId).param("name", p.fullName())
                .param("lender", who).param("amount", amount).param("on", obtainedOn).param("term", termMonths)
                .param("purpose", purpose == null ? null : purpose.name()).param("notes", VietnameseText.clean(notes))
                .param("actor", actor).update();
        return find(id);
    }

    @Transactional(readOnly = true)
    public OutsideLoan get(UUID id, AreaScope scope) {
        OutsideLoan loan = find(id);
        clubs.get(loan.clubId(), scope);
        return loan;
    }

    /** Marks an outside loan repaid on a day. */
    public OutsideLoan repaid(UUID id, LocalDate on, AreaScope scope) {
        OutsideLoan loan = get(id, scope);
        if (on == null || on.isBefore(loan.obtainedOn()) || on.isAfter(BusinessCalendar.today(clock))) {
            throw new InvalidInputException("loans.outside.repaidOn", "repaidOn", on, loan.obtainedOn());
        }
        jdbc.sql("update outside_loan set repaid_on = :d where id = :id").param("d", on).param("id", id).update();
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<OutsideLoan> ofClub(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from outside_loan where club_id = :c order by obtained_on desc").param("c", clubId)
                .query(ROW).list();
    }

    private OutsideLoan find(UUID id) {
        return jdbc.sql("select * from outside_loan where id = :id").param("id", id).query(ROW).optional()
                .orElseThrow(() -> new NotFoundException("loans.notFound", id));
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("funds.field.missing", field);
    }

    private static final RowMapper<OutsideLoan> ROW = (rs, n) -> new OutsideLoan(rs.getObject("id", UUID.class),
            rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("person_name"),
            rs.getString("lender"), rs.getLong("amount"), rs.getObject("obtained_on", LocalDate.class),
            (Integer) rs.getObject("term_months"),
            rs.getString("purpose") == null ? null : Loans.Purpose.valueOf(rs.getString("purpose")),
            rs.getObject("repaid_on", LocalDate.class), rs.getString("notes"));
}
