package vn.ishc.geography.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Village;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** Creating, renaming, retiring and placing villages; the list of villages awaiting placement. */
@Controller
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
class VillageController {

    private final Villages villages;
    private final AdminUnits units;
    private final MessageSource messages;
    private final Clock clock;

    VillageController(Villages villages, AdminUnits units, MessageSource messages, Clock clock) {
        this.villages = villages;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/units/{communeId}/villages")
    String create(@PathVariable long communeId, @RequestParam(required = false) String name,
                  @RequestParam(required = false) UUID id, Principal user, AreaScope scope,
                  RedirectAttributes redirect, Locale locale) {
        try {
            Village v = villages.create(id, communeId, name, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("village.created", new Object[] {v.name()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("villageError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            redirect.addFlashAttribute("villageName", name);
        }
        return "redirect:/units/" + communeId + "#villages";
    }

    @PostMapping("/villages/{id}/rename")
    String rename(@PathVariable UUID id, @RequestParam(required = false) String name, Principal user,
                  AreaScope scope, RedirectAttributes redirect, Locale locale) {
        Village v = villages.get(id, scope);
        try {
            Village renamed = villages.rename(id, name, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("village.renamed", new Object[] {renamed.name()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("villageError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/units/" + v.communeId() + "#villages";
    }

    @PostMapping("/villages/{id}/retire")
    String retire(@PathVariable UUID id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retiredOn,
                  Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        Village v = villages.get(id, scope);
        try {
            villages.retire(id, retiredOn == null ? BusinessCalendar.today(clock) : retiredOn, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("village.retired", new Object[] {v.name()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("villageError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/units/" + v.communeId() + "#villages";
    }

    @PostMapping("/villages/{id}/place")
    String place(@PathVariable UUID id, @RequestParam(required = false) Long currentCommuneId, Principal user,
                 AreaScope scope, RedirectAttributes redirect, Locale locale) {
        try {
            if (currentCommuneId == null) {
                throw new InvalidInputException("geography.village.choiceMissing", "currentCommuneId");
            }
            Village v = villages.place(id, currentCommuneId, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("village.placed", new Object[] {v.name()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("villageError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/villages/awaiting-placement";
    }

    @GetMapping("/villages/awaiting-placement")
    @PreAuthorize("isAuthenticated()")
    String awaiting(AreaScope scope, Model model) {
        Map<Long, AdminUnit> communes = new LinkedHashMap<>();
        List<Awaiting> rows = villages.awaitingPlacement(scope).stream().map(v -> {
            AdminUnit origin = communes.computeIfAbsent(v.communeId(), cid -> units.get(cid, scope));
            return new Awaiting(v, origin, units.ancestors(origin, origin.lastDay()), villages.placementChoices(origin, scope));
        }).toList();
        model.addAttribute("rows", rows);
        return "geography/awaiting";
    }

    /** A village waiting for a choice, the commune it was created in, and the communes it may go to. */
    record Awaiting(Village village, AdminUnit commune, List<AdminUnit> ancestors, List<AdminUnit> choices) {
    }
}
