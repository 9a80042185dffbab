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
import vn.ishc.exchange.ClubImportBatch;
import vn.ishc.exchange.ClubImports;
import vn.ishc.geography.AdminUnit;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * Pages for importing the clubs of a commune: the template with the commune's clubs, the upload, the
 * preview row by row with its refused rows, the error copy, and confirming or cancelling. Those who may
 * register clubs (officers, not club boards) may import them.
 */
@Controller
@PreAuthorize(ClubImportController.IMPORTERS)
class ClubImportController {

    static final String IMPORTERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";
    static final int SHOWN_PROBLEMS = 500;

    private final ClubImports imports;
    private final MessageSource messages;

    ClubImportController(ClubImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/clubs/import")
    String page(@RequestParam(required = false) Long area, AreaScope scope, Principal principal, Model model,
                HttpServletResponse response, Locale locale) {
        try {
            return page(imports.commune(area, scope), principal, model);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(null, principal, model);
        }
    }

    @GetMapping("/clubs/import/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) Long area, AreaScope scope) {
        AdminUnit commune = imports.commune(area, scope);
        return xlsx(imports.template(commune.id(), scope), "mau-cau-lac-bo-" + commune.code() + ".xlsx");
    }

    @PostMapping("/clubs/import")
    String upload(@RequestParam(required = false) Long area, @RequestParam(required = false) MultipartFile file,
                  AreaScope scope, Principal principal, Model model, HttpServletResponse response, Locale locale)
            throws IOException {
        AdminUnit commune = imports.commune(area, scope);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("exchange.file.missing", "file");
            }
            try (InputStream in = file.getInputStream()) {
                ClubImportBatch batch = imports.preview(commune.id(), file.getOriginalFilename(), in,
                        principal.getName(), scope);
                return "redirect:/club-imports/" + batch.id();
            }
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(commune, principal, model);
        }
    }

    @GetMapping("/club-imports/{batchId}")
    String batch(@PathVariable UUID batchId, Principal principal, Model model) {
        model.addAttribute("batch", imports.get(batchId, principal.getName()));
        model.addAttribute("rows", imports.rows(batchId, principal.getName()));
        model.addAttribute("problems", imports.problems(batchId, principal.getName(), SHOWN_PROBLEMS));
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
        return "exchange/club-import-batch";
    }

    /** The upload with a "Lỗi" column on each refused row, in Vietnamese as the sheet is. */
    @GetMapping("/club-imports/{batchId}/errors.xlsx")
    ResponseEntity<byte[]> errorCopy(@PathVariable UUID batchId, Principal principal) {
        Locale vi = MemberImportController.SHEET_LANGUAGE;
        return xlsx(imports.errorCopy(batchId, principal.getName(), p -> {
            String reason = messages.getMessage(p.messageKey(), p.arguments().toArray(), vi);
            return p.column() == null ? reason : messages.getMessage("exchange.errorCopy.cell",
                    new Object[] {p.column(), p.value() == null ? "" : p.value(), reason}, vi);
        }), "loi-cau-lac-bo.xlsx");
    }

    @PostMapping("/club-imports/{batchId}/confirm")
    String confirm(@PathVariable UUID batchId, AreaScope scope, Principal principal) {
        imports.confirm(batchId, principal.getName(), scope);
        return "redirect:/club-imports/" + batchId;
    }

    @PostMapping("/club-imports/{batchId}/cancel")
    String cancel(@PathVariable UUID batchId, Principal principal) {
        imports.cancel(batchId, principal.getName());
        return "redirect:/club-imports/" + batchId;
    }

    private String page(AdminUnit commune, Principal principal, Model model) {
        model.addAttribute("commune", commune);
        model.addAttribute("recent", imports.recent(principal.getName(), 10));
        model.addAttribute("limits", imports.limits());
        return "exchange/club-import";
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
