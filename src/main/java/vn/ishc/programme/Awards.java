package vn.ishc.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.members.Members;
import vn.ishc.members.PersonHistory;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;

/**
 * The commendations the associations give. They are recorded by the same people as courses (the national
 * administrators for any area, province and commune officers for their own) and kept as recorded. A user
 * lists the awards of their area and the areas within it, and those given from above to a club or member
 * of their area or to a body or person named as of it; partners see individuals' awards without the names.
 */
@Service
@Transactional
public class Awards {

    private static final Logger log = LoggerFactory.getLogger(Awards.class);

    private final AwardStore store;
    private final ProgrammeAreas areas;
    private final Clubs clubs;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Awards(AwardStore store, ProgrammeAreas areas, Clubs clubs, Members members, ApplicationEventPublisher events,
           Clock clock) {
        this.store = store;
        this.areas = areas;
        this.clubs = clubs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an award; the same {@code id} sent again returns the award recorded the first time. A
     * decision commends each recipient once: the same recipient again on the same decision is refused
     * naming them. A club or member recipient must be of the issuer's area and of the user's.
     */
    public Award record(NewAward command, CurrentUser user) {
        Objects.requireNonNull(command, "command");
        String path = ProgrammeAreas.path(command.areaPath());
        ProgrammeAreas.requireMayRecordFor(path, user, "award");
        if (command.id() != null) {
            Award earlier = store.find(command.id());
            if (earlier != null) {
                return get(earlier.id(), user);
            }
        }
        AwardStore.Checked a = check(command, path, user);
        if (store.exists(a)) {
            throw twice(a);
        }
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        try {
            store.insert(id, a, user.username());
        } catch (DuplicateKeyException e) {
            throw twice(a);
        }
        Award award = store.find(id);
        log.info("Award {} of area '{}' given on {} recorded by {}", id, path, a.givenOn(), user.username());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("issuer", a.issuer());
        detail.put("decision", a.decisionNumber());
        detail.put("givenOn", a.givenOn().toString());
        detail.put("recipientKind", a.kind().name());
        detail.put("recipient", a.recipientName());
        events.publishEvent(new AwardChanged(id, AwardChanged.Change.RECORDED, path, a.givenOn(), user.username(), detail));
        return award;
    }

    /** An award the user may read. */
    @Transactional(readOnly = true)
    public Award get(UUID id, CurrentUser user) {
        Award a = store.find(id);
        if (a == null) {
            throw new NotFoundException("programme.award.notFound", id);
        }
        if (!store.visible(id, user.scope())) {
            throw new OutOfScopeException("award " + id);
        }
        return shown(a, user);
    }

    /** The awards listed for the user, the latest first; {@code year} narrows the list. */
    @Transactional(readOnly = true)
    public List<Award> list(Integer year, CurrentUser user) {
        return store.visible(user.scope(), year, Trainings.LIST_LIMIT).stream().map(a -> shown(a, user)).toList();
    }

    /** Whether the user records awards at all. */
    public static boolean mayRecord(CurrentUser user) {
        return ProgrammeAreas.mayRecord(user);
    }

    private static Award shown(Award a, CurrentUser user) {
        return user.is(Role.PARTNER_VIEWER) && !a.recipientKind().collective() ? a.withoutName() : a;
    }

    private AwardStore.Checked check(NewAward c, String path, CurrentUser user) {
        LocalDate on = ProgrammeAreas.required(c.givenOn(), "givenOn");
        ProgrammeAreas.requireYear(on, "givenOn");
        if (on.isAfter(BusinessCalendar.today(clock))) {
            throw new InvalidInputException("programme.award.future", "givenOn", on);
        }
        String issuer = ProgrammeAreas.required(c.issuer(), "issuer", 200);
        String decision = ProgrammeAreas.required(c.decisionNumber(), "decisionNumber", 100);
        String areaName = areas.name(path);
        Award.Recipient kind = ProgrammeAreas.required(c.recipientKind(), "recipientKind");
        AreaScope issuerArea = AreaScope.ofPath(path);
        String note = ProgrammeAreas.text(c.note(), "note", 1000);
        if (kind == Award.Recipient.CLUB || kind == Award.Recipient.MEMBER) {
            Club club = clubs.get(ProgrammeAreas.required(c.clubId(), "clubId"), user.scope());
            if (club.areaPaths().stream().noneMatch(issuerArea::covers)) {
                throw new InvalidInputException("programme.award.clubOutsideArea", "clubId", club.name(), areaName);
            }
            if (kind == Award.Recipient.CLUB) {
                return new AwardStore.Checked(on, issuer, decision, path, areaName, kind, club.id(), null, club.name(),
                        club.areaPaths(), note);
            }
            PersonHistory history = members.person(ProgrammeAreas.required(c.personId(), "personId"), user.scope());
            boolean member = history.memberships().stream().map(PersonHistory.Entry::membership)
                    .anyMatch(m -> m.clubId().equals(club.id()) && !m.joinedOn().isAfter(on));
            if (!member) {
                throw new InvalidInputException("programme.participant.notMember", "personId",
                        history.person().fullName(), club.name());
            }
            return new AwardStore.Checked(on, issuer, decision, path, areaName, kind, club.id(), history.person().id(),
                    history.person().fullName(), club.areaPaths(), note);
        }
        String name = ProgrammeAreas.required(c.recipientName(), "recipientName", 200);
        String recipientPath = ProgrammeAreas.path(c.recipientAreaPath());
        List<String> paths = List.of();
        if (!recipientPath.isEmpty()) {
            areas.name(recipientPath, "recipientAreaPath");
            if (!issuerArea.covers(recipientPath) || !user.scope().covers(recipientPath)) {
                throw new InvalidInputException("programme.award.recipientOutsideArea", "recipientAreaPath", areaName);
            }
            paths = List.of(recipientPath);
        }
        return new AwardStore.Checked(on, issuer, decision, path, areaName, kind, null, null, name, paths, note);
    }

    private static InvalidInputException twice(AwardStore.Checked a) {
        return new InvalidInputException("programme.award.twice", "recipientName", a.recipientName(), a.decisionNumber());
    }
}
