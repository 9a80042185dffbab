package vn.ishc.exchange.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ishc.exchange.FundBookBatch;
import vn.ishc.exchange.FundBookImports;
import vn.ishc.exchange.FundBookKind;
import vn.ishc.exchange.FundBookRow;
import vn.ishc.exchange.RowProblem;
import vn.ishc.funds.MoneyRecorders;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * /api/v1: upload a fund book (one club or many, one row per amount received or paid) for a preview that
 * saves nothing, then confirm it. Only clubs whose money the caller records are imported.
 */
@RestController
@RequestMapping(path = "/api/v1/imports/fund-books", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')")
class FundBookImportApi {

    static final int MAX_PROBLEMS = 20_000;

    private final FundBookImports imports;
    private final MoneyRecorders recorders;
    private final MessageSource messages;

    FundBookImportApi(FundBookImports imports, MoneyRecorders recorders, MessageSource messages) {
        this.imports = imports;
        this.recorders = recorders;
        this.messages = messages;
    }

    /** A refused row: the row number as Excel shows it, the column as headed in the sheet, its value, why. */
    record FundBookRefusal(int row, String column, String value, String message) {
    }

    /**
     * A row of the sheet: the club and fund as written (and their ids, when known), the day, the kind, the
     * amount in whole đồng as typed, the note, and what confirming does with it.
     */
    record FundBookItem(int row, UUID clubId, String club, LocalDate date, UUID fundId, String fund, FundBookKind kind,
                        Long amount, String note, FundBookRow.Outcome outcome) {
    }

    /** An upload's counts, its rows and its refusals. */
    record FundBookResponse(UUID id, String fileName, FundBookBatch.Status status, int rows, int toAdd, int unchanged,
                            int refused, List<FundBookItem> entries, List<FundBookRefusal> refusals) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FundBookResponse> upload(@RequestParam(required = false) MultipartFile file, AreaScope scope,
                                            Authentication auth, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("exchange.file.missing", "file");
        }
        FundBookBatch batch;
        try (InputStream in = file.getInputStream()) {
            batch = imports.preview(file.getOriginalFilename(), in, auth.getName(), scope, records(auth));
        }
        return ResponseEntity.created(URI.create("/api/v1/imports/fund-books/" + batch.id()))
                .body(response(batch, auth, locale));
    }

    @PostMapping("/{batchId}/confirm")
    FundBookResponse confirm(@PathVariable UUID batchId, AreaScope scope, Authentication auth, Locale locale) {
        return response(imports.confirm(batchId, auth.getName(), scope, records(auth)), auth, locale);
    }

    @GetMapping("/{batchId}")
    FundBookResponse get(@PathVariable UUID batchId, Authentication auth, Locale locale) {
        return response(imports.get(batchId, auth.getName()), auth, locale);
    }

    private Predicate<UUID> records(Authentication auth) {
        return clubId -> recorders.club(auth, clubId);
    }

    private FundBookResponse response(FundBookBatch b, Authentication auth, Locale locale) {
        List<FundBookItem> rows = imports.rows(b.id(), auth.getName()).stream()
                .map(r -> new FundBookItem(r.row(), r.clubId(), r.club(), r.date(), r.fundId(), r.fund(), r.kind(),
                        r.amount(), r.note(), r.outcome()))
                .toList();
        List<FundBookRefusal> refusals = imports.problems(b.id(), auth.getName(), MAX_PROBLEMS).stream()
                .map(p -> refusal(p, locale)).toList();
        return new FundBookResponse(b.id(), b.fileName(), b.status(), b.totalRows(), b.toAdd(), b.unchanged(),
                b.refused(), rows, refusals);
    }

    private FundBookRefusal refusal(RowProblem p, Locale locale) {
        return new FundBookRefusal(p.row(), p.column(), p.value(),
                messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
    }
}
