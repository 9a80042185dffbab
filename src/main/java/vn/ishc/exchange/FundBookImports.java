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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.FundBookRow.Outcome;
import vn.ishc.funds.BookClosings;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * Importing the fund book ("sổ quỹ") of one club or of a whole commune from a sheet of one row per money
 * movement. An upload is checked row by row into a preview (added, already in the ledger, refused) that saves
 * nothing, by the rules of {@link Funds}: an amount a whole, positive number of đồng within the funds' limit,
 * a day neither in the future, nor before the club was founded, nor in the club's closed books, one of the
 * club's funds, a purpose for money paid out, and no payment the fund's cash box could not make on its day
 * (with the sheet's earlier rows counted). A row the same as an entry already in the ledger (same club, day,
 * fund, kind, amount and note) is unchanged, not a second entry; n identical rows over m such entries add n - m.
 * Confirming records every added row through {@link Funds}, all in one transaction, day by day (money in
 * before money out on the same day), so the funds' rules and audit apply as for money keyed on the pages;
 * confirming again records nothing. A batch is seen only by the user who uploaded it; only clubs in the
 * user's scope whose money they may record ({@code mayRecord}) are read or written.
 */
@Service
@Transactional
public class FundBookImports {

    private static final Logger log = LoggerFactory.getLogger(FundBookImports.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale SHEET_LANGUAGE = Locale.forLanguageTag("vi");
    /** The order rows are saved in: by day, money in before money out, then as in the sheet. */
    static final Comparator<FundBookRow> SAVING_ORDER = Comparator.comparing(FundBookRow::date)
            .thenComparing(r -> r.kind().isExpense()).thenComparingInt(FundBookRow::row);

    private final Clubs clubs;
    private final Funds funds;
    private final BookClosings closings;
    private final FundBookStore store;
    private final MessageSource messages;
    private final Clock clock;
    private final ImportLimits limits;

    FundBookImports(Clubs clubs, Funds funds, BookClosings closings, FundBookStore store, MessageSource messages,
                    Clock clock, ImportLimits limits) {
        this.clubs = clubs;
        this.funds = funds;
        this.closings = closings;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public ImportLimits limits() {
        return limits;
    }

    /**
     * The template: the headers (required ones marked), a hint row, and drop-downs of the clubs (of a club, or
     * else of the area unit, or of the user's scope), of the two funds and of the kinds.
     */
    @Transactional(readOnly = true)
    public byte[] template(UUID clubId, Long areaUnitId, AreaScope scope) {
        List<Club> chosen = clubId != null ? List.of(clubs.get(clubId, scope))
                : clubs.list(new ClubFilter(areaUnitId, null, null, null, null), scope, MeetingBookImports.MAX_CLUBS);
        List<String> codes = chosen.stream().map(c -> c.nationalId() != null ? c.nationalId() : c.code()).toList();
        log.info("Fund book template downloaded: {} clubs", chosen.size());
        return FundBookTemplate.write(limits.maxRows(), codes,
                List.of(fundLabel(Fund.Kind.INCOME_GENERATION), fundLabel(Fund.Kind.OPERATING)));
    }

    /**
     * Reads and checks an uploaded fund book and keeps the result as a preview; nothing is recorded. A file that
     * cannot be read as a fund book is refused as a whole and nothing is kept; so is a sheet none of whose
     * clubs the user may record money for.
     */
    public FundBookBatch preview(String fileName, InputStream content, String actor, AreaScope scope,
                                 Predicate<UUID> mayRecord) {
        LocalDate today = BusinessCalendar.today(clock);
        try (UploadedFile file = UploadedFile.copy(content, limits)) {
            List<FundBookLine> lines = new FundBookReader(limits).read(file);
            Check check = new Check(scope, mayRecord, today);
            List<FundBookRow> rows = check.run(lines);
            if (rows.stream().allMatch(r -> r.clubId() == null) && check.clubRefused) {
                throw new OutOfScopeException("fund book of clubs outside the scope");
            }
            FundBookBatch batch = new FundBookBatch(UUID.randomUUID(), name(fileName), FundBookBatch.Status.PREVIEW,
                    lines.size(), count(rows, Outcome.ADD), count(rows, Outcome.UNCHANGED), count(rows, Outcome.REFUSED),
                    null, actor, null);
            check.problems.sort(Comparator.comparingInt(RowProblem::row));
            store.insert(batch, rows, check.problems, batch.refused() > 0 ? read(file) : null);
            log.info("Fund book import {} previewed: {} rows, {} to add, {} unchanged, {} refused", batch.id(),
                    batch.totalRows(), batch.toAdd(), batch.unchanged(), batch.refused());
            return get(batch.id(), actor);
        }
    }

    /** A batch of the user's. */
    @Transactional(readOnly = true)
    public FundBookBatch get(UUID batchId, String actor) {
        FundBookBatch batch = store.find(batchId)
                .orElseThrow(() -> new NotFoundException("exchange.batch.notFound", batchId));
        if (!batch.createdBy().equals(actor)) {
            throw new OutOfScopeException("fund book import " + batchId);
        }
        return batch;
    }

    /** The batch's rows in sheet order. */
    @Transactional(readOnly = true)
    public List<FundBookRow> rows(UUID batchId, String actor) {
        get(batchId, actor);
        return store.rows(batchId);
    }

    @Transactional(readOnly = true)
    public List<RowProblem> problems(UUID batchId, String actor, int limit) {
        get(batchId, actor);
        return store.problems(batchId, limit);
    }

    @Transactional(readOnly = true)
    public List<FundBookBatch> recent(String actor, int limit) {
        return store.recent(actor, limit);
    }

    /**
     * Records every added row of the preview through {@link Funds}, in saving order, all in this one transaction:
     * a row the funds' rules refuse now refuses them all and nothing is saved. Confirming a batch already saved
     * records nothing again.
     */
    public FundBookBatch confirm(UUID batchId, String actor, AreaScope scope, Predicate<UUID> mayRecord) {
        FundBookBatch batch = get(batchId, actor);
        if (batch.status() == FundBookBatch.Status.SAVED) {
            return batch;
        }
        if (!store.close(batchId, FundBookBatch.Status.SAVED, actor)) {
            throw new InvalidInputException("exchange.batch.closed", null);
        }
        List<FundBookRow> rows = store.toSave(batchId);
        for (FundBookRow r : rows) {
            if (!mayRecord.test(r.clubId())) {
                throw new OutOfScopeException("fund book of a club whose money the user does not record");
            }
            // One key per row of the batch: a row is recorded once however often the batch is sent.
            String key = "fund-book:" + batchId + ":" + r.row();
            if (r.kind().isExpense()) {
                funds.spend(r.fundId(), r.date(), r.amount(), r.note(), key, actor, scope);
            } else {
                funds.contribute(r.fundId(), r.date(), r.amount(), r.kind().source(), r.note(), key, actor, scope);
            }
        }
        log.info("Fund book import {} saved: {} entries", batchId, rows.size());
        return get(batchId, actor);
    }

    /** Drops a preview: nothing of it is recorded. */
    public FundBookBatch cancel(UUID batchId, String actor) {
        get(batchId, actor);
        if (!store.close(batchId, FundBookBatch.Status.CANCELLED, actor)) {
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
        for (RowProblem p : store.problems(batchId, limits.maxRows() * FundBookColumn.values().length)) {
            errors.merge(p.row(), say.apply(p), (a, b) -> a + "; " + b);
        }
        return ErrorCopy.write(sent, errors, false);
    }

    /** How the funds pages name a club's main fund. */
    private String fundLabel(Fund.Kind kind) {
        return messages.getMessage("fundKind." + kind.name(), null, kind.name(), SHEET_LANGUAGE);
    }

    /** The name a fund goes by on the funds pages. */
    private String fundName(Fund f) {
        return f.kind() == Fund.Kind.INCOME_GENERATION || f.kind() == Fund.Kind.OPERATING ? fundLabel(f.kind()) : f.name();
    }

    /** The checking of one upload: its rows, and why rows are refused. */
    private final class Check {
        private final AreaScope scope;
        private final Predicate<UUID> mayRecord;
        private final LocalDate today;
        private final List<RowProblem> problems = new ArrayList<>();
        private final Map<UUID, List<Fund>> fundsOf = new HashMap<>();
        private final Map<UUID, Optional<LocalDate>> closedThrough = new HashMap<>();
        private final Map<Integer, FundBookLine> lineOf = new HashMap<>();
        private Map<String, List<Club>> clubsByKey;
        private boolean clubRefused;

        Check(AreaScope scope, Predicate<UUID> mayRecord, LocalDate today) {
            this.scope = scope;
            this.mayRecord = mayRecord;
            this.today = today;
        }

        List<FundBookRow> run(List<FundBookLine> lines) {
            List<FundBookRow> checked = new ArrayList<>();
            for (FundBookLine line : lines) {
                lineOf.put(line.row(), line);
                checked.add(row(line));
            }
            Map<UUID, List<FundBookRow>> byFund = new LinkedHashMap<>();
            checked.stream().filter(r -> r.outcome() == Outcome.ADD)
                    .forEach(r -> byFund.computeIfAbsent(r.fundId(), k -> new ArrayList<>()).add(r));
            Map<Integer, FundBookRow> decided = new HashMap<>();
            byFund.forEach((fundId, rows) -> decide(fundId, rows).forEach(r -> decided.put(r.row(), r)));
            List<FundBookRow> result = new ArrayList<>();
            for (FundBookRow r : checked) {
                result.add(decided.getOrDefault(r.row(), r));
            }
            // Rows to add are numbered in the order they are saved; the others after them.
            List<FundBookRow> adding = result.stream().filter(r -> r.outcome() == Outcome.ADD).sorted(SAVING_ORDER)
                    .toList();
            Map<Integer, Integer> seq = new HashMap<>();
            adding.forEach(r -> seq.put(r.row(), seq.size() + 1));
            result.stream().filter(r -> r.outcome() != Outcome.ADD).forEach(r -> seq.put(r.row(), seq.size() + 1));
            return result.stream().map(r -> with(r, seq.get(r.row()), r.outcome())).toList();
        }

        /** A row checked on its own: to add, or refused with its problems noted. */
        private FundBookRow row(FundBookLine line) {
            int before = problems.size();
            problems.addAll(line.problems());
            Club club = club(line);
            Fund fund = null;
            if (club != null && line.date() != null) {
                LocalDate day = line.date();
                Optional<LocalDate> closed = closedThrough.computeIfAbsent(club.id(), closings::closedThrough);
                if (day.isAfter(today)) {
                    problems.add(line.problem(FundBookColumn.DATE, "exchange.fundBook.future",
                            line.header(FundBookColumn.DATE), day.format(DAY)));
                } else if (day.isBefore(club.foundedOn())) {
                    problems.add(line.problem(FundBookColumn.DATE, "exchange.fundBook.beforeFounding", day.format(DAY),
                            club.name(), club.foundedOn().format(DAY)));
                } else if (closed.isPresent() && !day.isAfter(closed.get())) {
                    problems.add(line.problem(FundBookColumn.DATE, "exchange.fundBook.closed", club.name(),
                            closed.get().format(DAY), day.format(DAY)));
                }
            }
            if (club != null && line.fund() != null) {
                List<Fund> ofClub = fundsOf.computeIfAbsent(club.id(), id -> funds.of(id, scope));
                String key = VietnameseText.searchKey(line.fund());
                fund = ofClub.stream().filter(f -> VietnameseText.searchKey(fundName(f)).equals(key)).findFirst()
                        .orElse(null);
                if (fund == null) {
                    problems.add(line.problem(FundBookColumn.FUND, "exchange.fundBook.fund", line.fund(), club.name(),
                            String.join("; ", ofClub.stream().map(FundBookImports.this::fundName).toList())));
                } else if (line.date() != null && line.date().isBefore(fund.openedOn())) {
                    problems.add(line.problem(FundBookColumn.DATE, "exchange.fundBook.beforeOpened",
                            line.date().format(DAY), fundName(fund), fund.openedOn().format(DAY)));
                }
            }
            if (line.kind() != null && line.kind().isExpense() && line.note() == null) {
                problems.add(line.problem(FundBookColumn.NOTE, "exchange.fundBook.purpose",
                        line.header(FundBookColumn.NOTE)));
            }
            boolean refused = problems.size() > before;
            return new FundBookRow(0, line.row(), club == null ? null : club.id(),
                    club != null ? club.name() : line.club() == null ? "" : line.club(), line.date(),
                    fund == null ? null : fund.id(), fund != null ? fundName(fund) : line.fund() == null ? "" : line.fund(),
                    line.kind(), line.amount(), line.note(), refused ? Outcome.REFUSED : Outcome.ADD);
        }

        /** The club a row names, or null with the row's problem noted. */
        private Club club(FundBookLine line) {
            if (line.club() == null) {
                return null;
            }
            if (clubsByKey == null) {
                clubsByKey = new HashMap<>();
                for (Club c : clubs.list(ClubFilter.all(), scope, MeetingBookImports.MAX_CLUBS)) {
                    clubsByKey.computeIfAbsent(VietnameseText.searchKey(c.code()), k -> new ArrayList<>()).add(c);
                    if (c.nationalId() != null) {
                        clubsByKey.computeIfAbsent(VietnameseText.searchKey(c.nationalId()), k -> new ArrayList<>()).add(c);
                    }
                }
            }
            List<Club> found = clubsByKey.getOrDefault(VietnameseText.searchKey(line.club()), List.of()).stream()
                    .distinct().toList();
            if (found.size() == 1 && mayRecord.test(found.get(0).id())) {
                return found.get(0);
            }
            clubRefused = true;
            problems.add(line.problem(FundBookColumn.CLUB, found.size() > 1 ? "exchange.meetingBook.clubAmbiguous"
                    : found.isEmpty() ? "exchange.fundBook.club" : "exchange.fundBook.notRecorder", line.club()));
            return null;
        }

        /**
         * The rows of one fund that pass on their own: those already in the ledger are unchanged, and of the rest,
         * in saving order, a payment the cash box could not make on its day, with the ledger and the rows kept
         * before it counted, is refused naming the shortfall.
         */
        private List<FundBookRow> decide(UUID fundId, List<FundBookRow> rows) {
            LocalDate first = rows.stream().map(FundBookRow::date).min(Comparator.naturalOrder()).orElseThrow();
            Fund fund = fundsOf.values().stream().flatMap(List::stream).filter(f -> f.id().equals(fundId)).findFirst()
                    .orElseThrow();
            List<Entry> ledger = funds.statement(fundId, fund.openedOn(), today, scope).entries();
            Map<List<Object>, Integer> already = new HashMap<>();
            for (Entry e : ledger) {
                if (e.reversedById() == null && !e.date().isBefore(first)) {
                    FundBookKind.of(e).ifPresent(k -> already.merge(same(e.date(), k, Math.abs(e.cashOf(fundId)),
                            k.isExpense() ? e.purpose() : e.description()), 1, Integer::sum));
                }
            }
            List<FundBookRow> out = new ArrayList<>();
            List<FundBookRow> adding = new ArrayList<>();
            for (FundBookRow r : rows.stream().sorted(SAVING_ORDER).toList()) {
                List<Object> key = same(r.date(), r.kind(), r.amount(), r.note());
                Integer left = already.get(key);
                if (left != null && left > 0) {
                    already.put(key, left - 1);
                    out.add(with(r, 0, Outcome.UNCHANGED));
                    continue;
                }
                if (r.kind().isExpense()) {
                    adding.add(r);
                    Optional<Short> short_ = shortfall(fundId, ledger, adding);
                    if (short_.isPresent()) {
                        adding.remove(adding.size() - 1);
                        problems.add(lineOf.get(r.row()).problem(FundBookColumn.AMOUNT, "exchange.fundBook.short",
                                r.fund(), short_.get().day().format(DAY), Dong.format(short_.get().missing())));
                        out.add(with(r, 0, Outcome.REFUSED));
                        continue;
                    }
                } else {
                    adding.add(r);
                }
                out.add(r);
            }
            return out;
        }
    }

    /** How far a fund's cash box would go below zero, and from which day. */
    private record Short(LocalDate day, long missing) {
    }

    /**
     * The first day the fund's cash box would be below zero with the rows added after the ledger's entries of
     * their day, in saving order, and by how much at the lowest; none if it never is.
     */
    private static Optional<Short> shortfall(UUID fundId, List<Entry> ledger, List<FundBookRow> adding) {
        record Move(LocalDate day, int order, long amount) {
        }
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
            Entry e = ledger.get(i);
            moves.add(new Move(e.date(), i, e.cashOf(fundId, null)));
        }
        for (int i = 0; i < adding.size(); i++) {
            FundBookRow r = adding.get(i);
            moves.add(new Move(r.date(), ledger.size() + i, r.kind().isExpense() ? -r.amount() : r.amount()));
        }
        moves.sort(Comparator.comparing(Move::day).thenComparingInt(Move::order));
        long running = 0;
        long lowest = 0;
        LocalDate from = null;
        for (Move m : moves) {
            running += m.amount();
            if (running < lowest) {
                lowest = running;
                if (from == null) {
                    from = m.day();
                }
            }
        }
        return from == null ? Optional.empty() : Optional.of(new Short(from, -lowest));
    }

    /** What makes two money movements the same: day, kind, amount and note (as cleaned). */
    private static List<Object> same(LocalDate day, FundBookKind kind, Long amount, String note) {
        String n = VietnameseText.clean(note);
        return java.util.Arrays.asList(day, kind, amount, n == null || n.isBlank() ? "" : n);
    }

    private static FundBookRow with(FundBookRow r, int seq, Outcome outcome) {
        return new FundBookRow(seq, r.row(), r.clubId(), r.club(), r.date(), r.fundId(), r.fund(), r.kind(), r.amount(),
                r.note(), outcome);
    }

    private static int count(List<FundBookRow> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static byte[] read(UploadedFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "so-quy.xlsx" : fileName.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
