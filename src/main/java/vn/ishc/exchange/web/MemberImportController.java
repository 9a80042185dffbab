package vn.ishc.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.ImportBatch;
import vn.ishc.identity.CurrentUser;
import vn.ishc.exchange.MemberImports;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.BusyException;
import vn.ishc.shared.InvalidInputException;

/**
 * Pages for importing a club's members: the import page with the template and the upload, the
 * preview of an upload with its refused rows, confirming or cancelling it, and the progress of saving.
 */
@Controller
@PreAuthorize(MemberImportController.IMPORTERS)
class MemberImportController {

    static final String IMPORTERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    static final int SHOWN_PROBLEMS = 500;
    static final int SHOWN_MEMBERS = 200;
    static final Locale SHEET_LANGUAGE = Locale.forLanguageTag("vi");

    private final MemberImports imports;
    private final Clubs clubs;
    private final Members members;
    private final MessageSource messages;
    private final Clock clock;

    MemberImportController(MemberImports imports, Clubs clubs, Members members, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.clubs = clubs;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/members/import")
    String page(@PathVariable UUID clubId, AreaScope scope, Model model) {
        return page(clubs.get(clubId, scope), scope, model);
    }

    @GetMapping("/clubs/{clubId}/members/import/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable UUID clubId, AreaScope scope) {
        return xlsx(imports.template(clubId, scope), "mau-nhap-thanh-vien.xlsx");
    }

    /** The club's current members in the template with their ids, to correct in Excel and upload again. */
    @GetMapping("/clubs/{clubId}/members/import/members.xlsx")
    ResponseEntity<byte[]> currentMembers(@PathVariable UUID clubId, CurrentUser user, AreaScope scope) {
        return xlsx(imports.currentMembers(clubId, scope, user.role().seesFullCitizenIds()), "thanh-vien-hien-nay.xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    @PostMapping("/clubs/{clubId}/members/import")
    String upload(@PathVariable UUID clubId, @RequestParam(required = false) MultipartFile file, AreaScope scope,
                  Principal principal, Model model, HttpServletResponse response, Locale locale) throws IOException {
        Club club = clubs.get(clubId, scope);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("exchange.file.missing", "file");
            }
            try (InputStream in = file.getInputStream()) {
                ImportBatch batch = imports.preview(clubId, file.getOriginalFilename(), in, principal.getName(), scope);
                return "redirect:/imports/" + batch.id();
            }
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(club, scope, model);
        } catch (BusyException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(BusyException.RETRY_AFTER_SECONDS));
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(club, scope, model);
        }
    }

    @GetMapping("/imports/{batchId}")
    String batch(@PathVariable UUID batchId, CurrentUser user, AreaScope scope, Model model) {
        ImportBatch batch = imports.get(batchId, scope);
        model.addAttribute("batch", batch);
        model.addAttribute("club", clubs.get(batch.clubId(), scope));
        boolean full = user.role().seesFullCitizenIds();
        model.addAttribute("problems", imports.problems(batchId, scope, SHOWN_PROBLEMS).stream()
                .map(p -> full ? p : p.withCitizenIdsMasked()).toList());
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
        model.addAttribute("held", imports.held(batchId, scope).stream().map(h -> held(h, scope)).toList());
        model.addAttribute("ignored", imports.ignoredColumns(batchId, scope).stream().map(h -> "\"" + h + "\"")
                .collect(java.util.stream.Collectors.joining(", ")));
        model.addAttribute("duplicates", imports.duplicates(batchId, scope));
        model.addAttribute("skipped", batch.status() == ImportBatch.Status.SAVED ? imports.skipped(batchId, scope) : 0);
        model.addAttribute("updates", imports.updates(batchId, scope, SHOWN_PROBLEMS).stream()
                .map(u -> full ? u : u.withCitizenIdsMasked()).toList());
        return "exchange/batch";
    }

    /**
     * The upload as it was sent with a "Lỗi" column on each refused row: in Vietnamese, as the sheet is, whatever
     * the language of the page, so that the file reads the same to everyone it is passed to.
     */
    @GetMapping("/imports/{batchId}/errors.xlsx")
    ResponseEntity<byte[]> errorCopy(@PathVariable UUID batchId, CurrentUser user, AreaScope scope) {
        return xlsx(imports.errorCopy(batchId, scope, user.role().seesFullCitizenIds(), p -> {
            String reason = messages.getMessage(p.messageKey(), p.arguments().toArray(), SHEET_LANGUAGE);
            return p.column() == null ? reason : messages.getMessage("exchange.errorCopy.cell",
                    new Object[] {p.column(), p.value() == null ? "" : p.value(), reason}, SHEET_LANGUAGE);
        }), "loi-nhap-thanh-vien.xlsx");
    }

    /** The progress of saving, for the page to poll; once saving has ended, htmx reloads the whole page. */
    @GetMapping("/imports/{batchId}/progress")
    String progress(@PathVariable UUID batchId, AreaScope scope, Model model,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        ImportBatch batch = imports.get(batchId, scope);
        if (htmx != null && !batch.isSaving()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("batch", batch);
        return "exchange/batch :: progress";
    }

    /**
     * Confirms the preview; the held rows ticked ({@code held}: their row numbers) are saved too, and the likely
     * duplicates shown ({@code duplicate}) but no longer ticked to be added ({@code add}) are left out.
     */
    @PostMapping("/imports/{batchId}/confirm")
    String confirm(@PathVariable UUID batchId, @RequestParam(name = "held", required = false) List<Integer> held,
                   @RequestParam(name = "duplicate", required = false) List<Integer> duplicate,
                   @RequestParam(name = "add", required = false) List<Integer> add,
                   AreaScope scope, Principal principal) {
        List<Integer> unticked = duplicate == null ? List.of()
                : duplicate.stream().filter(r -> add == null || !add.contains(r)).distinct().toList();
        imports.confirm(batchId, held == null ? List.of() : held, unticked, principal.getName(), scope);
        return "redirect:/imports/" + batchId;
    }

    @PostMapping("/imports/{batchId}/cancel")
    String cancel(@PathVariable UUID batchId, AreaScope scope, Principal principal) {
        imports.cancel(batchId, principal.getName(), scope);
        return "redirect:/imports/" + batchId;
    }

    /**
     * A held row beside the member its citizen ID belongs to: the member as recorded only for a reader who may see
     * them, else null.
     */
    record HeldView(int row, String fullName, String birth, String recordedName, String recordedBirth) {
    }

    private HeldView held(ImportBatch.HeldRow h, AreaScope scope) {
        try {
            var p = members.person(h.personId(), scope).person();
            return new HeldView(h.row(), h.fullName(), h.birth(), p.fullName(), p.birthDate() != null
                    ? p.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    : String.valueOf(p.birthYear()));
        } catch (vn.ishc.shared.OutOfScopeException | vn.ishc.shared.NotFoundException e) {
            return new HeldView(h.row(), h.fullName(), h.birth(), null, null);
        }
    }

    private String page(Club club, AreaScope scope, Model model) {
        List<MemberRow> current = members.membersOf(club.id(), BusinessCalendar.today(clock), scope);
        model.addAttribute("club", club);
        model.addAttribute("recent", imports.recent(club.id(), scope, 10));
        model.addAttribute("memberCount", current.size());
        model.addAttribute("members", current.stream().limit(SHOWN_MEMBERS).toList());
        model.addAttribute("shownMembers", SHOWN_MEMBERS);
        model.addAttribute("limits", imports.limits());
        return "exchange/import";
    }
}
