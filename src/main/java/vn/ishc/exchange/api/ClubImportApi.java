package vn.ishc.exchange.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ishc.exchange.ClubImportBatch;
import vn.ishc.exchange.ClubImportRow;
import vn.ishc.exchange.ClubImports;
import vn.ishc.exchange.RowProblem;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * /api/v1: upload the clubs of a commune (one row per club) for a preview that saves nothing, then
 * confirm it. {@code area} is the commune; a commune officer may leave it out for their own commune.
 */
@RestController
@RequestMapping(path = "/api/v1/imports/clubs", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
class ClubImportApi {

    static final int MAX_PROBLEMS = 20_000;

    private final ClubImports imports;
    private final MessageSource messages;

    ClubImportApi(ClubImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A refused row: the row number as Excel shows it, the column as headed in the sheet, its value, why. */
    record ClubImportRefusal(int row, String column, String value, String message) {
    }

    /** A row of the sheet: the club's code and name as written (and its id, when known), what confirming does. */
    record ClubImportItem(int row, UUID clubId, String code, String name, ClubImportRow.Outcome outcome) {
    }

    /** An upload's counts of clubs, its rows and its refusals. */
    record ClubImportResponse(UUID id, long communeId, String fileName, ClubImportBatch.Status status, int rows,
                              int toAdd, int toUpdate, int unchanged, int refused, List<ClubImportItem> clubs,
                              List<ClubImportRefusal> refusals) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ClubImportResponse> upload(@RequestParam(required = false) Long area,
                                              @RequestParam(required = false) MultipartFile file, AreaScope scope,
                                              Principal principal, Locale locale) throws IOException {
        long commune = imports.commune(area, scope).id();
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("exchange.file.missing", "file");
        }
        ClubImportBatch batch;
        try (InputStream in = file.getInputStream()) {
            batch = imports.preview(commune, file.getOriginalFilename(), in, principal.getName(), scope);
        }
        return ResponseEntity.created(URI.create("/api/v1/imports/clubs/" + batch.id()))
                .body(response(batch, principal, locale));
    }

    @PostMapping("/{batchId}/confirm")
    ClubImportResponse confirm(@PathVariable UUID batchId, AreaScope scope, Principal principal, Locale locale) {
        return response(imports.confirm(batchId, principal.getName(), scope), principal, locale);
    }

    @GetMapping("/{batchId}")
    ClubImportResponse get(@PathVariable UUID batchId, Principal principal, Locale locale) {
        return response(imports.get(batchId, principal.getName()), principal, locale);
    }

    private ClubImportResponse response(ClubImportBatch b, Principal principal, Locale locale) {
        List<ClubImportItem> rows = imports.rows(b.id(), principal.getName()).stream()
                .map(r -> new ClubImportItem(r.row(), r.clubId(), r.code(), r.name(), r.outcome())).toList();
        List<ClubImportRefusal> refusals = imports.problems(b.id(), principal.getName(), MAX_PROBLEMS).stream()
                .map(p -> refusal(p, locale)).toList();
        return new ClubImportResponse(b.id(), b.communeId(), b.fileName(), b.status(), b.totalRows(), b.toAdd(),
                b.toUpdate(), b.unchanged(), b.refused(), rows, refusals);
    }

    private ClubImportRefusal refusal(RowProblem p, Locale locale) {
        return new ClubImportRefusal(p.row(), p.column(), p.value(),
                messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
    }
}
