package vn.ishc.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A loan's instalments as stored: read in order, added, and replaced from a number on when the schedule changes. */
@Component
class LoanInstalments {

    private final JdbcClient jdbc;

    LoanInstalments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LoanSchedule.Instalment> of(UUID loanId) {
        return jdbc.sql("select * from loan_instalment where loan_id = :l order by number").param("l", loanId)
                .query((rs, n) -> instalment(rs)).list();
    }

    void add(UUID loanId, List<LoanSchedule.Instalment> schedule) {
        for (LoanSchedule.Instalment i : schedule) {
            jdbc.sql("insert into loan_instalment (loan_id, number, due_on, principal, interest) values (:l, :n, :d, :p, :i)")
                    .param("l", loanId).param("n", i.number()).param("d", i.dueOn()).param("p", i.principal())
                    .param("i", i.interest()).update();
        }
    }

    /** Puts the instalments of {@code next} from number {@code first} on in place of those stored. */
    void replaceFrom(UUID loanId, int first, List<LoanSchedule.Instalment> next) {
        jdbc.sql("delete from loan_instalment where loan_id = :l and number >= :first").param("l", loanId)
                .param("first", first).update();
        add(loanId, next.subList(first - 1, next.size()));
    }

    static LoanSchedule.Instalment instalment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LoanSchedule.Instalment(rs.getInt("number"), rs.getObject("due_on", LocalDate.class),
                rs.getLong("principal"), rs.getLong("interest"));
    }

    /** A schedule as JSON, the way a replaced one is kept with the decision or payment that replaced it. */
    static String json(List<LoanSchedule.Instalment> schedule) {
        return schedule.stream().map(i -> String.format("{\"number\":%d,\"dueOn\":\"%s\",\"principal\":%d,\"interest\":%d}",
                i.number(), i.dueOn(), i.principal(), i.interest())).collect(Collectors.joining(",", "[", "]"));
    }
}
