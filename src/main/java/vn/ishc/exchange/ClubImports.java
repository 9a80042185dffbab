package vn.ishc.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.BoardSeat;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubDetails;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.clubs.MeetingDayLabels;
import vn.ishc.clubs.NewClub;
import vn.ishc.exchange.ClubImportRow.Outcome;
import vn.ishc.exchange.ClubImportStore.Checked;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Village;
import vn.ishc.geography.Villages;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * Importing the clubs of one commune from a sheet of one row per club: a row whose code is a club of the
 * commune corrects it (and, when its board columns are filled in, who holds the chair, the vice-chair and
 * the treasurer's seat from the day of saving), any other row registers a new club in a village of the
 * commune. An upload is checked row by row into a preview (added, updated, unchanged, refused) that saves
 * nothing; confirming saves every accepted row through {@link Clubs} and {@link Boards}, all in one
 * transaction, so the clubs' rules, audit and events apply as for clubs keyed on the desk. A new club's
 * board is not read from the sheet: it has no members yet. A batch is seen only by the user who uploaded it.
 */
@Service
@Transactional
public class ClubImports {

    private static final Logger log = LoggerFactory.getLogger(ClubImports.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    private static final Locale SHEET_LANGUAGE = Locale.forLanguageTag("vi");
    /** The most clubs of a commune, or of the user's scope, looked up for one sheet. */
    static final int MAX_CLUBS = 5_000;

    private final Clubs clubs;
    private final Boards boards;
    private final Members members;
    private final Villages villages;
    private final AdminUnits units;
    private final MeetingDayLabels meetingDays;
    private final ClubImportStore store;
    private final Clock clock;
    private final ImportLimits limits;

    ClubImports(Clubs clubs, Boards boards, Members members, Villages villages, AdminUnits units,
                MeetingDayLabels meetingDays, ClubImportStore store, Clock clock, ImportLimits limits) {
        this.clubs = clubs;
        this.boards = boards;
        this.members = members;
        this.villages = villages;
        this.units = units;
        this.meetingDays = meetingDays;
        this.store = store;
        this.clock = clock;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public ImportLimits limits() {
        return limits;
    }

    /**
     * The commune whose clubs are imported: the one chosen, or the user's own commune. Refused when the
     * chosen unit is not a commune in the user's scope, or when a user above a commune chooses none.
     */
    @Transactional(readOnly = true)
    public AdminUnit commune(Long communeId, AreaScope scope) {
        AdminUnit unit;
        if (communeId != null) {
            unit = units.get(communeId, scope);
        } else if (scope.level() == AreaScope.Level.COMMUNE) {
            String path = scope.path();
            unit = units.at(AdminUnit.Level.COMMUNE, path.substring(path.indexOf('.') + 1),
                    BusinessCalendar.today(clock), scope);
        } else {
            throw new InvalidInputException("exchange.clubs.communeNeeded", "area");
        }
        if (unit.level() != AdminUnit.Level.COMMUNE) {
            throw new InvalidInputException("exchange.clubs.communeNeeded", "area");
        }
        return unit;
    }

    /** The template of a commune: its clubs prefilled (code, details, board today), its villages in a drop-down. */
    @Transactional(readOnly = true)
    public byte[] template(long communeId, AreaScope scope) {
        LocalDate today = BusinessCalendar.today(clock);
        AdminUnit commune = commune(communeId, scope);
        List<Village> choices = villages.ofCommune(commune.id(), false, scope);
        Map<UUID, String> villageNames = new HashMap<>();
        villages.ofCommune(commune.id(), true, scope).forEach(v -> villageNames.put(v.id(), v.name()));
        List<ClubSheetTemplate.Line> lines = new ArrayList<>();
        for (Club c : clubsOf(commune, scope)) {
            List<MemberRow> roll = members.membersOf(c.id(), today, scope);
            Map<ClubSheetColumn, String> board = new EnumMap<>(ClubSheetColumn.class);
            List<BoardSeat> seats = boards.boardOn(c.id(), today, scope);
            for (ClubSheetColumn column : ClubSheetColumn.BOARD) {
                List<String> held = seats.stream().filter(s -> s.role() == column.role())
                        .map(s -> written(s.personId(), roll)).toList();
                if (!held.isEmpty()) {
                    board.put(column, String.join(ClubSheetReader.SEPARATOR + " ", held));
                }
            }
            String village = villageNames.getOrDefault(c.villageId(), villages.get(c.villageId(), scope).name());
            lines.add(new ClubSheetTemplate.Line(c, village, meetingDay(c.meetingDay()), board));
        }
        log.info("Clubs template downloaded for commune {}: {} clubs", commune.code(), lines.size());
        return ClubSheetTemplate.write(limits.maxRows(), lines, choices.stream().map(Village::name).toList());
    }

    /**
     * Reads and checks an uploaded sheet of a commune's clubs and keeps the result as a preview; nothing
     * is saved. A file that cannot be read as such a sheet is refused as a whole and nothing is kept.
     */
    public ClubImportBatch preview(long communeId, String fileName, InputStream content, String actor, AreaScope scope) {
        AdminUnit commune = commune(communeId, scope);
        try (UploadedFile file = UploadedFile.copy(content, limits)) {
            List<ClubSheetLine> lines = new ClubSheetReader(limits).read(file);
            Check check = new Check(commune, scope, BusinessCalendar.today(clock));
            lines.forEach(check::line);
            check.problems.sort(Comparator.comparingInt(RowProblem::row));
            ClubImportBatch batch = new ClubImportBatch(UUID.randomUUID(), commune.id(), name(fileName),
                    ClubImportBatch.Status.PREVIEW, lines.size(), count(check.rows, Outcome.ADD),
                    count(check.rows, Outcome.UPDATE), count(check.rows, Outcome.UNCHANGED),
                    count(check.rows, Outcome.REFUSED), null, actor, null);
            store.insert(batch, check.rows, check.problems, batch.refused() > 0 ? read(file) : null);
            log.info("Clubs import {} previewed for commune {}: {} rows, {} to add, {} to update, {} unchanged, "
                            + "{} refused", batch.id(), commune.code(), batch.totalRows(), batch.toAdd(), batch.toUpdate(),
                    batch.unchanged(), batch.refused());
            return get(batch.id(), actor);
        }
    }

    /** A batch of the user's. */
    @Transactional(readOnly = true)
    public ClubImportBatch get(UUID batchId, String actor) {
        ClubImportBatch batch = store.find(batchId)
                .orElseThrow(() -> new NotFoundException("exchange.batch.notFound", batchId));
        if (!batch.createdBy().equals(actor)) {
            throw new OutOfScopeException("clubs import " + batchId);
        }
        return batch;
    }

    @Transactional(readOnly = true)
    public List<ClubImportRow> rows(UUID batchId, String actor) {
        get(batchId, actor);
        return store.rows(batchId);
    }

    @Transactional(readOnly = true)
    public List<RowProblem> problems(UUID batchId, String actor, int limit) {
        get(batchId, actor);
        return store.problems(batchId, limit);
    }

    @Transactional(readOnly = true)
    public List<ClubImportBatch> recent(String actor, int limit) {
        return store.recent(actor, limit);
    }

    /**
     * Saves every added or updated row of the preview through {@link Clubs} and {@link Boards}, all in
     * this one transaction: a row the clubs' rules refuse now (a club changed meanwhile, a code taken)
     * refuses them all. Confirming a batch already saved saves nothing again.
     */
    public ClubImportBatch confirm(UUID batchId, String actor, AreaScope scope) {
        ClubImportBatch batch = get(batchId, actor);
        if (batch.status() == ClubImportBatch.Status.SAVED) {
            return batch;
        }
        if (!store.close(batchId, ClubImportBatch.Status.SAVED, actor)) {
            throw new InvalidInputException("exchange.batch.closed", null);
        }
        commune(batch.communeId(), scope);
        LocalDate today = BusinessCalendar.today(clock);
        int saved = 0;
        for (Checked c : store.toSave(batchId)) {
            ClubImportEntry e = c.entry();
            if (e.version() == null) {
                clubs.register(new NewClub(e.clubId(), e.villageId(), e.code(), e.name(), e.decisionNumber(),
                        e.decisionDate(), null, e.foundedOn(), e.meetingDay()), actor, scope);
            } else {
                if (e.detailsChanged()) {
                    clubs.correct(e.clubId(), new ClubDetails(e.code(), e.name(), e.decisionNumber(), e.decisionDate(),
                            null, e.foundedOn(), e.meetingDay()), e.version(), actor, scope);
                }
                seat(e, today, actor, scope);
            }
            saved++;
        }
        log.info("Clubs import {} saved: {} clubs", batchId, saved);
        return get(batchId, actor);
    }

    /** Drops a preview: nothing of it is saved. */
    public ClubImportBatch cancel(UUID batchId, String actor) {
        get(batchId, actor);
        if (!store.close(batchId, ClubImportBatch.Status.CANCELLED, actor)) {
            throw new InvalidInputException("exchange.batch.closed", null);
        }
        return get(batchId, actor);
    }

    /** The upload as sent with a "Lỗi" column on each refused row, in the words of {@code say}. */
    @Transactional(readOnly = true)
    public byte[] errorCopy(UUID batchId, String actor, Function<RowProblem, String> say) {
        get(batchId, actor);
        byte[] sent = store.upload(batchId).orElseThrow(() -> new NotFoundException("exchange.batch.noErrorCopy", batchId));
        Map<Integer, String> errors = new TreeMap<>();
        for (RowProblem p : store.problems(batchId, limits.maxRows() * ClubSheetColumn.values().length)) {
            errors.merge(p.row(), say.apply(p), (a, b) -> a + "; " + b);
        }
        return ErrorCopy.write(sent, errors, false);
    }

    /** Ends the seats of the positions the row changes held by others, and seats the members named, from today. */
    private void seat(ClubImportEntry e, LocalDate today, String actor, AreaScope scope) {
        if (e.board() == null || e.board().isEmpty()) {
            return;
        }
        List<BoardSeat> seats = boards.boardOn(e.clubId(), today, scope);
        e.board().forEach((role, people) -> {
            Set<UUID> holding = new HashSet<>();
            for (BoardSeat s : seats) {
                if (s.role() == role) {
                    if (people.contains(s.personId())) {
                        holding.add(s.personId());
                    } else {
                        boards.end(s.id(), today, actor, scope);
                    }
                }
            }
            people.stream().filter(p -> !holding.contains(p))
                    .forEach(p -> boards.appoint(e.clubId(), p, role, List.of(), today, actor, scope));
        });
    }

    private List<Club> clubsOf(AdminUnit commune, AreaScope scope) {
        return clubs.list(new ClubFilter(commune.id(), null, null, null, null), scope, MAX_CLUBS);
    }

    /** A member as the sheet names them: by name, or by id when another member of the club has the same name. */
    private static String written(UUID personId, List<MemberRow> roll) {
        MemberRow m = roll.stream().filter(r -> r.person().id().equals(personId)).findFirst().orElse(null);
        if (m == null) {
            return personId.toString();
        }
        String key = VietnameseText.searchKey(m.person().fullName());
        long same = roll.stream().filter(r -> VietnameseText.searchKey(r.person().fullName()).equals(key)).count();
        return same == 1 ? m.person().fullName() : personId.toString();
    }

    /** The meeting day as the sheet writes it: the day of the month as a number, a weekday in words. */
    private String meetingDay(MeetingDay day) {
        return day.dayOfMonth() != null ? String.valueOf(day.dayOfMonth()) : meetingDays.label(day, SHEET_LANGUAGE);
    }

    /** The checking of one upload: its rows, and why rows are refused. */
    private final class Check {
        private final AdminUnit commune;
        private final AreaScope scope;
        private final LocalDate today;
        private final List<Checked> rows = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private final Map<String, Club> byCode = new HashMap<>();
        private final Map<String, Club> byName = new HashMap<>();
        private final Map<String, Club> elsewhere = new HashMap<>();
        private final Map<String, Village> villagesByName = new HashMap<>();
        private final String villageNames;
        private final Map<String, String> meetingDayWords = new HashMap<>();
        private final Map<String, Integer> codesSeen = new HashMap<>();
        private final Map<String, Integer> namesSeen = new HashMap<>();

        Check(AdminUnit commune, AreaScope scope, LocalDate today) {
            this.commune = commune;
            this.scope = scope;
            this.today = today;
            for (Club c : clubsOf(commune, scope)) {
                byCode.put(VietnameseText.searchKey(c.code()), c);
                if (c.nationalId() != null) {
                    byCode.put(VietnameseText.searchKey(c.nationalId()), c);
                }
                byName.put(VietnameseText.searchKey(c.name()), c);
            }
            for (Club c : clubs.list(ClubFilter.all(), scope, MAX_CLUBS)) {
                if (!byCode.containsValue(c)) {
                    elsewhere.putIfAbsent(VietnameseText.searchKey(c.code()), c);
                }
            }
            List<Village> list = villages.ofCommune(commune.id(), false, scope);
            list.forEach(v -> villagesByName.put(VietnameseText.searchKey(v.name()), v));
            villageNames = String.join(", ", list.stream().map(Village::name).toList());
            meetingDays.choices(SHEET_LANGUAGE).forEach((code, words) ->
                    meetingDayWords.put(VietnameseText.searchKey(words), code));
        }

        void line(ClubSheetLine l) {
            int before = problems.size();
            problems.addAll(l.problems());
            Club club = l.code() == null ? null : byCode.get(VietnameseText.searchKey(l.code()));
            String shownName = l.name() != null ? l.name() : club != null ? club.name() : "";
            String shownCode = l.code() != null ? l.code() : "";
            if (l.code() != null) {
                Integer earlier = codesSeen.putIfAbsent(VietnameseText.searchKey(club != null ? club.code() : l.code()),
                        l.row());
                if (earlier != null) {
                    problems.add(l.problem(ClubSheetColumn.CODE, "exchange.clubs.repeatedCode", l.code(), earlier));
                } else if (club == null && elsewhere.containsKey(VietnameseText.searchKey(l.code()))) {
                    problems.add(l.problem(ClubSheetColumn.CODE, "exchange.clubs.otherCommune", l.code(),
                            elsewhere.get(VietnameseText.searchKey(l.code())).name(), commune.fullName()));
                } else if (club == null && !CODE.matcher(l.code()).matches()) {
                    problems.add(l.problem(ClubSheetColumn.CODE, "exchange.clubs.codeFormat", l.code()));
                }
            }
            if (l.name() != null) {
                String key = VietnameseText.searchKey(l.name());
                Integer earlier = namesSeen.putIfAbsent(key, l.row());
                Club named = byName.get(key);
                if (earlier != null) {
                    problems.add(l.problem(ClubSheetColumn.NAME, "exchange.clubs.repeatedName", l.name(), earlier));
                } else if (named != null && !named.equals(club)) {
                    problems.add(l.problem(ClubSheetColumn.NAME, "exchange.clubs.nameTaken", l.name(), named.code()));
                }
                tooLong(l, ClubSheetColumn.NAME, l.name(), 150);
            }
            tooLong(l, ClubSheetColumn.DECISION_NUMBER, l.decisionNumber(), 50);
            Village village = village(l, club);
            future(l, ClubSheetColumn.DECISION_DATE, l.decisionDate());
            LocalDate foundedOn = l.foundedOn() != null ? l.foundedOn() : club != null ? club.foundedOn() : l.decisionDate();
            future(l, ClubSheetColumn.FOUNDED_ON, l.foundedOn());
            if (foundedOn != null && l.decisionDate() != null && foundedOn.isBefore(l.decisionDate())
                    && !foundedOn.isAfter(today)) {
                problems.add(l.problem(l.foundedOn() != null ? ClubSheetColumn.FOUNDED_ON : ClubSheetColumn.DECISION_DATE,
                        "exchange.clubs.foundedBeforeDecision", foundedOn.format(DAY), l.decisionDate().format(DAY)));
            }
            String meetingDay = meetingDay(l);
            Map<BoardRole, List<UUID>> board = board(l, club);
            ClubImportEntry entry = null;
            Outcome outcome = Outcome.REFUSED;
            if (problems.size() == before) {
                if (club == null) {
                    outcome = Outcome.ADD;
                    entry = new ClubImportEntry(UUID.randomUUID(), null, village.id(), l.code(), l.name(),
                            l.decisionNumber(), l.decisionDate(), foundedOn, meetingDay, true, Map.of());
                } else {
                    ClubDetails was = ClubDetails.of(club);
                    boolean changed = !Objects.equals(was.name(), l.name())
                            || !Objects.equals(was.decisionNumber(), l.decisionNumber())
                            || !Objects.equals(was.decisionDate(), l.decisionDate())
                            || !Objects.equals(was.foundedOn(), foundedOn)
                            || !Objects.equals(was.meetingDay(), meetingDay);
                    outcome = changed || !board.isEmpty() ? Outcome.UPDATE : Outcome.UNCHANGED;
                    entry = outcome == Outcome.UNCHANGED ? null : new ClubImportEntry(club.id(), club.version(),
                            club.villageId(), club.code(), l.name(), l.decisionNumber(), l.decisionDate(), foundedOn,
                            meetingDay, changed, board);
                }
            }
            UUID id = club != null ? club.id() : entry != null ? entry.clubId() : null;
            rows.add(new Checked(new ClubImportRow(l.row(), id, shownCode, shownName, outcome), entry));
        }

        private void tooLong(ClubSheetLine l, ClubSheetColumn column, String value, int max) {
            if (value != null && value.length() > max) {
                problems.add(l.problem(column, "exchange.clubs.tooLong", l.header(column), max));
            }
        }

        private void future(ClubSheetLine l, ClubSheetColumn column, LocalDate date) {
            if (date != null && date.isAfter(today)) {
                problems.add(l.problem(column, "exchange.clubs.future", l.header(column), date.format(DAY)));
            }
        }

        /** The village a row names, among the active villages of the commune; a club keeps the village it has. */
        private Village village(ClubSheetLine l, Club club) {
            if (l.village() == null) {
                return null;
            }
            Village v = villagesByName.get(VietnameseText.searchKey(l.village()));
            if (v == null) {
                problems.add(l.problem(ClubSheetColumn.VILLAGE, "exchange.clubs.village", l.village(),
                        commune.fullName(), villageNames));
            } else if (club != null && !v.id().equals(club.villageId())) {
                problems.add(l.problem(ClubSheetColumn.VILLAGE, "exchange.clubs.villageKept", club.name()));
            }
            return v;
        }

        /** The meeting day's code: a day of the month, or a weekday of a week in the words the template uses. */
        private String meetingDay(ClubSheetLine l) {
            if (l.meetingDay() != null) {
                return MeetingDay.ofMonthDay(l.meetingDay()).code();
            }
            String text = l.cell(ClubSheetColumn.MEETING_DAY);
            if (text.isEmpty() || l.problems().stream().anyMatch(p -> Objects.equals(p.column(),
                    l.header(ClubSheetColumn.MEETING_DAY)))) {
                return null;
            }
            String code = meetingDayWords.get(VietnameseText.searchKey(text));
            if (code == null) {
                problems.add(l.problem(ClubSheetColumn.MEETING_DAY, "exchange.clubs.meetingDay",
                        l.header(ClubSheetColumn.MEETING_DAY), text));
            }
            return code;
        }

        /**
         * The board positions a row changes, each with the members to hold it: a member of the club today,
         * named by id or by name. A blank board cell leaves the position as it is.
         */
        private Map<BoardRole, List<UUID>> board(ClubSheetLine l, Club club) {
            Map<BoardRole, List<UUID>> changes = new LinkedHashMap<>();
            if (l.board().isEmpty()) {
                return changes;
            }
            if (club == null) {
                l.board().keySet().forEach(column -> problems.add(l.problem(column, "exchange.clubs.boardOfNewClub",
                        l.header(column))));
                return changes;
            }
            List<MemberRow> roll = members.membersOf(club.id(), today, scope);
            List<BoardSeat> seats = boards.boardOn(club.id(), today, scope);
            l.board().forEach((column, names) -> {
                if (names.size() > 1 && column.role() != BoardRole.VICE_CHAIR) {
                    problems.add(l.problem(column, "exchange.clubs.oneHolder", l.header(column)));
                    return;
                }
                List<UUID> people = new ArrayList<>();
                for (String name : names) {
                    UUID person = person(l, column, name, roll, club);
                    if (person == null) {
                        return;
                    }
                    people.add(person);
                }
                Set<UUID> now = new HashSet<>();
                seats.stream().filter(s -> s.role() == column.role()).forEach(s -> now.add(s.personId()));
                if (!now.equals(new HashSet<>(people))) {
                    changes.put(column.role(), List.copyOf(new java.util.LinkedHashSet<>(people)));
                }
            });
            return changes;
        }

        private UUID person(ClubSheetLine l, ClubSheetColumn column, String name, List<MemberRow> roll, Club club) {
            UUID id = null;
            try {
                id = UUID.fromString(name);
            } catch (IllegalArgumentException e) {
                // a name
            }
            UUID wanted = id;
            String key = VietnameseText.searchKey(name);
            List<MemberRow> found = roll.stream().filter(m -> wanted != null ? m.person().id().equals(wanted)
                    : VietnameseText.searchKey(m.person().fullName()).equals(key)).toList();
            if (found.size() == 1) {
                return found.get(0).person().id();
            }
            problems.add(l.problem(column, found.isEmpty() ? "exchange.clubs.notMember" : "exchange.clubs.sameName",
                    l.header(column), name, club.name(), found.size()));
            return null;
        }
    }

    private static int count(List<Checked> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.row().outcome() == outcome).count();
    }

    private static byte[] read(UploadedFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "cau-lac-bo.xlsx" : fileName.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
