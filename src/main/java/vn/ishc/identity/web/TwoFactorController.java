package vn.ishc.identity.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.TwoFactor;
import vn.ishc.identity.UserView;
import vn.ishc.identity.internal.TwoFactorSignIn;
import vn.ishc.shared.InvalidInputException;

/**
 * Two-factor sign-in on the pages: the code asked after the password, a user's own enrolment (secret,
 * QR code, confirming code, recovery codes shown once) and turning it off, and an officer's reset.
 */
@Controller
class TwoFactorController {

    private final TwoFactor twoFactor;
    private final TwoFactorSignIn signIn;
    private final MessageSource messages;

    TwoFactorController(TwoFactor twoFactor, TwoFactorSignIn signIn, MessageSource messages) {
        this.twoFactor = twoFactor;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/login/code")
    String codePage(HttpServletRequest request) {
        return signIn.pending(request) ? "identity/sign-in-code" : "redirect:/login";
    }

    @PostMapping("/login/code")
    String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                Model model) throws IOException, ServletException {
        TwoFactorSignIn.Answer answer = signIn.complete(code, request, response);
        return switch (answer.result()) {
            case SIGNED_IN -> null;
            case NONE_PENDING -> "redirect:/login";
            case REFUSED -> answer.refusal().locked()
                    ? "redirect:/login?locked=" + (answer.refusal().seconds() + 59) / 60
                    : "redirect:/login?wait=" + answer.refusal().seconds();
            case WRONG -> {
                model.addAttribute("wrong", true);
                yield "identity/sign-in-code";
            }
        };
    }

    @GetMapping(TwoFactorSignIn.ENROL_PAGE)
    String page(CurrentUser user, Model model) {
        TwoFactor.State state = twoFactor.state(user.username()).orElseThrow();
        model.addAttribute("state", state);
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        if (state.enabled()) {
            model.addAttribute("recoveryLeft", twoFactor.recoveryCodesLeft(user));
        } else {
            String secret = twoFactor.pendingSecret(user).orElseThrow();
            model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
            model.addAttribute("otpauth", TwoFactor.otpauthUri(user.username(), secret));
        }
        return "identity/two-factor";
    }

    /** The QR code of the enrolment not yet confirmed, drawn as SVG; nothing once two-factor is on. */
    @GetMapping(value = TwoFactorSignIn.ENROL_PAGE + "/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(CurrentUser user) throws WriterException {
        Optional<String> secret = twoFactor.pendingSecret(user);
        if (secret.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        BitMatrix matrix = new QRCodeWriter().encode(TwoFactor.otpauthUri(user.username(), secret.get()),
                BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                        EncodeHintType.MARGIN, 4));
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(svg);
    }

    @PostMapping(TwoFactorSignIn.ENROL_PAGE)
    String confirm(@RequestParam(required = false) String code, CurrentUser user, HttpServletRequest request,
                   RedirectAttributes redirect, Locale locale) {
        try {
            List<String> codes = twoFactor.confirm(user, code);
            signIn.enrolled(request);
            redirect.addFlashAttribute("recoveryCodes", codes);
            redirect.addFlashAttribute("notice", messages.getMessage("twoFactor.turnedOn", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Map.of("code", messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
        return "redirect:" + TwoFactorSignIn.ENROL_PAGE;
    }

    @PostMapping(TwoFactorSignIn.ENROL_PAGE + "/off")
    String turnOff(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String code,
                   CurrentUser user, RedirectAttributes redirect, Locale locale) {
        try {
            twoFactor.turnOff(user, currentPassword, code);
            redirect.addFlashAttribute("notice", messages.getMessage("twoFactor.turnedOff", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
        return "redirect:" + TwoFactorSignIn.ENROL_PAGE;
    }

    @PostMapping("/admin/users/{id}/two-factor/reset")
    String reset(@PathVariable UUID id, CurrentUser actor, RedirectAttributes redirect, Locale locale) {
        UserView user = twoFactor.reset(id, actor);
        redirect.addFlashAttribute("notice", messages.getMessage("users.twoFactorReset", new Object[] {user.username()}, locale));
        return "redirect:/admin/users/" + id;
    }
}
