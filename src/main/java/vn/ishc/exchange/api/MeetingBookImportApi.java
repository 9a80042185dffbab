package vn.ishc.exchange.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
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
import vn.ishc.exchange.MeetingBookBatch;
import vn.ishc.exchange.MeetingBookImports;
import vn.ishc.exchange.MeetingBookMeeting;
import vn.ishc.exchange.RowProblem;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * /api/v1: upload a monthly meeting book (one club or many, one row per member per meeting) for a
 * preview that saves nothing, then confirm it.
 */
@RestController
@RequestMapping(path = "/api/v1/imports/meeting-books", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')")
class MeetingBookImportApi {

    static final int MAX_PROBLEMS = 20_000;

    private final MeetingBookImports imports;
    private final MessageSource messages;

    MeetingBookImportApi(MeetingBookImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A refused row: the row number as Excel shows it, the column as headed in the sheet, its value, why. */
    record MeetingBookRefusal(int row, String column, String value, String message) {
    }

    /** A meeting of the sheet: the club as written (and its id, when known), the date, what confirming does. */
    record MeetingBookItem(UUID clubId, String club, LocalDate heldOn, int firstRow, int rows,
                           MeetingBookMeeting.Outcome outcome) {
    }

    /** An upload's counts of meetings, its meetings and its refusals. */
    record MeetingBookResponse(UUID id, String fileName, MeetingBookBatch.Status status, int rows, int toAdd,
                               int toUpdate, int unchanged, int refused, int refusedRows, List<MeetingBookItem> meetings,
                               List<MeetingBookRefusal> refusals) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MeetingBookResponse> upload(@RequestParam(required = false) MultipartFile file, AreaScope scope,
                                               Principal principal, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("exchange.file.missing", "file");
        }
        MeetingBookBatch batch;
        try (InputStream in = file.getInputStream()) {
            batch = imports.preview(file.getOriginalFilename(), in, principal.getName(), scope);
        }
        return ResponseEntity.created(URI.create("/api/v1/imports/meeting-books/" + batch.id()))
                .body(response(batch, principal, locale));
    }

    @PostMapping("/{batchId}/confirm")
    MeetingBookResponse confirm(@PathVariable UUID batchId, AreaScope scope, Principal principal, Locale locale) {
        return response(imports.confirm(batchId, principal.getName(), scope), principal, locale);
    }

    @GetMapping("/{batchId}")
    MeetingBookResponse get(@PathVariable UUID batchId, Principal principal, Locale locale) {
        return response(imports.get(batchId, principal.getName()), principal, locale);
    }

    private MeetingBookResponse response(MeetingBookBatch b, Principal principal, Locale locale) {
        List<MeetingBookItem> meetings = imports.meetings(b.id(), principal.getName()).stream()
                .map(m -> new MeetingBookItem(m.clubId(), m.club(), m.heldOn(), m.firstRow(), m.rowCount(), m.outcome()))
                .toList();
        List<MeetingBookRefusal> refusals = imports.problems(b.id(), principal.getName(), MAX_PROBLEMS).stream()
                .map(p -> refusal(p, locale)).toList();
        return new MeetingBookResponse(b.id(), b.fileName(), b.status(), b.totalRows(), b.toAdd(), b.toUpdate(),
                b.unchanged(), b.refused(), b.refusedRows(), meetings, refusals);
    }

    private MeetingBookRefusal refusal(RowProblem p, Locale locale) {
        return new MeetingBookRefusal(p.row(), p.column(), p.value(),
                messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
    }
}
