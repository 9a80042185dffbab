package vn.ishc.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.FundBookBatch;
import vn.ishc.exchange.FundBookImports;
import vn.ishc.funds.MoneyRecorders;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * Pages for importing the fund book of a club or of every club in the user's area: the template, the upload,
 * the preview row by row with its refused rows, the error copy, and confirming or cancelling. The area's
 * officers and the boards' members may open them; only clubs whose money the user records
 * ({@link MoneyRecorders}) are imported.
 */
@Controller
@PreAuthorize(MeetingBookImportController.IMPORTERS)
class FundBookImportController {

    static final int SHOWN_PROBLEMS = 500;
    /** An importer, and for a club named in the address one who records its money (a method's rule replaces the class's). */
    static final String OF_CLUB = MeetingBookImportController.IMPORTERS
            + " and (#club == null or @moneyRecorders.club(authentication, #club))";

    private final FundBookImports imports;
    private final Clubs clubs;
    private final MoneyRecorders recorders;
    private final MessageSource messages;

    FundBookImportController(FundBookImports imports, Clubs clubs, MoneyRecorders recorders, MessageSource messages) {
        this.imports = imports;
        this.clubs = clubs;
        this.recorders = recorders;
        this.messages = messages;
    }

    @GetMapping("/fund-books/import")
    @PreAuthorize(OF_CLUB)
    String page(@RequestParam(required = false) UUID club, AreaScope scope, Principal principal, Model model) {
        return page(club == null ? null : clubs.get(club, scope), principal, model);
    }

    @GetMapping("/fund-books/import/template.xlsx")
    @PreAuthorize(OF_CLUB)
    ResponseEntity<byte[]> template(@RequestParam(required = false) UUID club,
                                    @RequestParam(required = false) Long area, AreaScope scope) {
        return xlsx(imports.template(club, area, scope), "mau-so-quy.xlsx");
    }

    @PostMapping("/fund-books/import")
    @PreAuthorize(OF_CLUB)
    String upload(@RequestParam(required = false) UUID club, @RequestParam(required = false) MultipartFile file,
                  AreaScope scope, Authentication auth, Model model, HttpServletResponse response, Locale locale)
            throws IOException {
        Club chosen = club == null ? null : clubs.get(club, scope);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("exchange.file.missing", "file");
            }
            try (InputStream in = file.getInputStream()) {
                FundBookBatch batch = imports.preview(file.getOriginalFilename(), in, auth.getName(), scope,
                        records(auth));
                return "redirect:/fund-books/imports/" + batch.id();
            }
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(chosen, auth, model);
        }
    }

    @GetMapping("/fund-books/imports/{batchId}")
    String batch(@PathVariable UUID batchId, Principal principal, Model model) {
        model.addAttribute("batch", imports.get(batchId, principal.getName()));
        model.addAttribute("rows", imports.rows(batchId, principal.getName()));
        model.addAttribute("problems", imports.problems(batchId, principal.getName(), SHOWN_PROBLEMS));
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
        return "exchange/fund-book-batch";
    }

    /** The upload with a "Lỗi" column on each refused row, in Vietnamese as the sheet is. */
    @GetMapping("/fund-books/imports/{batchId}/errors.xlsx")
    ResponseEntity<byte[]> errorCopy(@PathVariable UUID batchId, Principal principal) {
        Locale vi = MemberImportController.SHEET_LANGUAGE;
        return xlsx(imports.errorCopy(batchId, principal.getName(), p -> {
            String reason = messages.getMessage(p.messageKey(), p.arguments().toArray(), vi);
            return p.column() == null ? reason : messages.getMessage("exchange.errorCopy.cell",
                    new Object[] {p.column(), p.value() == null ? "" : p.value(), reason}, vi);
        }), "loi-so-quy.xlsx");
    }

    @PostMapping("/fund-books/imports/{batchId}/confirm")
    String confirm(@PathVariable UUID batchId, AreaScope scope, Authentication auth) {
        imports.confirm(batchId, auth.getName(), scope, records(auth));
        return "redirect:/fund-books/imports/" + batchId;
    }

    @PostMapping("/fund-books/imports/{batchId}/cancel")
    String cancel(@PathVariable UUID batchId, Principal principal) {
        imports.cancel(batchId, principal.getName());
        return "redirect:/fund-books/imports/" + batchId;
    }

    /** Whether the signed-in user records the money of a club today. */
    private Predicate<UUID> records(Authentication auth) {
        return clubId -> recorders.club(auth, clubId);
    }

    private String page(Club club, Principal principal, Model model) {
        model.addAttribute("club", club);
        model.addAttribute("recent", imports.recent(principal.getName(), 10));
        model.addAttribute("limits", imports.limits());
        return "exchange/fund-book";
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
