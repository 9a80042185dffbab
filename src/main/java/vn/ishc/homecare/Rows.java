package vn.ishc.homecare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.RowMapper;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/** Row mappers and small checks shared by the module's services. */
final class Rows {

    private Rows() {
    }

    static final RowMapper<Volunteer> VOLUNTEER = (ResultSet rs, int n) -> new Volunteer(rs.getObject("id", UUID.class),
            rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("name"),
            rs.getString("phone"), rs.getObject("trained_on", LocalDate.class), rs.getString("course"),
            rs.getString("username"), rs.getObject("ended_on", LocalDate.class), rs.getInt("version"));

    static final RowMapper<CareRecipient> RECIPIENT = (ResultSet rs, int n) -> new CareRecipient(
            rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class),
            rs.getString("name"), rs.getString("village"), enums(CareReason.class, rs.getString("reasons")),
            rs.getObject("from_date", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
            rs.getString("end_reason"), rs.getInt("version"));

    static final RowMapper<CarePlan> PLAN = (ResultSet rs, int n) -> new CarePlan(rs.getObject("recipient_id", UUID.class),
            rs.getObject("valid_from", LocalDate.class), rs.getInt("visits"), PlanPeriod.valueOf(rs.getString("per")),
            enums(CareTask.class, rs.getString("tasks")));

    static final RowMapper<Assignment> ASSIGNMENT = (ResultSet rs, int n) -> new Assignment(rs.getObject("id", UUID.class),
            rs.getObject("recipient_id", UUID.class), rs.getObject("volunteer_id", UUID.class),
            rs.getString("volunteer_name"), rs.getObject("from_date", LocalDate.class),
            rs.getObject("until_date", LocalDate.class));

    /** A set of enum constants kept as one comma-separated text, in declaration order. */
    static String join(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, String joined) {
        Set<E> set = EnumSet.noneOf(type);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s)).forEach(set::add);
        }
        return set;
    }

    static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    static InvalidInputException missing(String field) {
        return InvalidInputException.missing("homecare.field.missing", field);
    }

    static String text(String s, String field, int max) {
        String t = VietnameseText.clean(s);
        if (t == null || t.isBlank()) {
            return null;
        }
        if (t.length() > max) {
            throw new InvalidInputException("homecare.text.tooLong", field,
                    new DefaultMessageSourceResolvable("field." + field), max);
        }
        return t;
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
