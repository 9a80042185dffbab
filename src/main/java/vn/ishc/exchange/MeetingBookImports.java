package vn.ishc.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.MeetingBookMeeting.Outcome;
import vn.ishc.exchange.MeetingBookStore.Checked;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.Problem;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * Importing the monthly meeting book ("sổ sinh hoạt") of one club or of a whole commune from a sheet
 * of one row per member per meeting: the rows of one club and one date are one meeting. An upload is
 * checked meeting by meeting into a preview (added, updated, unchanged, refused) that saves nothing;
 * confirming records every accepted meeting through {@link Meetings}, all in one transaction, so the
 * meeting rules, audit and figures apply as for meetings keyed on the desk. A batch is seen only by the
 * user who uploaded it, and only clubs in their scope are read or written: a sheet none of whose clubs is in
 * the scope is refused as a whole.
 */
@Service
@Transactional
public class MeetingBookImports {

    private static final Logger log = LoggerFactory.getLogger(MeetingBookImports.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The most clubs a template or an upload's club column is looked up among. */
    static final int MAX_CLUBS = 5_000;

    private final Clubs clubs;
    private final Members members;
    private final Meetings meetings;
    private final MeetingBookStore store;
    private final Clock clock;
    private final ImportLimits limits;

    MeetingBookImports(Clubs clubs, Members members, Meetings meetings, MeetingBookStore store, Clock clock,
                       ImportLimits limits) {
        this.clubs = clubs;
        this.members = members;
        this.meetings = meetings;
        this.store = store;
        this.clock = clock;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public ImportLimits limits() {
        return limits;
    }

    /**
     * The template of a club (or, without one, of every club of the area unit, or of the user's scope):
     * its current members prefilled with club and member id, to fill in for one meeting date.
     */
    @Transactional(readOnly = true)
    public byte[] template(UUID clubId, Long areaUnitId, AreaScope scope) {
        LocalDate today = BusinessCalendar.today(clock);
        List<Club> chosen = clubId != null ? List.of(clubs.get(clubId, scope))
                : clubs.list(new ClubFilter(areaUnitId, null, null, null, null), scope, MAX_CLUBS);
        Map<Club, List<MemberRow>> rows = new LinkedHashMap<>();
        chosen.forEach(c -> rows.put(c, members.membersOf(c.id(), today, scope)));
        log.info("Meeting book template downloaded: {} clubs", chosen.size());
        return MeetingBookTemplate.write(limits.maxRows(), rows);
    }

    /**
     * Reads and checks an uploaded meeting book and keeps the result as a preview; nothing is recorded.
     * A file that cannot be read as a meeting book is refused as a whole and nothing is kept.
     */
    public MeetingBookBatch preview(String fileName, InputStream content, String actor, AreaScope scope) {
        LocalDate today = BusinessCalendar.today(clock);
        try (UploadedFile file = UploadedFile.copy(content, limits)) {
            List<MeetingBookLine> lines = new MeetingBookReader(limits).read(file);
            Check check = new Check(scope, today);
            check.run(lines);
            if (check.meetings.stream().allMatch(m -> m.meeting().clubId() == null)
                    && !check.clubProblems.isEmpty()) {
                // Not one row is of a club the user may import for: there is nothing of theirs to preview.
                throw new OutOfScopeException("meeting book of clubs outside the scope");
            }
            int refusedRows = (int) check.problems.stream().map(RowProblem::row).distinct().count();
            MeetingBookBatch batch = new MeetingBookBatch(UUID.randomUUID(), name(fileName),
                    MeetingBookBatch.Status.PREVIEW, lines.size(), count(check.meetings, Outcome.ADD),
                    count(check.meetings, Outcome.UPDATE), count(check.meetings, Outcome.UNCHANGED),
                    count(check.meetings, Outcome.REFUSED), refusedRows, null, actor, null);
            check.problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            store.insert(batch, check.meetings, check.problems, refusedRows > 0 ? read(file) : null);
            log.info("Meeting book import {} previewed: {} rows, {} meetings to add, {} to update, {} unchanged, "
                            + "{} refused", batch.id(), batch.totalRows(), batch.toAdd(), batch.toUpdate(),
                    batch.unchanged(), batch.refused());
            return get(batch.id(), actor);
        }
    }

    /** A batch of the user's. */
    @Transactional(readOnly = true)
    public MeetingBookBatch get(UUID batchId, String actor) {
        MeetingBookBatch batch = store.find(batchId)
                .orElseThrow(() -> new NotFoundException("exchange.batch.notFound", batchId));
        if (!batch.createdBy().equals(actor)) {
            throw new OutOfScopeException("meeting book import " + batchId);
        }
        return batch;
    }

    @Transactional(readOnly = true)
    public List<MeetingBookMeeting> meetings(UUID batchId, String actor) {
        get(batchId, actor);
        return store.meetings(batchId);
    }

    @Transactional(readOnly = true)
    public List<RowProblem> problems(UUID batchId, String actor, int limit) {
        get(batchId, actor);
        return store.problems(batchId, limit);
    }

    @Transactional(readOnly = true)
    public List<MeetingBookBatch> recent(String actor, int limit) {
        return store.recent(actor, limit);
    }

    /**
     * Records every added or updated meeting of the preview through {@link Meetings}, club by club, all
     * in this one transaction: a meeting the rules refuse now refuses them all. Confirming a batch
     * already saved records nothing again.
     */
    public MeetingBookBatch confirm(UUID batchId, String actor, AreaScope scope) {
        MeetingBookBatch batch = get(batchId, actor);
        if (batch.status() == MeetingBookBatch.Status.SAVED) {
            return batch;
        }
        if (!store.close(batchId, MeetingBookBatch.Status.SAVED, actor)) {
            throw new vn.ishc.shared.InvalidInputException("exchange.batch.closed", null);
        }
        Map<UUID, List<MeetingEntry>> byClub = new LinkedHashMap<>();
        for (Checked c : store.toSave(batchId)) {
            byClub.computeIfAbsent(c.meeting().clubId(), k -> new ArrayList<>()).add(c.entry());
        }
        byClub.forEach((clubId, entries) -> meetings.recordAll(clubId, entries, actor, scope));
        log.info("Meeting book import {} saved: {} meetings of {} clubs", batchId,
                byClub.values().stream().mapToInt(List::size).sum(), byClub.size());
        return get(batchId, actor);
    }

    /** Drops a preview: nothing of it is recorded. */
    public MeetingBookBatch cancel(UUID batchId, String actor) {
        get(batchId, actor);
        if (!store.close(batchId, MeetingBookBatch.Status.CANCELLED, actor)) {
            throw new vn.ishc.shared.InvalidInputException("exchange.batch.closed", null);
        }
        return get(batchId, actor);
    }

    /** The upload as sent with a "Lỗi" column on each refused row, in the words of {@code say}. */
    @Transactional(readOnly = true)
    public byte[] errorCopy(UUID batchId, String actor, Function<RowProblem, String> say) {
        get(batchId, actor);
        byte[] sent = store.upload(batchId).orElseThrow(() -> new NotFoundException("exchange.batch.noErrorCopy", batchId));
        Map<Integer, String> errors = new TreeMap<>();
        for (RowProblem p : store.problems(batchId, limits.maxRows() * MeetingBookColumn.values().length)) {
            errors.merge(p.row(), say.apply(p), (a, b) -> a + "; " + b);
        }
        return ErrorCopy.write(sent, errors, false);
    }

    /** The checking of one upload: its meetings, and why rows are refused. */
    private final class Check {
        private final AreaScope scope;
        private final LocalDate today;
        private final List<Checked> meetings = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private Map<String, List<Club>> clubsByKey;
        /** Rows whose club cell is refused, by row: added with the rest of their meeting's problems. */
        private final Map<Integer, RowProblem> clubProblems = new HashMap<>();

        Check(AreaScope scope, LocalDate today) {
            this.scope = scope;
            this.today = today;
        }

        void run(List<MeetingBookLine> lines) {
            Map<List<Object>, List<MeetingBookLine>> groups = new LinkedHashMap<>();
            Map<List<Object>, Club> clubOf = new HashMap<>();
            for (MeetingBookLine line : lines) {
                Club club = club(line);
                Object clubKey = club != null ? club.id() : VietnameseText.searchKey(line.club());
                Object dateKey = line.heldOn() != null ? line.heldOn() : line.cell(MeetingBookColumn.HELD_ON);
                List<Object> key = List.of(clubKey, dateKey);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                if (club != null) {
                    clubOf.put(key, club);
                }
            }
            int seq = 0;
            for (Map.Entry<List<Object>, List<MeetingBookLine>> g : groups.entrySet()) {
                meetings.add(meeting(++seq, clubOf.get(g.getKey()), g.getValue()));
            }
        }

        /** The club a row names, or null with the row's problem noted. */
        private Club club(MeetingBookLine line) {
            if (line.club() == null) {
                clubProblems.put(line.row(), line.problem(MeetingBookColumn.CLUB, "exchange.meetingBook.required",
                        line.header(MeetingBookColumn.CLUB)));
                return null;
            }
            if (clubsByKey == null) {
                clubsByKey = new HashMap<>();
                for (Club c : clubs.list(ClubFilter.all(), scope, MAX_CLUBS)) {
                    clubsByKey.computeIfAbsent(VietnameseText.searchKey(c.code()), k -> new ArrayList<>()).add(c);
                    if (c.nationalId() != null) {
                        clubsByKey.computeIfAbsent(VietnameseText.searchKey(c.nationalId()), k -> new ArrayList<>()).add(c);
                    }
                }
            }
            List<Club> found = clubsByKey.getOrDefault(VietnameseText.searchKey(line.club()), List.of()).stream()
                    .distinct().toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            clubProblems.put(line.row(), line.problem(MeetingBookColumn.CLUB, found.isEmpty() ? "exchange.meetingBook.club"
                    : "exchange.meetingBook.clubAmbiguous", line.club()));
            return null;
        }

        private Checked meeting(int seq, Club club, List<MeetingBookLine> lines) {
            MeetingBookLine first = lines.get(0);
            LocalDate heldOn = first.heldOn();
            String clubText = club != null ? club.name() : first.club() == null ? "" : first.club();
            int before = problems.size();
            lines.forEach(l -> {
                if (clubProblems.containsKey(l.row())) {
                    problems.add(clubProblems.get(l.row()));
                }
                problems.addAll(l.problems());
            });
            MeetingEntry entry = null;
            Outcome outcome = Outcome.REFUSED;
            if (club != null && heldOn != null) {
                if (heldOn.isAfter(today)) {
                    lines.forEach(l -> problems.add(l.problem(MeetingBookColumn.HELD_ON, "exchange.meetingBook.future",
                            l.header(MeetingBookColumn.HELD_ON), heldOn.format(DAY))));
                } else if (heldOn.isBefore(club.foundedOn())) {
                    lines.forEach(l -> problems.add(l.problem(MeetingBookColumn.HELD_ON,
                            "exchange.meetingBook.beforeFounding", heldOn.format(DAY), club.name(),
                            club.foundedOn().format(DAY))));
                } else {
                    entry = entry(club, heldOn, lines);
                }
            }
            boolean refused = problems.size() > before || entry == null;
            if (refused) {
                entry = null;
                java.util.Set<Integer> bad = new java.util.TreeSet<>();
                problems.subList(before, problems.size()).forEach(p -> bad.add(p.row()));
                String badRows = bad.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                String day = heldOn == null ? first.cell(MeetingBookColumn.HELD_ON) : heldOn.format(DAY);
                for (MeetingBookLine l : lines) {
                    if (!bad.contains(l.row())) {
                        problems.add(l.problem(null, "exchange.meetingBook.meetingRefused", day, clubText, badRows));
                    }
                }
            } else {
                outcome = entry.id() == null ? Outcome.UNCHANGED : entry.version() == null ? Outcome.ADD : Outcome.UPDATE;
                if (outcome == Outcome.UNCHANGED) {
                    entry = null;
                }
            }
            return new Checked(new MeetingBookMeeting(seq, club == null ? null : club.id(), clubText, heldOn,
                    first.row(), lines.size(), outcome), entry);
        }

        /**
         * The meeting to record from the rows, checked against the club's members on the date and the
         * readings' ranges; null when a row is refused. Over a meeting already recorded, the members
         * the sheet leaves out keep what is recorded; an entry without an id changes nothing.
         */
        private MeetingEntry entry(Club club, LocalDate heldOn, List<MeetingBookLine> lines) {
            Map<UUID, MemberRow> roll = new LinkedHashMap<>();
            members.membersOf(club.id(), heldOn, scope).forEach(m -> roll.put(m.person().id(), m));
            Meeting saved = MeetingBookImports.this.meetings.onDate(club.id(), heldOn, scope).map(id -> MeetingBookImports.this.meetings.get(id, scope)).orElse(null);
            Map<UUID, MeetingEntry.Row> rows = new LinkedHashMap<>();
            if (saved != null) {
                saved.lines().forEach(l -> rows.put(l.personId(), new MeetingEntry.Row(l.personId(), l.status(),
                        l.reading() == null ? null : l.reading().values())));
            }
            Map<UUID, Integer> seen = new HashMap<>();
            boolean ok = true;
            boolean changed = saved == null || saved.draft();
            for (MeetingBookLine l : lines) {
                if (!l.problems().isEmpty() || l.memberId() == null || l.status() == null) {
                    ok = false;
                    continue;
                }
                MemberRow member = roll.get(l.memberId());
                if (member == null) {
                    problems.add(l.problem(MeetingBookColumn.MEMBER_ID, "exchange.meetingBook.notMember",
                            l.memberId(), club.name(), heldOn.format(DAY)));
                    ok = false;
                    continue;
                }
                Integer earlier = seen.putIfAbsent(l.memberId(), l.row());
                if (earlier != null) {
                    problems.add(l.problem(MeetingBookColumn.MEMBER_ID, "exchange.row.repeated", earlier));
                    ok = false;
                    continue;
                }
                ReadingValues reading = new ReadingValues(l.systolic(), l.diastolic(), l.pulse(), l.weightKg(),
                        l.referred());
                if (!reading.isEmpty() && l.status() != AttendanceStatus.PRESENT) {
                    problems.add(l.problem(MeetingBookColumn.PRESENT, "exchange.meetingBook.readingWhenAway",
                            member.person().fullName()));
                    ok = false;
                    continue;
                }
                List<Problem> wrong = reading.isEmpty() ? List.of() : reading.problems("", member.person().fullName());
                wrong.forEach(p -> problems.add(reading(l, p)));
                if (!wrong.isEmpty()) {
                    ok = false;
                    continue;
                }
                MeetingEntry.Row row = new MeetingEntry.Row(l.memberId(), l.status(), reading.isEmpty() ? null : reading);
                changed |= !same(rows.get(l.memberId()), row);
                rows.put(l.memberId(), row);
            }
            if (!ok) {
                return null;
            }
            List<String> missing = roll.values().stream().filter(m -> !rows.containsKey(m.person().id()))
                    .map(m -> m.person().fullName()).toList();
            if (!missing.isEmpty()) {
                problems.add(lines.get(0).problem(null, "exchange.meetingBook.missingMembers", heldOn.format(DAY),
                        club.name(), String.join(", ", missing)));
                return null;
            }
            List<MeetingEntry.Row> kept = rows.values().stream().filter(r -> roll.containsKey(r.personId())).toList();
            if (saved == null) {
                return new MeetingEntry(UUID.randomUUID(), null, heldOn, null, null, null, 0, null, kept);
            }
            if (!changed) {
                return new MeetingEntry(null, null, heldOn, null, null, null, 0, null, kept);
            }
            return new MeetingEntry(saved.id(), saved.version(), heldOn, saved.place(), saved.learningTopic(),
                    saved.otherTopics(), saved.guests(), saved.guestNames(), kept);
        }

        /** A reading's problem as a refusal of the row's cell, in the sheet's words. */
        private RowProblem reading(MeetingBookLine l, Problem p) {
            MeetingBookColumn column = switch (p.field()) {
                case "systolic" -> MeetingBookColumn.SYSTOLIC;
                case "diastolic" -> MeetingBookColumn.DIASTOLIC;
                case "pulse" -> MeetingBookColumn.PULSE;
                case "weightKg" -> MeetingBookColumn.WEIGHT;
                default -> MeetingBookColumn.REFERRED;
            };
            Object[] a = p.arguments();
            return switch (p.messageKey()) {
                case "health.systolic.range", "health.diastolic.range", "health.pulse.range", "health.weightKg.range" ->
                        l.problem(column, "exchange.meetingBook.range", l.header(column), a[2], a[3]);
                case "health.weightKg.precision" -> l.problem(column, "exchange.meetingBook.weightPrecision",
                        l.header(column));
                case "health.pressure.half" -> l.problem(column, "exchange.meetingBook.pressureHalf");
                case "health.pressure.order" -> l.problem(column, "exchange.meetingBook.pressureOrder", a[0], a[1]);
                default -> l.problem(column, "exchange.meetingBook.referral", l.header(MeetingBookColumn.REFERRED));
            };
        }
    }

    private static boolean same(MeetingEntry.Row saved, MeetingEntry.Row row) {
        if (saved == null || saved.status() != row.status()) {
            return false;
        }
        ReadingValues a = saved.reading() == null || saved.reading().isEmpty() ? null : saved.reading();
        ReadingValues b = row.reading();
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.systolic(), b.systolic()) && Objects.equals(a.diastolic(), b.diastolic())
                && Objects.equals(a.pulse(), b.pulse()) && (a.weightKg() == null ? b.weightKg() == null
                : b.weightKg() != null && a.weightKg().compareTo(b.weightKg()) == 0);
    }

    private static int count(List<Checked> meetings, Outcome outcome) {
        return (int) meetings.stream().filter(m -> m.meeting().outcome() == outcome).count();
    }

    private static byte[] read(UploadedFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "so-sinh-hoat.xlsx" : fileName.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
