package vn.ishc.clubs;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.PeopleMerged;
import vn.ishc.shared.VietnameseText;

/** A club's board positions over time and its groups (tổ); board members and group members are club members. */
@Service
@Transactional
public class Boards {

    private static final RowMapper<BoardSeat> SEAT = (rs, n) -> {
        Array areas = rs.getArray("areas");
        return new BoardSeat(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                rs.getObject("person_id", UUID.class), BoardRole.valueOf(rs.getString("role")),
                Arrays.asList((Integer[]) areas.getArray()), rs.getObject("start_on", LocalDate.class),
                rs.getObject("end_on", LocalDate.class), rs.getString("username"));
    };

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final ClubMembership membership;
    private final ApplicationEventPublisher events;

    Boards(JdbcClient jdbc, Clubs clubs, ClubMembership membership, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.membership = membership;
        this.events = events;
    }

    /** Seats a member on the board from a date; an area lead names the areas (1–8) they lead. */
    public BoardSeat appoint(UUID clubId, UUID personId, BoardRole role, List<Integer> areas, LocalDate startOn,
                             String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (role == null || startOn == null || personId == null) {
            String field = role == null ? "role" : startOn == null ? "startOn" : "personId";
            throw InvalidInputException.missing("clubs.field.missing", field);
        }
        if (startOn.isBefore(club.foundedOn())) {
            throw new InvalidInputException("clubs.board.beforeFounding", "startOn", startOn, club.foundedOn());
        }
        if (!membership.isMember(clubId, personId, startOn)) {
            throw new InvalidInputException("clubs.board.notMember", "personId", startOn);
        }
        List<Integer> led = areas == null ? List.of() : areas.stream().distinct().sorted().toList();
        if (led.stream().anyMatch(a -> a < 1 || a > 8) || role == BoardRole.AREA_LEAD && led.isEmpty()) {
            throw new InvalidInputException("clubs.board.areas", "areas");
        }
        if ((role == BoardRole.CHAIR || role == BoardRole.FINANCE) && !holders(clubId, role, startOn).isEmpty()) {
            throw new InvalidInputException("clubs.board.seatTaken", "role",
                    new DefaultMessageSourceResolvable("boardRole." + role), startOn);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into club_board_role (id, club_id, person_id, role, areas, start_on) values (:id, :c, :p, :r, :a, :s)")
                .param("id", id).param("c", clubId).param("p", personId).param("r", role.name())
                .param("a", led.toArray(Integer[]::new)).param("s", startOn).update();
        events.publishEvent(new ClubChanged(clubId, "club.board.appointed", actor, Map.of("person", personId.toString(),
                "role", role.name(), "areas", led, "startOn", startOn.toString())));
        return seat(id);
    }

    /**
     * Names the sign-in account of the person holding a seat (null or blank: none). The chair and the
     * finance member record the club's money under it; one account holds one open seat of a club.
     */
    public BoardSeat linkAccount(UUID seatId, String username, String actor, AreaScope scope) {
        BoardSeat seat = seat(seatId);
        clubs.get(seat.clubId(), scope);
        String account = username == null || username.isBlank() ? null : username.strip();
        if (account != null && account.length() > 100) {
            throw new InvalidInputException("clubs.board.account", "username", account);
        }
        if (account != null && jdbc.sql("select count(*) from club_board_role where club_id = :c and id <> :id "
                        + "and lower(username) = lower(:u) and end_on is null")
                .param("c", seat.clubId()).param("id", seatId).param("u", account).query(Integer.class).single() > 0) {
            throw new InvalidInputException("clubs.board.accountTaken", "username", account);
        }
        jdbc.sql("update club_board_role set username = :u where id = :id").param("u", account).param("id", seatId).update();
        events.publishEvent(new ClubChanged(seat.clubId(), "club.board.account", actor, Map.of("seat", seatId.toString(),
                "before", seat.username() == null ? "" : seat.username(), "after", account == null ? "" : account)));
        return seat(seatId);
    }

    /** The positions a sign-in account holds on a club's board on a day (none for an account without a seat). */
    @Transactional(readOnly = true)
    public java.util.Set<BoardRole> rolesOfAccount(UUID clubId, String username, LocalDate day) {
        java.util.Set<BoardRole> roles = java.util.EnumSet.noneOf(BoardRole.class);
        roles.addAll(jdbc.sql("select role from club_board_role where club_id = :c and lower(username) = lower(:u) "
                        + "and start_on <= :d and (end_on is null or end_on > :d)")
                .param("c", clubId).param("u", username).param("d", day)
                .query((rs, n) -> BoardRole.valueOf(rs.getString("role"))).list());
        return roles;
    }

    /** Ends a board position on a date. */
    public BoardSeat end(UUID seatId, LocalDate endOn, String actor, AreaScope scope) {
        BoardSeat seat = seat(seatId);
        clubs.get(seat.clubId(), scope);
        if (endOn == null || !endOn.isAfter(seat.startOn())) {
            throw new InvalidInputException("clubs.board.endDate", "endOn", endOn, seat.startOn());
        }
        jdbc.sql("update club_board_role set end_on = :e where id = :id").param("e", endOn).param("id", seatId).update();
        events.publishEvent(new ClubChanged(seat.clubId(), "club.board.ended", actor,
                Map.of("person", seat.personId().toString(), "role", seat.role().name(), "endOn", endOn.toString())));
        return seat(seatId);
    }

    /** The board on a date, chair first. */
    @Transactional(readOnly = true)
    public List<BoardSeat> boardOn(UUID clubId, LocalDate date, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from club_board_role where club_id = :c and start_on <= :d and (end_on is null or end_on > :d) "
                        + "order by array_position(array['CHAIR','VICE_CHAIR','FINANCE','AREA_LEAD','MEMBER'], role), start_on")
                .param("c", clubId).param("d", date).query(SEAT).list();
    }

    public ClubGroup createGroup(UUID clubId, String name, UUID leaderPersonId, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        String clean = VietnameseText.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw InvalidInputException.missing("clubs.field.missing", "name");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into club_group (id, club_id, name, leader_person_id) values (:id, :c, :n, :l)")
                    .param("id", id).param("c", clubId).param("n", clean).param("l", leaderPersonId).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("clubs.group.duplicate", "name", clean);
        }
        if (leaderPersonId != null) {
            addToGroup(id, leaderPersonId, actor, scope);
        }
        events.publishEvent(new ClubChanged(clubId, "club.group.created", actor, Map.of("name", clean)));
        return groupsOf(clubId, scope).stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    public void addToGroup(UUID groupId, UUID personId, String actor, AreaScope scope) {
        UUID clubId = jdbc.sql("select club_id from club_group where id = :g").param("g", groupId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("clubs.group.notFound", groupId));
        clubs.get(clubId, scope);
        jdbc.sql("delete from club_group_member where person_id = :p and group_id in (select id from club_group where club_id = :c)")
                .param("p", personId).param("c", clubId).update();
        jdbc.sql("insert into club_group_member (group_id, person_id) values (:g, :p)").param("g", groupId)
                .param("p", personId).update();
    }

    @Transactional(readOnly = true)
    public List<ClubGroup> groupsOf(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("""
                        select g.id, g.club_id, g.name, g.leader_person_id,
                               coalesce(array_agg(m.person_id) filter (where m.person_id is not null), '{}') as members
                        from club_group g left join club_group_member m on m.group_id = g.id
                        where g.club_id = :c group by g.id order by g.name collate \"vi-x-icu\"""")
                .param("c", clubId)
                .query((rs, n) -> new ClubGroup(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                        rs.getString("name"), rs.getObject("leader_person_id", UUID.class),
                        Arrays.asList((UUID[]) rs.getArray("members").getArray())))
                .list();
    }

    /** When two records of one person are merged, their board seats and groups follow the record kept. */
    @org.springframework.context.event.EventListener
    void on(PeopleMerged event) {
        jdbc.sql("update club_board_role set person_id = :k where person_id = :d")
                .param("k", event.kept()).param("d", event.removed()).update();
        jdbc.sql("update club_group set leader_person_id = :k where leader_person_id = :d")
                .param("k", event.kept()).param("d", event.removed()).update();
        jdbc.sql("delete from club_group_member r where person_id = :d and exists (select 1 from club_group_member o "
                        + "where o.group_id = r.group_id and o.person_id = :k)")
                .param("k", event.kept()).param("d", event.removed()).update();
        jdbc.sql("update club_group_member set person_id = :k where person_id = :d")
                .param("k", event.kept()).param("d", event.removed()).update();
    }

    private List<UUID> holders(UUID clubId, BoardRole role, LocalDate date) {
        return jdbc.sql("select person_id from club_board_role where club_id = :c and role = :r and start_on <= :d "
                        + "and (end_on is null or end_on > :d)")
                .param("c", clubId).param("r", role.name()).param("d", date).query(UUID.class).list();
    }

    private BoardSeat seat(UUID id) {
        return jdbc.sql("select * from club_board_role where id = :id").param("id", id).query(SEAT).optional()
                .orElseThrow(() -> new NotFoundException("clubs.board.notFound", id));
    }
}
