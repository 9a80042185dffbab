package vn.ishc.identity.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.internal.SignedInSessions;

/** The caller's own password, for every signed-in user. */
@RestController
class OwnPasswordApi {

    private final UserAccounts accounts;

    OwnPasswordApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record PasswordChange(String currentPassword, String password) {
    }

    /** 204 when changed; 422 naming the field when the current password is wrong or the new one is refused. */
    @PostMapping("/api/v1/me/password")
    ResponseEntity<Void> change(@RequestBody PasswordChange body, CurrentUser actor, HttpServletRequest request) {
        // The user's other sessions end; the one sending this (if it is a session) goes on.
        SignedInSessions.keep(request, accounts.changeOwnPassword(body.currentPassword(), body.password(), actor));
        return ResponseEntity.noContent().build();
    }
}
