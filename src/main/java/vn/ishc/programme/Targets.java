package vn.ishc.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;

/**
 * The targets of the programme. National administrators record national targets (and any other) and
 * share a national target out among provinces; a province officer records the targets of their
 * province's plan for the province or its communes. Everyone reads the targets of their own area, of
 * the areas within it and of the areas above it (so every user reads the national ones).
 */
@Service
@Transactional
public class Targets {

    private static final Logger log = LoggerFactory.getLogger(Targets.class);

    private final TargetStore store;
    private final AdminUnits units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Targets(TargetStore store, AdminUnits units, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** Records a target; the same {@code id} sent again returns the target recorded the first time. */
    public Target record(NewTarget command, CurrentUser user) {
        Objects.requireNonNull(command, "command");
        String path = command.areaPath() == null ? "" : command.areaPath().strip();
        requireMayRecordFor(path, user);
        if (command.id() != null) {
            Target earlier = store.find(command.id());
            if (earlier != null) {
                requireVisible(earlier, user.scope());
                return earlier;
            }
        }
        String areaName = areaName(path);
        TargetRules.Checked checked = TargetRules.check(command);
        SourceDocument document = document(command, path, user);
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        store.insert(id, checked, path, areaName, document.id(), null, null, user.username());
        Target t = store.find(id);
        log.info("Target {} {} {} recorded for area '{}' by {}", t.code(), t.period(), t.value(), path, user.username());
        publish(t, TargetChanged.Change.RECORDED, true, user.username(), Map.of("value", t.value().toPlainString(),
                "document", document.number()));
        return t;
    }

    /**
     * Sets the shares of provinces (by province code, today's map) in a national target: a value sets
     * or corrects a province's share, null withdraws it; provinces not named keep theirs. Each share is a
     * target of the province with the same code, period and document. The shares of a count may not add
     * up to more than the national value (a refusal names the province whose share goes over); a share
     * in per cent is the province's own per cent, with no rule on the sum. Returns the shares in force.
     */
    public List<Target> share(UUID targetId, Map<String, BigDecimal> shares, CurrentUser user) {
        if (user.role() != Role.NATIONAL_ADMIN) {
            throw new OutOfScopeException("shares of target " + targetId);
        }
        Target national = store.lock(targetId);
        if (national == null) {
            throw new NotFoundException("programme.target.notFound", targetId);
        }
        if (!national.isNational() || national.isProvincePart() || !national.current()) {
            throw new InvalidInputException("programme.share.notNational", null, national.code(), national.areaName());
        }
        List<AdminUnit> provinces = units.provinces(BusinessCalendar.today(clock), user.scope());
        Map<String, AdminUnit> byCode = provinces.stream().collect(Collectors.toMap(AdminUnit::code, Function.identity()));
        for (var e : shares.entrySet()) {
            if (!byCode.containsKey(e.getKey())) {
                throw new InvalidInputException("programme.share.unknownProvince", field(e.getKey()), e.getKey());
            }
            if (e.getValue() != null) {
                TargetRules.checkValue(national.measure(), e.getValue(), field(e.getKey()));
            }
        }
        Map<String, Target> current = store.currentShares(targetId).stream()
                .collect(Collectors.toMap(Target::areaPath, Function.identity()));
        if (national.measure() == Target.Measure.COUNT) {
            requireWithinNational(national, provinces, shares, current);
        }
        for (AdminUnit p : provinces) {
            if (shares.containsKey(p.code())) {
                apply(national, p, current.get(p.code()), shares.get(p.code()), user.username());
            }
        }
        return store.currentShares(targetId);
    }

    /**
     * Adds the shares kept as they are, then the values sent in the order of the list, and refuses the
     * first value sent that takes the sum over the national value.
     */
    private static void requireWithinNational(Target national, List<AdminUnit> provinces, Map<String, BigDecimal> shares,
                                              Map<String, Target> current) {
        BigDecimal sum = current.values().stream().filter(s -> !shares.containsKey(s.areaPath()))
                .map(Target::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (AdminUnit p : provinces) {
            BigDecimal value = shares.get(p.code());
            if (value == null) {
                continue;
            }
            sum = sum.add(value);
            if (sum.compareTo(national.value()) > 0) {
                throw new InvalidInputException("programme.share.overNational", field(p.code()), p.fullName(), p.code(),
                        value, sum, national.value());
            }
        }
    }

    private void apply(Target national, AdminUnit province, Target old, BigDecimal value, String actor) {
        if (value == null) {
            if (old != null) {
                store.supersede(old.id(), actor);
                publish(old, TargetChanged.Change.WITHDRAWN, false, actor, Map.of("before", old.value().toPlainString()));
            }
            return;
        }
        if (old != null && old.value().compareTo(value) == 0) {
            return;
        }
        if (old != null) {
            store.supersede(old.id(), actor);
        }
        UUID id = UUID.randomUUID();
        store.insertShare(id, national, province.code(), province.fullName(), value, old == null ? null : old.id(), actor);
        Target t = store.find(id);
        log.info("Share of {} in target {} set to {} by {}", province.code(), national.id(), value, actor);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("province", province.code());
        detail.put("before", old == null ? "" : old.value().toPlainString());
        detail.put("after", value.toPlainString());
        publish(t, old == null ? TargetChanged.Change.SHARED : TargetChanged.Change.CORRECTED, true, actor, detail);
    }

    /** A target (any version) that the scope may read. */
    @Transactional(readOnly = true)
    public Target get(UUID id, AreaScope scope) {
        Target t = store.find(id);
        if (t == null) {
            throw new NotFoundException("programme.target.notFound", id);
        }
        requireVisible(t, scope);
        return t;
    }

    /**
     * The targets in force that the scope may read, national first, then by area, code and period;
     * {@code code} and {@code documentId} narrow the list when given.
     */
    @Transactional(readOnly = true)
    public List<Target> list(String code, UUID documentId, AreaScope scope) {
        String c = code == null || code.isBlank() ? null : code.strip().toUpperCase();
        return store.visible(scope, c, documentId);
    }

    /** The targets in force of exactly this area whose period overlaps the months from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<Target> targetsFor(String areaPath, YearMonth from, YearMonth to, AreaScope scope) {
        String path = areaPath == null ? "" : areaPath;
        if (!visible(path, scope)) {
            throw new OutOfScopeException("targets of area '" + path + "'");
        }
        return store.ofArea(path, from, to);
    }

    /** {@link #targetsFor(String, YearMonth, YearMonth, AreaScope)} for whole years. */
    @Transactional(readOnly = true)
    public List<Target> targetsFor(String areaPath, int fromYear, int toYear, AreaScope scope) {
        return targetsFor(areaPath, YearMonth.of(fromYear, 1), YearMonth.of(toYear, 12), scope);
    }

    /** The provinces' shares in force of a national target, those the scope may read. */
    @Transactional(readOnly = true)
    public List<Target> shares(UUID targetId, AreaScope scope) {
        get(targetId, scope);
        return store.currentShares(targetId).stream().filter(s -> visible(s.areaPath(), scope)).toList();
    }

    /** Every version of the provinces' shares of a national target that the scope may read, latest first. */
    @Transactional(readOnly = true)
    public List<Target> shareHistory(UUID targetId, AreaScope scope) {
        get(targetId, scope);
        return store.allShares(targetId).stream().filter(s -> visible(s.areaPath(), scope)).toList();
    }

    /** The documents of the scope's targets: national ones and those of the scope's province. */
    @Transactional(readOnly = true)
    public List<SourceDocument> documents(AreaScope scope) {
        return store.documents(scope);
    }

    /** The indicator codes that targets the scope may read use, for a form's suggestions. */
    @Transactional(readOnly = true)
    public List<String> codes(AreaScope scope) {
        return store.codes(scope);
    }

    /** Whether the user may record targets at all (national administrators and province officers). */
    public static boolean mayRecord(CurrentUser user) {
        return user.role() == Role.NATIONAL_ADMIN || user.role() == Role.PROVINCE_OFFICER;
    }

    /** Whether a target of the area at that path is readable in the scope: the area is within it or above it. */
    public static boolean visible(String areaPath, AreaScope scope) {
        return scope.covers(areaPath) || scope.isWithin(areaPath);
    }

    private void requireMayRecordFor(String path, CurrentUser user) {
        boolean allowed = switch (user.role()) {
            case NATIONAL_ADMIN -> true;
            case PROVINCE_OFFICER -> !path.isEmpty() && user.scope().covers(path);
            default -> false;
        };
        if (!allowed) {
            throw new OutOfScopeException("target of area '" + path + "'");
        }
    }

    private void requireVisible(Target t, AreaScope scope) {
        if (!visible(t.areaPath(), scope)) {
            throw new OutOfScopeException("target " + t.id());
        }
    }

    private String areaName(String path) {
        if (path.isEmpty()) {
            return TargetStore.NATION_NAME;
        }
        if (!TargetRules.AREA_PATH.matcher(path).matches()) {
            throw new InvalidInputException("programme.area.unknown", "areaPath", path);
        }
        AdminUnit unit = units.atPaths(List.of(path)).get(path);
        if (unit == null) {
            throw new InvalidInputException("programme.area.unknown", "areaPath", path);
        }
        return unit.fullName();
    }

    /** The document named by id, or the one described (reused when the same kind and number exist for the area). */
    private SourceDocument document(NewTarget command, String path, CurrentUser user) {
        String owner = path.isEmpty() ? "" : path.substring(0, 2);
        boolean officer = user.role() == Role.PROVINCE_OFFICER;
        if (command.documentId() != null) {
            SourceDocument d = store.document(command.documentId());
            if (d == null || !visible(d.areaPath(), user.scope())) {
                throw new InvalidInputException("programme.document.unknown", "documentId", command.documentId());
            }
            if (!(d.areaPath().equals(owner) || d.areaPath().isEmpty() && !officer)) {
                throw new InvalidInputException("programme.document.notOfArea", "documentId", d.number());
            }
            return d;
        }
        NewTarget.NewDocument described = TargetRules.checkDocument(command.document());
        if (officer && described.kind() == SourceDocument.Kind.NATIONAL_DECISION) {
            throw new InvalidInputException("programme.document.nationalByProvince", "documentKind");
        }
        SourceDocument existing = store.documentByNumber(described.kind(), owner, described.number());
        return existing != null ? existing : store.insertDocument(described, owner, user.username());
    }

    private void publish(Target t, TargetChanged.Change change, boolean inForce, String actor, Map<String, Object> detail) {
        events.publishEvent(new TargetChanged(t.id(), change, inForce, t.code(), t.areaPath(), t.period().first(),
                t.period().last(), t.measure(), t.value(), t.ofCode(), t.direction(), t.document().id(), t.parentId(),
                t.replaces(), actor, detail));
    }

    private static String field(String provinceCode) {
        return "shares[" + provinceCode + "]";
    }
}
