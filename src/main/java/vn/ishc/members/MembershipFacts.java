package vn.ishc.members;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;

/**
 * Every membership of some clubs with what the indicators break members down by (sex, age, household,
 * ethnic minority, health-insurance card), for the reporting pipeline: no names, one query for many
 * clubs. Only the nation's scope may read it.
 */
@Service
@Transactional(readOnly = true)
public class MembershipFacts {

    private final JdbcClient jdbc;

    MembershipFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One membership: joined on a day, left on a day (exclusive; null while a member). */
    public record Enrolment(UUID clubId, UUID personId, Person.Sex sex, LocalDate birthDate, int birthYear,
                            Household household, boolean ethnicMinority, LocalDate hiCardExpiry, LocalDate joinedOn,
                            LocalDate leftOn) {

        public boolean memberOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }

        public int ageOn(LocalDate day) {
            return birthDate != null ? java.time.Period.between(birthDate, day).getYears() : day.getYear() - birthYear;
        }

        /** A health-insurance card valid on the day (a card without an expiry date counts as valid). */
        public boolean insuredOn(LocalDate day, boolean hasCard) {
            return hasCard && (hiCardExpiry == null || !hiCardExpiry.isBefore(day));
        }
    }

    /** A membership and whether the person holds a health-insurance card number. */
    public record Member(Enrolment enrolment, boolean hasCard) {
    }

    public List<Member> of(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        if (clubIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.club_id, m.person_id, p.sex, p.birth_date, p.birth_year, p.household, p.ethnicity,
                               p.hi_card_expiry, (p.hi_card_number is not null and p.hi_card_number <> '' or p.hi_card_held) as has_card,
                               m.joined_on, m.left_on
                        from membership m join person p on p.id = m.person_id
                        where m.club_id = any(:clubs) order by m.club_id, m.joined_on, m.person_id""")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Member(new Enrolment(rs.getObject("club_id", UUID.class),
                        rs.getObject("person_id", UUID.class), Person.Sex.valueOf(rs.getString("sex")),
                        rs.getObject("birth_date", LocalDate.class), rs.getInt("birth_year"),
                        Household.valueOf(rs.getString("household")), minority(rs.getString("ethnicity")),
                        rs.getObject("hi_card_expiry", LocalDate.class), rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class)), rs.getBoolean("has_card"))).list();
    }

    /** The clubs a person has been a member of, for refreshing their figures when the person changes. */
    public List<UUID> clubsOf(UUID personId, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("select distinct club_id from membership where person_id = :p").param("p", personId)
                .query(UUID.class).list();
    }

    /** Of these people, those with memberships in more than one club (at any time). */
    public java.util.Set<UUID> inSeveralClubs(Collection<UUID> personIds, AreaScope scope) {
        scope.requireNation();
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select person_id from membership where person_id = any(:p) "
                        + "group by person_id having count(distinct club_id) > 1")
                .param("p", personIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    private static boolean minority(String ethnicity) {
        return Ethnicity.find(ethnicity).map(e -> !"01".equals(e.code())).orElse(false);
    }

}
