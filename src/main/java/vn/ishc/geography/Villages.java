package vn.ishc.geography;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * Villages and residential groups under communes: officers with the commune in their scope create,
 * rename, retire and place them. Names are unique among a commune's active villages, ignoring case,
 * diacritics and tone-mark placement.
 */
@Service
@Transactional
public class Villages {

    static final int MAX_NAME = 120;
    private static final Logger log = LoggerFactory.getLogger(Villages.class);
    private static final RowMapper<Village> ROW = (rs, n) -> new Village(rs.getObject("id", UUID.class),
            rs.getLong("commune_id"), (Long) rs.getObject("current_commune_id"), rs.getString("name"),
            rs.getObject("retired_on", LocalDate.class), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final ApplicationEventPublisher events;

    Villages(JdbcClient jdbc, AdminUnits units, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
    }

    /**
     * Creates a village under a commune (of today's map or the earlier one). A client may supply the id:
     * sending the same village again returns it instead of creating a second one.
     */
    public Village create(UUID id, long communeId, String name, String actor, AreaScope scope) {
        AdminUnit commune = units.get(communeId, scope);
        if (commune.level() != AdminUnit.Level.COMMUNE) {
            throw new InvalidInputException("geography.village.notCommune", "communeId", commune.fullName());
        }
        String clean = requireName(name);
        UUID villageId = id == null ? UUID.randomUUID() : id;
        Optional<Village> existing = find(villageId);
        if (existing.isPresent()) {
            Village v = existing.get();
            if (v.communeId() == communeId && v.name().equals(clean)) {
                return v;
            }
            throw new InvalidInputException("geography.village.idTaken", "id", villageId);
        }
        requireUniqueName(communeId, clean, null);
        Long current = placementToday(commune).orElse(null);
        try {
            jdbc.sql("""
                    insert into geo_village (id, commune_id, current_commune_id, name, name_key, created_by, updated_by)
                    values (:id, :commune, :current, :name, :key, :actor, :actor)""")
                    .param("id", villageId).param("commune", communeId).param("current", current)
                    .param("name", clean).param("key", VietnameseText.searchKey(clean)).param("actor", actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("geography.village.duplicate", "name", clean, commune.fullName());
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", clean);
        detail.put("communeId", communeId);
        detail.put("currentCommuneId", current);
        events.publishEvent(new VillageChanged(villageId, "village.created", actor, detail));
        log.info("Village {} created under commune {}", villageId, commune.code());
        return find(villageId).orElseThrow();
    }

    public Village rename(UUID id, String name, String actor, AreaScope scope) {
        Village v = get(id, scope);
        String clean = requireName(name);
        if (clean.equals(v.name())) {
            return v;
        }
        requireUniqueName(v.communeId(), clean, id);
        jdbc.sql("""
                update geo_village set name = :name, name_key = :key, version = version + 1, updated_at = now(),
                       updated_by = :actor where id = :id""")
                .param("name", clean).param("key", VietnameseText.searchKey(clean)).param("actor", actor)
                .param("id", id).update();
        events.publishEvent(new VillageChanged(id, "village.renamed", actor, Map.of("before", v.name(), "after", clean)));
        return find(id).orElseThrow();
    }

    public Village retire(UUID id, LocalDate on, String actor, AreaScope scope) {
        Village v = get(id, scope);
        if (on == null) {
            throw new InvalidInputException("geography.village.retireDateMissing", "retiredOn");
        }
        if (!v.active()) {
            throw new InvalidInputException("geography.village.alreadyRetired", "retiredOn", v.name(), v.retiredOn());
        }
        jdbc.sql("""
                update geo_village set retired_on = :on, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id""").param("on", on).param("actor", actor).param("id", id).update();
        events.publishEvent(new VillageChanged(id, "village.retired", actor, Map.of("retiredOn", on.toString())));
        return find(id).orElseThrow();
    }

    /** Places a village of a split commune under the commune of today's map a person chose. */
    public Village place(UUID id, long currentCommuneId, String actor, AreaScope scope) {
        Village v = get(id, scope);
        AdminUnit origin = units.get(v.communeId(), scope);
        List<AdminUnit> candidates = placementChoices(origin, scope);
        if (candidates.stream().noneMatch(u -> u.id() == currentCommuneId)) {
            throw new InvalidInputException("geography.village.notASuccessor", "currentCommuneId",
                    v.name(), origin.fullName());
        }
        jdbc.sql("""
                update geo_village set current_commune_id = :current, version = version + 1, updated_at = now(),
                       updated_by = :actor where id = :id""")
                .param("current", currentCommuneId).param("actor", actor).param("id", id).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", v.currentCommuneId());
        detail.put("after", currentCommuneId);
        events.publishEvent(new VillageChanged(id, "village.placed", actor, detail));
        return find(id).orElseThrow();
    }

    /** The communes of today's map a village of this commune may be placed under. */
    @Transactional(readOnly = true)
    public List<AdminUnit> placementChoices(AdminUnit commune, AreaScope scope) {
        units.requireVisible(commune, scope);
        return communesToday(commune);
    }

    private List<AdminUnit> communesToday(AdminUnit commune) {
        return units.today(commune).stream().filter(u -> u.level() == AdminUnit.Level.COMMUNE).toList();
    }

    @Transactional(readOnly = true)
    public Village get(UUID id, AreaScope scope) {
        Village v = find(id).orElseThrow(() -> new NotFoundException("geography.village.notFound", id));
        if (!units.isVisible(v.communeId(), scope)
                && (v.currentCommuneId() == null || !units.isVisible(v.currentCommuneId(), scope))) {
            throw new OutOfScopeException("village " + id);
        }
        return v;
    }

    /** The villages created under a commune, and for a commune of today's map those placed under it. */
    @Transactional(readOnly = true)
    public List<Village> ofCommune(long communeId, boolean includeRetired, AreaScope scope) {
        units.get(communeId, scope);
        return jdbc.sql("select * from geo_village where (commune_id = :id or current_commune_id = :id)"
                        + (includeRetired ? "" : " and retired_on is null") + " order by name collate \"vi-x-icu\"")
                .param("id", communeId).query(ROW).list();
    }

    /** Active villages whose commune the reform split, still waiting for a person to choose their commune. */
    @Transactional(readOnly = true)
    public List<Village> awaitingPlacement(AreaScope scope) {
        return jdbc.sql("select v.* from geo_village v join geo_unit u on u.id = v.commune_id "
                        + "where v.current_commune_id is null and v.retired_on is null and "
                        + AdminUnits.visibleIn(scope, "u") + " order by u.path, v.name collate \"vi-x-icu\"")
                .param("scopePath", scope.path()).query(ROW).list();
    }

    private Optional<Village> find(UUID id) {
        return jdbc.sql("select * from geo_village where id = :id").param("id", id).query(ROW).optional();
    }

    /** Today's commune of a village created under this commune, when there is exactly one. */
    private Optional<Long> placementToday(AdminUnit commune) {
        if (commune.inForceToday()) {
            return Optional.of(commune.id());
        }
        List<AdminUnit> choices = communesToday(commune);
        return choices.size() == 1 ? Optional.of(choices.get(0).id()) : Optional.empty();
    }

    private static String requireName(String name) {
        String clean = VietnameseText.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("geography.village.nameEmpty", "name");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("geography.village.nameTooLong", "name", MAX_NAME);
        }
        return clean;
    }

    private void requireUniqueName(long communeId, String name, UUID except) {
        boolean taken = jdbc.sql("select count(*) from geo_village where commune_id = :commune and name_key = :key "
                        + "and retired_on is null and id is distinct from :except")
                .param("commune", communeId).param("key", VietnameseText.searchKey(name)).param("except", except)
                .query(Long.class).single() > 0;
        if (taken) {
            String communeName = jdbc.sql("select full_name from geo_unit where id = :id").param("id", communeId)
                    .query(String.class).single();
            throw new InvalidInputException("geography.village.duplicate", "name", name, communeName);
        }
    }
}
