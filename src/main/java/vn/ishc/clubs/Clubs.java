package vn.ishc.clubs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Village;
import vn.ishc.geography.VillageChanged;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/** Registering clubs, their status and projects, and finding them within the caller's area. */
@Service
@Transactional
public class Clubs {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    private static final Logger log = LoggerFactory.getLogger(Clubs.class);
    private static final String SELECT = """
            select c.*, s.status, s.effective as status_since from club c
            left join lateral (select status, effective from club_status where club_id = c.id and effective <= :asOf
                               order by effective desc limit 1) s on true""";

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final Villages villages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // Answered by the members module, which itself needs this service: looked up when first used.
    private final ObjectProvider<ClubMembership> membership;

    Clubs(JdbcClient jdbc, AdminUnits units, Villages villages, ApplicationEventPublisher events, Clock clock,
          ObjectProvider<ClubMembership> membership) {
        this.membership = membership;
        this.jdbc = jdbc;
        this.units = units;
        this.villages = villages;
        this.events = events;
        this.clock = clock;
    }

    /** The SQL condition that a club aliased c is in the scope bound as :scopePath / :scopeClub. */
    static String visibleIn(AreaScope scope) {
        return switch (scope.level()) {
            case NATION -> "true";
            case CLUB -> "c.id = cast(:scopeClub as uuid)";
            default -> "exists (select 1 from unnest(c.area_paths) p where p = :scopePath or p like :scopePath || '.%')";
        };
    }

    public Club register(NewClub command, String actor, AreaScope scope) {
        Village village = villages.get(requireValue(command.villageId(), "villageId"), scope);
        if (!village.active()) {
            throw new InvalidInputException("clubs.village.retired", "villageId", village.name());
        }
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        Optional<Club> existing = find(id, today());
        if (existing.isPresent()) {
            return existing.get();
        }
        AdminUnit commune = units.get(village.communeId(), scope);
        ClubDetails checked = checked(new ClubDetails(command.code(), command.name(), command.decisionNumber(),
                command.decisionDate(), command.decisionIssuer(), command.foundedOn(), command.meetingDay()));
        String code = checked.code();
        String name = checked.name();
        String decision = checked.decisionNumber();
        LocalDate decisionDate = checked.decisionDate();
        LocalDate foundedOn = checked.foundedOn();
        String issuer = command.decisionIssuer() == null || command.decisionIssuer().isBlank()
                ? "UBND " + commune.fullName() : requireText(command.decisionIssuer(), "decisionIssuer", 150);
        MeetingDay meetingDay = MeetingDay.parse(command.meetingDay());
        String[] paths = areaPaths(village);
        requireCodeFreeToday(id, code, paths);
        try {
            jdbc.sql("""
                    insert into club (id, village_id, commune_id, founded_path, area_paths, code, national_id, name,
                                      name_key, decision_number, decision_date, decision_issuer, founded_on, meeting_day,
                                      created_by, updated_by)
                    values (:id, :village, :commune, :foundedPath, :paths, :code, :nationalId, :name, :key, :decision,
                            :decisionDate, :issuer, :foundedOn, :meetingDay, :actor, :actor)""")
                    .param("id", id).param("nationalId", nextNationalId(commune.code()))
                    .param("village", village.id()).param("commune", commune.id())
                    .param("foundedPath", commune.path()).param("paths", paths)
                    .param("code", code).param("name", name).param("key", VietnameseText.searchKey(name))
                    .param("decision", decision).param("decisionDate", decisionDate).param("issuer", issuer)
                    .param("foundedOn", foundedOn).param("meetingDay", meetingDay.code()).param("actor", actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("clubs.code.taken", "code", code, commune.fullName());
        }
        jdbc.sql("insert into club_status (club_id, status, effective, recorded_by) values (:id, 'ACTIVE', :on, :actor)")
                .param("id", id).param("on", foundedOn).param("actor", actor).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", name);
        detail.put("code", code);
        detail.put("village", village.id().toString());
        detail.put("foundedOn", foundedOn.toString());
        events.publishEvent(new ClubChanged(id, "club.registered", actor, detail));
        log.info("Club {} registered in commune {}", id, commune.code());
        return find(id, today()).orElseThrow();
    }

    /**
     * Corrects what a club was registered with, as read at {@code expectedVersion}; refused when
     * someone saved a change in between. A founding date may not move past anything already recorded
     * of the club (a member joining, a board seat, a status).
     */
    public Club correct(UUID id, ClubDetails details, int expectedVersion, String actor, AreaScope scope) {
        Club before = get(id, scope);
        if (before.version() != expectedVersion) {
            throw new InvalidInputException("clubs.changedMeanwhile", null, before.name());
        }
        requireValue(details, "name");
        AdminUnit commune = units.get(before.communeId(), AreaScope.nation());
        ClubDetails checked = checked(details);
        String code = checked.code();
        String name = checked.name();
        String decision = checked.decisionNumber();
        LocalDate decisionDate = checked.decisionDate();
        LocalDate foundedOn = checked.foundedOn();
        if (foundedOn.isAfter(before.foundedOn())) {
            LocalDate first = firstRecord(id, before.foundedOn());
            if (first != null && first.isBefore(foundedOn)) {
                throw new InvalidInputException("clubs.foundedAfterRecords", "foundedOn", foundedOn, first);
            }
        }
        String issuer = details.decisionIssuer() == null || details.decisionIssuer().isBlank()
                ? before.decisionIssuer() : requireText(details.decisionIssuer(), "decisionIssuer", 150);
        MeetingDay meetingDay = MeetingDay.parse(details.meetingDay());
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        compare("code", before.code(), code, was, now);
        compare("name", before.name(), name, was, now);
        compare("decisionNumber", before.decisionNumber(), decision, was, now);
        compare("decisionDate", before.decisionDate(), decisionDate, was, now);
        compare("decisionIssuer", before.decisionIssuer(), issuer, was, now);
        compare("foundedOn", before.foundedOn(), foundedOn, was, now);
        compare("meetingDay", before.meetingDay().code(), meetingDay.code(), was, now);
        if (was.isEmpty()) {
            return before;
        }
        if (!code.equalsIgnoreCase(before.code())) {
            requireCodeFreeToday(id, code, before.areaPaths().toArray(String[]::new));
        }
        int updated;
        try {
            updated = jdbc.sql("update club set code = :code, name = :name, name_key = :key, "
                            + "decision_number = :decision, decision_date = :decisionDate, decision_issuer = :issuer, "
                            + "founded_on = :foundedOn, meeting_day = :meetingDay, version = version + 1, "
                            + "updated_by = :actor, updated_at = now() where id = :id and version = :version")
                    .param("code", code).param("name", name).param("key", VietnameseText.searchKey(name))
                    .param("decision", decision).param("decisionDate", decisionDate).param("issuer", issuer)
                    .param("foundedOn", foundedOn).param("meetingDay", meetingDay.code()).param("actor", actor)
                    .param("id", id).param("version", expectedVersion).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("clubs.code.taken", "code", code, commune.fullName());
        }
        if (updated == 0) {
            throw new InvalidInputException("clubs.changedMeanwhile", null, before.name());
        }
        // The club is active from its founding: the first status moves with the founding date.
        jdbc.sql("update club_status set effective = :now where club_id = :id and effective = :was and status = 'ACTIVE'")
                .param("now", foundedOn).param("id", id).param("was", before.foundedOn()).update();
        events.publishEvent(new ClubChanged(id, "club.corrected", actor, Map.of("before", was, "after", now)));
        return find(id, today()).orElseThrow();
    }

    /** The code, name, decision and dates as entered, checked and cleaned; the issuer and meeting day as given. */
    private ClubDetails checked(ClubDetails d) {
        String code = requireCode(d.code());
        String name = requireText(d.name(), "name", 150);
        String decision = requireText(d.decisionNumber(), "decisionNumber", 50);
        LocalDate decisionDate = requireValue(d.decisionDate(), "decisionDate");
        LocalDate foundedOn = requireValue(d.foundedOn(), "foundedOn");
        if (decisionDate.isAfter(today())) {
            throw new InvalidInputException("clubs.date.future", "decisionDate", decisionDate);
        }
        if (foundedOn.isAfter(today())) {
            throw new InvalidInputException("clubs.date.future", "foundedOn", foundedOn);
        }
        if (foundedOn.isBefore(decisionDate)) {
            throw new InvalidInputException("clubs.foundedBeforeDecision", "foundedOn", foundedOn, decisionDate);
        }
        return new ClubDetails(code, name, decision, decisionDate, d.decisionIssuer(), foundedOn, d.meetingDay());
    }

    /** The earliest date of anything recorded of the club after its founding day, or null. */
    private LocalDate firstRecord(UUID id, LocalDate foundedOn) {
        LocalDate seats = jdbc.sql("select min(start_on) from club_board_role where club_id = :id").param("id", id)
                .query(LocalDate.class).optional().orElse(null);
        LocalDate statuses = jdbc.sql("select min(effective) from club_status where club_id = :id and effective > :f")
                .param("id", id).param("f", foundedOn).query(LocalDate.class).optional().orElse(null);
        LocalDate joined = membership.getObject().firstJoining(id);
        return Stream.of(seats, statuses, joined).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    private static void compare(String field, Object before, Object after, Map<String, Object> was,
                                Map<String, Object> now) {
        if (!Objects.equals(before, after)) {
            was.put(field, before == null ? "" : before.toString());
            now.put(field, after == null ? "" : after.toString());
        }
    }

    @Transactional(readOnly = true)
    public Club get(UUID id, AreaScope scope) {
        Club club = find(id, today()).orElseThrow(() -> new NotFoundException("clubs.notFound", id));
        if (!isVisible(club, scope)) {
            throw new OutOfScopeException("club " + id);
        }
        return club;
    }

    /** The clubs a filter selects within the scope, by name; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Club> list(ClubFilter filter, AreaScope scope, int limit) {
        return list(filter, scope, 0, limit);
    }

    /** A page of the clubs a filter selects within the scope, by name. */
    @Transactional(readOnly = true)
    public List<Club> list(ClubFilter filter, AreaScope scope, int offset, int limit) {
        LocalDate asOf = filter.date() == null ? today() : filter.date();
        StringBuilder where = new StringBuilder(" where ").append(visibleIn(scope));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("asOf", asOf);
        params.put("scopePath", scope.path());
        params.put("scopeClub", scope.clubId() == null ? null : scope.clubId().toString());
        if (filter.areaUnitId() != null) {
            AdminUnit area = units.get(filter.areaUnitId(), scope);
            where.append(area.inForceToday()
                    ? " and exists (select 1 from unnest(c.area_paths) p where p = :area or p like :area || '.%')"
                    : " and (c.founded_path = :area or c.founded_path like :area || '.%')");
            params.put("area", area.path());
        }
        if (filter.date() != null) {
            where.append(" and c.founded_on <= :asOf");
        }
        if (filter.status() != null) {
            where.append(" and s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.projectId() != null) {
            where.append(" and exists (select 1 from club_project cp where cp.club_id = c.id and cp.project_id = :project)");
            params.put("project", filter.projectId());
        }
        String key = VietnameseText.searchKey(filter.name());
        if (!key.isEmpty()) {
            where.append(" and c.name_key like :name");
            params.put("name", VietnameseText.containing(key));
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + where + " order by c.name collate \"vi-x-icu\", c.id limit :limit offset :offset").params(params)
                .query((rs, n) -> map(rs)).list();
    }

    /** Records a change of status from a date, with its reason. */
    public Club changeStatus(UUID id, ClubStatus status, LocalDate effective, String reason, String actor,
                             AreaScope scope) {
        Club club = get(id, scope);
        requireValue(status, "status");
        requireValue(effective, "effective");
        if (effective.isBefore(club.foundedOn()) || effective.isAfter(today())) {
            throw new InvalidInputException("clubs.status.dateOutside", "effective", effective, club.foundedOn());
        }
        String why = requireText(reason, "reason", 500);
        try {
            jdbc.sql("insert into club_status (club_id, status, effective, reason, recorded_by) values (:id, :s, :on, :r, :actor)")
                    .param("id", id).param("s", status.name()).param("on", effective).param("r", why)
                    .param("actor", actor).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("clubs.status.sameDay", "effective", effective);
        }
        events.publishEvent(new ClubChanged(id, "club.status", actor, Map.of("before", club.status().name(),
                "after", status.name(), "effective", effective.toString(), "reason", why)));
        return get(id, scope);
    }

    /** The partner projects administrators keep. */
    @Transactional(readOnly = true)
    public List<PartnerProject> projects() {
        return jdbc.sql("select id, code, name, funder from partner_project order by code")
                .query(PartnerProject.class).list();
    }

    @Transactional(readOnly = true)
    public List<PartnerProject> projectsOf(UUID clubId, AreaScope scope) {
        get(clubId, scope);
        return jdbc.sql("select p.id, p.code, p.name, p.funder from partner_project p join club_project cp "
                        + "on cp.project_id = p.id where cp.club_id = :id order by p.code")
                .param("id", clubId).query(PartnerProject.class).list();
    }

    public void setProjects(UUID clubId, List<UUID> projectIds, String actor, AreaScope scope) {
        List<String> before = projectsOf(clubId, scope).stream().map(PartnerProject::code).toList();
        jdbc.sql("delete from club_project where club_id = :id").param("id", clubId).update();
        for (UUID p : projectIds) {
            jdbc.sql("insert into club_project (club_id, project_id) values (:c, :p)").param("c", clubId).param("p", p).update();
        }
        List<String> after = projectsOf(clubId, scope).stream().map(PartnerProject::code).toList();
        events.publishEvent(new ClubChanged(clubId, "club.projects", actor, Map.of("before", before, "after", after)));
    }

    /** When a village is placed under its commune on today's map, its clubs follow. */
    @EventListener
    void on(VillageChanged event) {
        if (!event.action().equals("village.placed")) {
            return;
        }
        Village village = villages.get(event.villageId(), AreaScope.nation());
        jdbc.sql("update club set area_paths = :paths where village_id = :v")
                .param("paths", areaPaths(village)).param("v", village.id()).update();
    }

    /**
     * Refuses a code another club already has in the club's commune on today's map (or in any it may be
     * placed under): the clubs of communes merged in 2025 keep the codes given in their founding communes,
     * and two of them would otherwise share one code in the exports. Checked under a lock on those
     * communes, so that two clubs registered at the same time cannot both take it.
     */
    private void requireCodeFreeToday(UUID id, String code, String[] paths) {
        String[] sorted = paths.clone();
        java.util.Arrays.sort(sorted);
        for (String p : sorted) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('club code in ' || :p))").param("p", p).query().listOfRows();
        }
        Optional<String> taken = jdbc.sql("select p from club c cross join unnest(c.area_paths) p "
                        + "where c.area_paths && cast(:paths as text[]) and p = any(cast(:paths as text[])) "
                        + "and lower(c.code) = lower(:code) and c.id <> :id order by p limit 1")
                .param("paths", sorted).param("code", code).param("id", id).query(String.class).optional();
        if (taken.isPresent()) {
            AdminUnit commune = units.atPaths(List.of(taken.get())).get(taken.get());
            throw new InvalidInputException("clubs.code.taken", "code", code,
                    commune != null ? commune.fullName() : taken.get());
        }
    }

    /**
     * The next national identifier of a club founded in a commune of this code: the code, a dash and one
     * more than the highest sequence given under it on either map (three digits at least), under a lock
     * on the code so that two registrations at the same time cannot take the same one.
     */
    private String nextNationalId(String communeCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('club national id ' || :c))").param("c", communeCode)
                .query().listOfRows();
        int last = jdbc.sql("select coalesce(max(cast(substring(national_id from '[0-9]+$') as integer)), 0) from club "
                        + "where national_id like :prefix")
                .param("prefix", communeCode + "-%").query(Integer.class).single();
        return nationalId(communeCode, last + 1);
    }

    /** "06379-001": a commune code and a sequence of at least three digits. */
    static String nationalId(String communeCode, int sequence) {
        return communeCode + "-" + String.format(java.util.Locale.ROOT, "%03d", sequence);
    }

    private String[] areaPaths(Village village) {
        if (village.currentCommuneId() != null) {
            return new String[] {units.get(village.currentCommuneId(), AreaScope.nation()).path()};
        }
        AdminUnit commune = units.get(village.communeId(), AreaScope.nation());
        return units.today(commune).stream().filter(u -> u.level() == AdminUnit.Level.COMMUNE)
                .map(AdminUnit::path).toArray(String[]::new);
    }

    /** Whether a club lies in the scope: a check that refuses nothing, for reads that only count what they may not show. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public boolean isVisible(Club club, AreaScope scope) {
        return switch (scope.level()) {
            case NATION -> true;
            case CLUB -> club.id().equals(scope.clubId());
            default -> club.areaPaths().stream().anyMatch(scope::covers);
        };
    }

    private Optional<Club> find(UUID id, LocalDate asOf) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).param("asOf", asOf)
                .query((rs, n) -> map(rs)).optional();
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private static <T> T requireValue(T value, String field) {
        if (value == null) {
            throw InvalidInputException.missing("clubs.field.missing", field);
        }
        return value;
    }

    private static String requireText(String text, String field, int max) {
        String clean = VietnameseText.clean(text);
        if (clean == null || clean.isEmpty()) {
            throw InvalidInputException.missing("clubs.field.missing", field);
        }
        if (clean.length() > max) {
            throw new InvalidInputException("clubs.field.tooLong", field, max);
        }
        return clean;
    }

    private static String requireCode(String code) {
        String clean = code == null ? "" : code.strip();
        if (!CODE.matcher(clean).matches()) {
            throw new InvalidInputException("clubs.code.invalid", "code", clean);
        }
        return clean;
    }

    private static Club map(ResultSet rs) throws SQLException {
        Array paths = rs.getArray("area_paths");
        String status = rs.getString("status");
        return new Club(rs.getObject("id", UUID.class), rs.getObject("village_id", UUID.class), rs.getLong("commune_id"),
                rs.getString("code"), rs.getString("national_id"), rs.getString("name"), rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class), rs.getString("decision_issuer"),
                rs.getObject("founded_on", LocalDate.class), MeetingDay.parse(rs.getString("meeting_day")),
                status == null ? null : ClubStatus.valueOf(status), rs.getObject("status_since", LocalDate.class),
                Arrays.asList((String[]) paths.getArray()), rs.getInt("version"));
    }
}
