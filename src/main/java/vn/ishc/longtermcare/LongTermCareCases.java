package vn.ishc.longtermcare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * Long-term care cases: opened for a person in a club's area with the user who opens it as case manager (a
 * commune officer, or a collaborator: a club board member or home-care volunteer of the commune), assessed (the
 * scores and need level computed from the answers, never typed), changes recorded, closed with a reason.
 * <p>
 * Least privilege: a case's personal and health data is seen only by its case manager and the commune officers
 * of its area. Province and national users see no case (only figures, later); a club board member or volunteer
 * sees only the cases they manage.
 */
@Service
@Transactional
public class LongTermCareCases {

    private static final int MAX_CLUBS = 100_000;

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Members members;
    private final Clock clock;

    LongTermCareCases(JdbcClient jdbc, Clubs clubs, Members members, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.members = members;
        this.clock = clock;
    }

    /** Opens a case with the user as its manager; sending the same id again returns the case already opened. */
    public LtcCase open(NewCase c, CurrentUser user) {
        requireCaseWorker(user);
        if (c == null || c.clubId() == null) {
            throw missing("clubId");
        }
        Club club = clubs.get(c.clubId(), user.scope());
        if (c.id() != null) {
            Optional<LtcCase> existing = find(c.id());
            if (existing.isPresent()) {
                return readable(existing.get(), user);
            }
        }
        if (c.openedOn() == null) {
            throw missing("openedOn");
        }
        LocalDate opened = pastDay(c.openedOn(), "openedOn");
        String name;
        Person.Sex sex;
        Integer birthYear;
        if (c.personId() != null) {
            Person p = members.person(c.personId(), user.scope()).person();
            if (!members.isMember(club.id(), p.id(), opened)) {
                throw new InvalidInputException("ltc.person.notMember", "personId", opened);
            }
            name = p.fullName();
            sex = p.sex();
            birthYear = p.birthYear();
        } else {
            name = text(c.name(), "name", 150);
            if (name == null) {
                throw missing("name");
            }
            if (c.sex() == null) {
                throw missing("sex");
            }
            sex = c.sex();
            if (c.birthYear() == null) {
                throw missing("birthYear");
            }
            if (c.birthYear() < 1900 || c.birthYear() > opened.getYear()) {
                throw new InvalidInputException("ltc.birthYear.invalid", "birthYear", c.birthYear());
            }
            birthYear = c.birthYear();
        }
        UUID id = c.id() == null ? UUID.randomUUID() : c.id();
        jdbc.sql("""
                insert into ltc_case (id, club_id, person_id, name, sex, birth_year, village, opened_on, manager,
                    created_by, updated_by)
                values (:id, :club, :person, :name, :sex, :birth, :village, :opened, :manager, :actor, :actor)""")
                .param("id", id).param("club", club.id()).param("person", c.personId()).param("name", name)
                .param("sex", sex == null ? null : sex.name()).param("birth", birthYear)
                .param("village", text(c.village(), "village", 200)).param("opened", opened)
                .param("manager", user.username()).param("actor", user.username()).update();
        return find(id).orElseThrow();
    }

    /** A case, if the user may see it. */
    @Transactional(readOnly = true)
    public LtcCase get(UUID id, CurrentUser user) {
        LtcCase c = find(id).orElseThrow(() -> new NotFoundException("ltc.case.notFound", id));
        return readable(c, user);
    }

    /** A case with its assessments, changes and what is due today. */
    @Transactional(readOnly = true)
    public CaseFile file(UUID id, CurrentUser user) {
        LtcCase c = get(id, user);
        List<Assessment> assessments = assessmentsOf(c.id());
        List<CaseChange> changes = jdbc.sql("select * from ltc_change where case_id = :c order by happened_on desc, created_at desc")
                .param("c", c.id()).query(CHANGE).list();
        Integer change = assessments.size() < 2 ? null
                : assessments.get(0).barthelScore() - assessments.get(1).barthelScore();
        return new CaseFile(c, assessments, changes, due(c, assessments, changes), change);
    }

    /** Saves an assessment of an open case; its scores and need level are computed from the answers. */
    public Assessment assess(UUID caseId, LocalDate on, AssessmentAnswers answers, CurrentUser user) {
        LtcCase c = openCase(caseId, user);
        LocalDate day = dayInCase(c, on, "assessedOn");
        if (answers == null) {
            throw missing("answers");
        }
        NeedLevelRules.Result result = NeedLevelRules.of(answers);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ltc_assessment (id, case_id, assessed_on, assessor, barthel, lawton, screens, living,
                    has_carer, barthel_score, lawton_score, need_level, reasons)
                values (:id, :case, :on, :assessor, :barthel, :lawton, :screens, :living, :carer, :bs, :ls, :level,
                    :reasons)""")
                .param("id", id).param("case", c.id()).param("on", day).param("assessor", user.username())
                .param("barthel", answers.barthel().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().name() + ":" + e.getValue()).collect(Collectors.joining(",")))
                .param("lawton", yes(answers.lawton())).param("screens", yes(answers.screens()))
                .param("living", answers.living().name()).param("carer", answers.hasCarer())
                .param("bs", answers.barthelScore()).param("ls", answers.lawtonScore())
                .param("level", result.level().name())
                .param("reasons", result.reasons().stream().map(Enum::name).collect(Collectors.joining(",")))
                .update();
        touch(c.id(), user);
        return jdbc.sql("select * from ltc_assessment where id = :id").param("id", id).query(ASSESSMENT).single();
    }

    /**
     * Turns what a form or request said into answers, or refuses them naming the first item unanswered or given a
     * score its item does not allow.
     */
    public static AssessmentAnswers answers(Map<BarthelItem, Integer> barthel, Map<LawtonItem, Boolean> lawton,
                                            Map<ScreenItem, Boolean> screens, LivingSituation living, Boolean hasCarer) {
        if (barthel != null) {
            for (BarthelItem item : BarthelItem.values()) {
                Integer score = barthel.get(item);
                if (score != null && !item.allows(score)) {
                    throw new InvalidInputException("ltc.answer.notAllowed", "barthel." + item.name(),
                            new DefaultMessageSourceResolvable("ltc.barthel." + item.name()), score,
                            item.scores().stream().map(String::valueOf).collect(Collectors.joining(", ")));
                }
            }
        }
        if (living == null) {
            throw missing("living");
        }
        if (hasCarer == null) {
            throw missing("hasCarer");
        }
        try {
            return new AssessmentAnswers(barthel, lawton, screens, living, hasCarer);
        } catch (AssessmentAnswers.UnansweredOrInvalid e) {
            String group = e.field().substring(0, e.field().indexOf('.'));
            throw new InvalidInputException("ltc.answer.missing", e.field(),
                    new DefaultMessageSourceResolvable("ltc." + e.field()),
                    new DefaultMessageSourceResolvable("ltc.group." + group));
        }
    }

    /** Records a change on an open case: a reassessment is due at once if it came after the last assessment. */
    public CaseChange recordChange(UUID caseId, LocalDate on, ChangeKind kind, CurrentUser user) {
        LtcCase c = openCase(caseId, user);
        LocalDate day = dayInCase(c, on, "happenedOn");
        if (kind == null) {
            throw missing("kind");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into ltc_change (id, case_id, happened_on, kind, recorded_by) values (:id, :c, :d, :k, :u)")
                .param("id", id).param("c", c.id()).param("d", day).param("k", kind.name())
                .param("u", user.username()).update();
        touch(c.id(), user);
        return new CaseChange(id, c.id(), day, kind, user.username());
    }

    /** Closes an open case on a day with a reason; closing a closed case again changes nothing. */
    public LtcCase close(UUID caseId, LocalDate on, ClosureReason reason, CurrentUser user) {
        LtcCase c = get(caseId, user);
        if (!c.open()) {
            return c;
        }
        LocalDate day = dayInCase(c, on, "closedOn");
        if (reason == null) {
            throw missing("closureReason");
        }
        jdbc.sql("update ltc_case set closed_on = :d, closure_reason = :r, version = version + 1, updated_at = now(), "
                        + "updated_by = :u where id = :id")
                .param("d", day).param("r", reason.name()).param("u", user.username()).param("id", c.id()).update();
        return find(c.id()).orElseThrow();
    }

    /**
     * The cases the user may see (a commune officer: every case of the area; a collaborator: the cases they
     * manage), open ones with the earliest task due first, then those with nothing due, then closed ones.
     */
    @Transactional(readOnly = true)
    public List<CaseSummary> list(CurrentUser user) {
        requireCaseWorker(user);
        List<UUID> clubIds = clubs.list(ClubFilter.all(), user.scope(), MAX_CLUBS).stream().map(Club::id).toList();
        if (clubIds.isEmpty()) {
            return List.of();
        }
        boolean officer = user.is(Role.COMMUNE_OFFICER);
        List<LtcCase> cases = jdbc.sql("select * from ltc_case where club_id = any(:clubs) and (:all or manager = :u)")
                .param("clubs", clubIds.toArray(UUID[]::new)).param("all", officer).param("u", user.username())
                .query(CASE).list();
        return cases.stream().map(c -> {
            List<Assessment> assessments = assessmentsOf(c.id());
            List<CaseChange> changes = jdbc.sql("select * from ltc_change where case_id = :c order by happened_on desc")
                    .param("c", c.id()).query(CHANGE).list();
            Assessment last = assessments.isEmpty() ? null : assessments.get(0);
            return new CaseSummary(c, last == null ? null : last.barthelScore(), last == null ? null : last.level(),
                    due(c, assessments, changes));
        }).sorted(Comparator.comparing((CaseSummary s) -> !s.kase().open())
                .thenComparing(CaseSummary::firstDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.kase().name())
                .thenComparing(s -> s.kase().id())).toList();
    }

    private List<CaseDue.Due> due(LtcCase c, List<Assessment> assessments, List<CaseChange> changes) {
        if (!c.open()) {
            return List.of();
        }
        return CaseDue.on(new CaseDue.CaseState(c.openedOn(),
                assessments.stream().map(Assessment::assessedOn).max(Comparator.naturalOrder()),
                changes.stream().map(CaseChange::happenedOn).max(Comparator.naturalOrder()),
                Optional.empty(), 0, 0), today());
    }

    private List<Assessment> assessmentsOf(UUID caseId) {
        return jdbc.sql("select * from ltc_assessment where case_id = :c order by assessed_on desc, created_at desc")
                .param("c", caseId).query(ASSESSMENT).list();
    }

    private LtcCase openCase(UUID caseId, CurrentUser user) {
        LtcCase c = get(caseId, user);
        if (!c.open()) {
            throw new InvalidInputException("ltc.case.closed", "caseId", c.closedOn());
        }
        return c;
    }

    /** The case if the user may see its personal and health data: its manager, or a commune officer of its area. */
    private LtcCase readable(LtcCase c, CurrentUser user) {
        requireCaseWorker(user);
        clubs.get(c.clubId(), user.scope());
        if (user.is(Role.COMMUNE_OFFICER) || user.username().equals(c.manager())) {
            return c;
        }
        throw new OutOfScopeException("ltc case " + c.id());
    }

    private static void requireCaseWorker(CurrentUser user) {
        if (!(user.is(Role.COMMUNE_OFFICER) || user.is(Role.CLUB_BOARD) || user.is(Role.HOMECARE_VOLUNTEER))) {
            throw new OutOfScopeException("ltc cases for " + user.role());
        }
    }

    private void touch(UUID caseId, CurrentUser user) {
        jdbc.sql("update ltc_case set version = version + 1, updated_at = now(), updated_by = :u where id = :id")
                .param("u", user.username()).param("id", caseId).update();
    }

    private LocalDate dayInCase(LtcCase c, LocalDate on, String field) {
        if (on == null) {
            throw missing(field);
        }
        LocalDate day = pastDay(on, field);
        if (day.isBefore(c.openedOn())) {
            throw new InvalidInputException("ltc.date.beforeOpened", field, day, c.openedOn());
        }
        return day;
    }

    private LocalDate pastDay(LocalDate day, String field) {
        if (day.isAfter(today())) {
            throw new InvalidInputException("ltc.date.future", field, day);
        }
        return day;
    }

    private Optional<LtcCase> find(UUID id) {
        return jdbc.sql("select * from ltc_case where id = :id").param("id", id).query(CASE).optional();
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("ltc.field.missing", field);
    }

    private static String text(String s, String field, int max) {
        String t = VietnameseText.clean(s);
        if (t == null || t.isBlank()) {
            return null;
        }
        if (t.length() > max) {
            throw new InvalidInputException("ltc.text.tooLong", field, new DefaultMessageSourceResolvable("field." + field), max);
        }
        return t;
    }

    private static <K extends Enum<K>> String yes(Map<K, Boolean> answers) {
        return answers.entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().name()).sorted()
                .collect(Collectors.joining(","));
    }

    private static <K extends Enum<K>> Map<K, Boolean> yesNo(Class<K> type, String joined) {
        Map<K, Boolean> map = new EnumMap<>(type);
        List<String> yes = joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
        for (K item : type.getEnumConstants()) {
            map.put(item, yes.contains(item.name()));
        }
        return map;
    }

    private static final RowMapper<LtcCase> CASE = (ResultSet rs, int n) -> new LtcCase(rs.getObject("id", UUID.class),
            rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("name"),
            rs.getString("sex") == null ? null : Person.Sex.valueOf(rs.getString("sex")),
            (Integer) rs.getObject("birth_year"), rs.getString("village"), rs.getObject("opened_on", LocalDate.class),
            rs.getString("manager"), rs.getObject("closed_on", LocalDate.class),
            rs.getString("closure_reason") == null ? null : ClosureReason.valueOf(rs.getString("closure_reason")),
            rs.getInt("version"));

    private static final RowMapper<CaseChange> CHANGE = (ResultSet rs, int n) -> new CaseChange(
            rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getObject("happened_on", LocalDate.class), ChangeKind.valueOf(rs.getString("kind")),
            rs.getString("recorded_by"));

    private static final RowMapper<Assessment> ASSESSMENT = LongTermCareCases::assessment;

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        Map<BarthelItem, Integer> barthel = new EnumMap<>(BarthelItem.class);
        for (String pair : rs.getString("barthel").split(",")) {
            String[] kv = pair.split(":");
            barthel.put(BarthelItem.valueOf(kv[0]), Integer.valueOf(kv[1]));
        }
        AssessmentAnswers answers = new AssessmentAnswers(barthel, yesNo(LawtonItem.class, rs.getString("lawton")),
                yesNo(ScreenItem.class, rs.getString("screens")), LivingSituation.valueOf(rs.getString("living")),
                rs.getBoolean("has_carer"));
        String reasons = rs.getString("reasons");
        return new Assessment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("assessed_on", LocalDate.class), rs.getString("assessor"), answers,
                rs.getInt("barthel_score"), rs.getInt("lawton_score"), NeedLevel.valueOf(rs.getString("need_level")),
                reasons.isBlank() ? List.of() : Arrays.stream(reasons.split(",")).map(NeedLevelRules.Reason::valueOf).toList());
    }
}
