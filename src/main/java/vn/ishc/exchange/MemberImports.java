package vn.ishc.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.ImportStore.CheckedRow;
import vn.ishc.exchange.ImportStore.Outcome;
import vn.ishc.members.Birth;
import vn.ishc.members.LikelyDuplicate;
import vn.ishc.members.MemberLists;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.NameAndYear;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.BusyException;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * Importing a club's members from a spreadsheet: the template, the upload checked row by row into a
 * preview kept until the user decides, and confirming (saved all together, in the background) or
 * cancelling it. Everything goes through the club, so a batch is seen only by those who see its club.
 */
@Service
@Transactional
public class MemberImports {

    private static final Logger log = LoggerFactory.getLogger(MemberImports.class);

    private final Clubs clubs;
    private final Members members;
    private final MemberLists lists;
    private final ImportStore store;
    private final ImportSaver saver;
    private final ImportUploads uploads;
    private final Clock clock;
    private final ImportLimits limits;
    /** Sheets being read and checked now: each holds up to a limit's worth of rows in memory. */
    private final Semaphore reading;

    MemberImports(Clubs clubs, Members members, MemberLists lists, ImportStore store, ImportSaver saver,
                  ImportUploads uploads, Clock clock, ImportLimits limits) {
        this.clubs = clubs;
        this.members = members;
        this.lists = lists;
        this.store = store;
        this.saver = saver;
        this.uploads = uploads;
        this.clock = clock;
        this.limits = limits;
        this.reading = new Semaphore(limits.readsAtOnce());
    }

    /** What one upload may hold, for the page to say. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ImportLimits limits() {
        return limits;
    }

    /** The members template to fill in, for a club the user sees. */
    @Transactional(readOnly = true)
    public byte[] template(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return MemberSheetTemplate.write(limits.maxRows());
    }

    /**
     * The club's current members in the template, each with their id, so that the corrected file
     * uploaded again updates just the rows changed; citizen IDs masked unless {@code fullCitizenIds}.
     */
    @Transactional(readOnly = true)
    public byte[] currentMembers(UUID clubId, AreaScope scope, boolean fullCitizenIds) {
        clubs.get(clubId, scope);
        List<MemberRow> current = members.membersOf(clubId, BusinessCalendar.today(clock), scope);
        log.info("Members of club {} downloaded for correction: {} rows", clubId, current.size());
        return MemberSheetTemplate.write(limits.maxRows(), current, fullCitizenIds);
    }

    /**
     * Reads and checks an uploaded sheet against the club's members and keeps the result as a preview.
     * A file that cannot be read as a members sheet is refused as a whole and nothing is kept.
     */
    public ImportBatch preview(UUID clubId, String fileName, InputStream content, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        // A busy server says so at once rather than hold more sheets in memory, or keep the user waiting.
        if (!reading.tryAcquire()) {
            log.info("Import for club {} refused: {} sheets are being read", clubId, limits.readsAtOnce());
            throw new BusyException("exchange.file.busy");
        }
        try {
            return preview(club, fileName, content, actor, scope);
        } finally {
            reading.release();
        }
    }

    private ImportBatch preview(Club club, String fileName, InputStream content, String actor, AreaScope scope) {
        UUID clubId = club.id();
        LocalDate today = BusinessCalendar.today(clock);
        try (UploadedFile file = UploadedFile.copy(content, limits)) {
            MemberSheetReader.Sheet sheet = new MemberSheetReader(today, limits).sheet(file);
            ImportBatch batch = check(club, fileName, sheet.lines(), actor, today, scope);
            if (!sheet.ignored().isEmpty()) {
                store.ignored(batch.id(), sheet.ignored());
            }
            if (batch.refused() > 0) {
                uploads.keep(batch.id(), read(file));
            }
            log.info("Import {} of club {} previewed: {} rows, {} to add, {} to update, {} refused", batch.id(), clubId,
                    batch.totalRows(), batch.toAdd(), batch.toUpdate(), batch.refused());
            return get(batch.id(), scope);
        }
    }

    private ImportBatch check(Club club, String fileName, List<SheetLine> lines, String actor, LocalDate today,
                              AreaScope scope) {
        UUID clubId = club.id();
        List<String> citizenIds = lines.stream().map(SheetLine::citizenId).filter(Objects::nonNull).distinct().toList();
        RowChecker checker = new RowChecker(members, club, members.membersOf(clubId, today, scope),
                lists.citizenIdsInUse(citizenIds), today);
        lines.forEach(checker::check);
        List<CheckedRow> rows = checker.rows;
        int add = count(rows, Outcome.ADD);
        int update = count(rows, Outcome.UPDATE);
        ImportBatch batch = new ImportBatch(UUID.randomUUID(), clubId, name(fileName), ImportBatch.Status.PREVIEW,
                rows.size(), add, update, count(rows, Outcome.UNCHANGED), count(rows, Outcome.REFUSED), 0, add + update,
                null, List.of(), null, actor, null);
        store.insert(batch, rows, checker.problems);
        return batch;
    }

    private static byte[] read(UploadedFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook of an upload with refused rows as it was sent, with a "Lỗi" column saying on each
     * refused row why, in the words of {@code say}; citizen IDs masked unless {@code fullCitizenIds}.
     */
    @Transactional(readOnly = true)
    public byte[] errorCopy(UUID batchId, AreaScope scope, boolean fullCitizenIds, Function<RowProblem, String> say) {
        get(batchId, scope);
        byte[] sent = uploads.find(batchId).orElseThrow(() -> new NotFoundException("exchange.batch.noErrorCopy", batchId));
        Map<Integer, String> errors = new TreeMap<>();
        for (RowProblem p : store.problems(batchId, limits.maxRows() * MemberColumn.values().length)) {
            String text = say.apply(fullCitizenIds ? p : p.withCitizenIdsMasked());
            errors.merge(p.row(), text, (a, b) -> a + "; " + b);
        }
        return ErrorCopy.write(sent, errors, !fullCitizenIds);
    }

    /** A batch, if its club is in the scope. */
    @Transactional(readOnly = true)
    public ImportBatch get(UUID batchId, AreaScope scope) {
        ImportBatch batch = store.find(batchId).orElseThrow(() -> new NotFoundException("exchange.batch.notFound", batchId));
        clubs.get(batch.clubId(), scope);
        return batch;
    }

    /** Why rows are refused, in sheet order; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<RowProblem> problems(UUID batchId, AreaScope scope, int limit) {
        get(batchId, scope);
        return store.problems(batchId, limit);
    }

    /**
     * The rows held because their citizen ID is a member's whose name or birth year is clearly other, in sheet
     * order: saved only if ticked when confirming.
     */
    @Transactional(readOnly = true)
    public List<ImportBatch.HeldRow> held(UUID batchId, AreaScope scope) {
        get(batchId, scope);
        return store.held(batchId);
    }

    /**
     * The rows of a preview that would add a likely duplicate, in sheet order: a person whose name (without tone
     * marks or case) and birth year are those of a current member of another club, or of another row adding a
     * person. Members of clubs outside the scope are only counted. Empty once the preview is confirmed or dropped.
     */
    @Transactional(readOnly = true)
    public List<ImportBatch.DuplicateRow> duplicates(UUID batchId, AreaScope scope) {
        ImportBatch batch = get(batchId, scope);
        if (batch.status() != ImportBatch.Status.PREVIEW) {
            return List.of();
        }
        LocalDate today = BusinessCalendar.today(clock);
        List<ImportStore.Addition> additions = store.additions(batchId);
        List<NameAndYear> people = new ArrayList<>();
        Map<String, List<Integer>> rowsByKey = new HashMap<>();
        for (ImportStore.Addition a : additions) {
            NameAndYear p = new NameAndYear(a.fullName(), birthYear(a.birth(), today));
            people.add(p);
            rowsByKey.computeIfAbsent(VietnameseText.searchKey(p.fullName()) + "|" + p.birthYear(),
                    k -> new ArrayList<>()).add(a.row());
        }
        List<LikelyDuplicate> found = members.likelyDuplicates(people, batch.clubId(), scope);
        List<ImportBatch.DuplicateRow> rows = new ArrayList<>();
        for (int i = 0; i < additions.size(); i++) {
            ImportStore.Addition a = additions.get(i);
            NameAndYear p = people.get(i);
            List<Integer> same = rowsByKey.get(VietnameseText.searchKey(p.fullName()) + "|" + p.birthYear()).stream()
                    .filter(r -> r != a.row()).toList();
            LikelyDuplicate d = found.get(i);
            if (!same.isEmpty() || !d.isEmpty()) {
                rows.add(new ImportBatch.DuplicateRow(a.row(), a.fullName(), a.birth(), same, d.inScope(),
                        d.outOfScope()));
            }
        }
        return rows;
    }

    /** The year of a birth as the sheet gives it, checked when the row was read. */
    private static int birthYear(String birth, LocalDate today) {
        try {
            return Birth.parse(birth, today).year();
        } catch (InvalidInputException e) {
            return 0;
        }
    }

    /** How many rows adding a likely duplicate were unticked, and so not saved. */
    @Transactional(readOnly = true)
    public int skipped(UUID batchId, AreaScope scope) {
        get(batchId, scope);
        return store.skipped(batchId);
    }

    /** The headers of the columns of the batch's sheet that were not read, in sheet order. */
    @Transactional(readOnly = true)
    public List<String> ignoredColumns(UUID batchId, AreaScope scope) {
        get(batchId, scope);
        return store.ignored(batchId);
    }

    /** The rows that update a member, in sheet order; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ImportedRow> updates(UUID batchId, AreaScope scope, int limit) {
        get(batchId, scope);
        return store.updates(batchId, limit);
    }

    /** The latest imports of a club. */
    @Transactional(readOnly = true)
    public List<ImportBatch> recent(UUID clubId, AreaScope scope, int limit) {
        clubs.get(clubId, scope);
        return store.recent(clubId, limit);
    }

    /**
     * Starts saving every row that adds or updates a member, all in one transaction, in the background;
     * {@link #get} tells how far it has gone. Confirming a batch already being saved changes nothing.
     */
    public ImportBatch confirm(UUID batchId, String actor, AreaScope scope) {
        return confirm(batchId, List.of(), actor, scope);
    }

    /**
     * As {@link #confirm(UUID, String, AreaScope)}, saving also the held rows whose numbers are {@code ticked}
     * as updates of the member their citizen ID belongs to; the held rows not ticked are skipped.
     */
    public ImportBatch confirm(UUID batchId, List<Integer> ticked, String actor, AreaScope scope) {
        return confirm(batchId, ticked, List.of(), actor, scope);
    }

    /**
     * As {@link #confirm(UUID, List, String, AreaScope)}, leaving out the rows whose numbers are {@code skipped}
     * among those that add a person (likely duplicates the officer unticked).
     */
    public ImportBatch confirm(UUID batchId, List<Integer> ticked, List<Integer> skipped, String actor,
                               AreaScope scope) {
        ImportBatch batch = get(batchId, scope);
        if (batch.isSaving()) {
            return batch;
        }
        if (!batch.isOpen()) {
            throw new InvalidInputException("exchange.batch.closed", null);
        }
        int left = batch.status() == ImportBatch.Status.PREVIEW ? store.skip(batchId, skipped) : 0;
        if (left > 0) {
            log.info("Import {} of club {}: {} rows adding a likely duplicate unticked, not saved", batchId,
                    batch.clubId(), left);
        }
        int released = batch.status() == ImportBatch.Status.PREVIEW ? store.release(batchId, ticked) : 0;
        if (released > 0) {
            log.info("Import {} of club {}: {} held rows ticked to be saved", batchId, batch.clubId(), released);
        }
        if (store.move(batchId, List.of(ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED),
                ImportBatch.Status.SAVING, actor)) {
            saver.startAfterCommit(batchId, batch.clubId(), actor, scope);
        }
        return store.find(batchId).orElseThrow();
    }

    /** Drops a preview: nothing of it is saved. */
    public ImportBatch cancel(UUID batchId, String actor, AreaScope scope) {
        ImportBatch batch = get(batchId, scope);
        if (!store.move(batchId, List.of(ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED),
                ImportBatch.Status.CANCELLED, actor)) {
            throw new InvalidInputException("exchange.batch.closed", null);
        }
        log.info("Import {} of club {} cancelled", batchId, batch.clubId());
        return store.find(batchId).orElseThrow();
    }

    private static int count(List<CheckedRow> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String name(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "members.xlsx" : fileName.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
