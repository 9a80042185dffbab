package vn.ishc.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.MeetingBookBatch;
import vn.ishc.exchange.MeetingBookImports;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * Pages for importing the monthly meeting book of a club or of every club in the user's area: the
 * template, the upload, the preview meeting by meeting with its refused rows, the error copy, and
 * confirming or cancelling. Those who may key meetings may import them.
 */
@Controller
@PreAuthorize(MeetingBookImportController.IMPORTERS)
class MeetingBookImportController {

    static final String IMPORTERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    static final int SHOWN_PROBLEMS = 500;

    private final MeetingBookImports imports;
    private final Clubs clubs;
    private final MessageSource messages;

    MeetingBookImportController(MeetingBookImports imports, Clubs clubs, MessageSource messages) {
        this.imports = imports;
        this.clubs = clubs;
        this.messages = messages;
    }

    @GetMapping("/meeting-books/import")
    String page(@RequestParam(required = false) UUID club, AreaScope scope, Principal principal, Model model) {
        return page(club == null ? null : clubs.get(club, scope), principal, model);
    }

    @GetMapping("/meeting-books/import/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) UUID club,
                                    @RequestParam(required = false) Long area, AreaScope scope) {
        return xlsx(imports.template(club, area, scope), "mau-so-sinh-hoat.xlsx");
    }

    @PostMapping("/meeting-books/import")
    String upload(@RequestParam(required = false) UUID club, @RequestParam(required = false) MultipartFile file,
                  AreaScope scope, Principal principal, Model model, HttpServletResponse response, Locale locale)
            throws IOException {
        Club chosen = club == null ? null : clubs.get(club, scope);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("exchange.file.missing", "file");
            }
            try (InputStream in = file.getInputStream()) {
                MeetingBookBatch batch = imports.preview(file.getOriginalFilename(), in, principal.getName(), scope);
                return "redirect:/meeting-books/imports/" + batch.id();
            }
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(chosen, principal, model);
        }
    }

    @GetMapping("/meeting-books/imports/{batchId}")
    String batch(@PathVariable UUID batchId, Principal principal, Model model) {
        model.addAttribute("batch", imports.get(batchId, principal.getName()));
        model.addAttribute("meetings", imports.meetings(batchId, principal.getName()));
        model.addAttribute("problems", imports.problems(batchId, principal.getName(), SHOWN_PROBLEMS));
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
        return "exchange/meeting-book-batch";
    }

    /** The upload with a "Lỗi" column on each refused row, in Vietnamese as the sheet is. */
    @GetMapping("/meeting-books/imports/{batchId}/errors.xlsx")
    ResponseEntity<byte[]> errorCopy(@PathVariable UUID batchId, Principal principal) {
        Locale vi = MemberImportController.SHEET_LANGUAGE;
        return xlsx(imports.errorCopy(batchId, principal.getName(), p -> {
            String reason = messages.getMessage(p.messageKey(), p.arguments().toArray(), vi);
            return p.column() == null ? reason : messages.getMessage("exchange.errorCopy.cell",
                    new Object[] {p.column(), p.value() == null ? "" : p.value(), reason}, vi);
        }), "loi-so-sinh-hoat.xlsx");
    }

    @PostMapping("/meeting-books/imports/{batchId}/confirm")
    String confirm(@PathVariable UUID batchId, AreaScope scope, Principal principal) {
        imports.confirm(batchId, principal.getName(), scope);
        return "redirect:/meeting-books/imports/" + batchId;
    }

    @PostMapping("/meeting-books/imports/{batchId}/cancel")
    String cancel(@PathVariable UUID batchId, Principal principal) {
        imports.cancel(batchId, principal.getName());
        return "redirect:/meeting-books/imports/" + batchId;
    }

    private String page(Club club, Principal principal, Model model) {
        model.addAttribute("club", club);
        model.addAttribute("recent", imports.recent(principal.getName(), 10));
        model.addAttribute("limits", imports.limits());
        return "exchange/meeting-book";
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
