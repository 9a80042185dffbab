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
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.ImportBatch;
import vn.ishc.identity.CurrentUser;
import vn.ishc.exchange.MemberImports;
import vn.ishc.exchange.RowProblem;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/** /api/v1: upload a club's members sheet for a preview, confirm it, and follow the saving. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')")
class MemberImportApi {

    static final int MAX_PROBLEMS = 20_000;

    private final MemberImports imports;
    private final Clubs clubs;
    private final MessageSource messages;

    MemberImportApi(MemberImports imports, Clubs clubs, MessageSource messages) {
        this.imports = imports;
        this.clubs = clubs;
        this.messages = messages;
    }

    /** A refused row: the row number as Excel shows it, the column as headed in the sheet, its value, why. */
    record Refusal(int row, String column, String value, String message) {
    }

    /** Counts of an import; refusals only in the answer to an upload. */
    record BatchResponse(UUID id, UUID clubId, String fileName, ImportBatch.Status status, int rows, int toAdd,
                         int toUpdate, int unchanged, int refused, int saved, int toSave, String failure,
                         String progressUrl, List<Refusal> refusals) {
    }

    @PostMapping(path = "/clubs/{clubId}/members/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<BatchResponse> upload(@PathVariable UUID clubId, @RequestParam(required = false) MultipartFile file,
                                         CurrentUser user, AreaScope scope, Principal principal, Locale locale)
            throws IOException {
        clubs.get(clubId, scope);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("exchange.file.missing", "file");
        }
        ImportBatch batch;
        try (InputStream in = file.getInputStream()) {
            batch = imports.preview(clubId, file.getOriginalFilename(), in, principal.getName(), scope);
        }
        boolean full = user.role().seesFullCitizenIds();
        List<Refusal> refusals = imports.problems(batch.id(), scope, MAX_PROBLEMS).stream()
                .map(p -> refusal(full ? p : p.withCitizenIdsMasked(), locale)).toList();
        return ResponseEntity.created(URI.create("/api/v1/imports/" + batch.id())).body(response(batch, refusals, locale));
    }

    @PostMapping("/imports/{batchId}/confirm")
    ResponseEntity<BatchResponse> confirm(@PathVariable UUID batchId, AreaScope scope, Principal principal, Locale locale) {
        ImportBatch batch = imports.confirm(batchId, principal.getName(), scope);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + batchId))
                .body(response(batch, null, locale));
    }

    @GetMapping("/imports/{batchId}")
    BatchResponse get(@PathVariable UUID batchId, AreaScope scope, Locale locale) {
        return response(imports.get(batchId, scope), null, locale);
    }

    private BatchResponse response(ImportBatch b, List<Refusal> refusals, Locale locale) {
        String failure = b.failureKey() == null ? null
                : messages.getMessage(b.failureKey(), b.failureArguments().toArray(), locale);
        return new BatchResponse(b.id(), b.clubId(), b.fileName(), b.status(), b.totalRows(), b.toAdd(), b.toUpdate(),
                b.unchanged(), b.refused(), b.doneRows(), b.toSave(), failure, "/api/v1/imports/" + b.id(), refusals);
    }

    private Refusal refusal(RowProblem p, Locale locale) {
        return new Refusal(p.row(), p.column(), p.value(), messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
    }
}
