package vn.ishc.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.NewUser;
import vn.ishc.identity.Role;
import vn.ishc.identity.TwoFactor;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserView;

/** Users of the caller's area, for national administrators and province officers. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER')")
class UserApi {

    private final UserAccounts accounts;
    private final TwoFactor twoFactor;

    UserApi(UserAccounts accounts, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    /** A user as the API shows it: never the password. scopeUnitId is absent for the nation. */
    record UserResponse(UUID id, String username, String displayName, Role role, Long scopeUnitId, boolean enabled,
                        int version) {
        static UserResponse of(UserView u) {
            return new UserResponse(u.id(), u.username(), u.displayName(), u.role(), u.scopeUnitId(), u.enabled(),
                    u.version());
        }
    }

    record CreateUser(UUID id, String username, String displayName, String password, Role role, Long scopeUnitId) {
    }

    /** A change: role and scopeUnitId go together (scopeUnitId absent: the nation); absent fields stay. */
    record ChangeUser(String displayName, Role role, Long scopeUnitId, Boolean enabled) {
    }

    record NewPassword(String password) {
    }

    @Schema(name = "UserPage")
    record Page(List<UserResponse> items, int page, int size) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size, CurrentUser actor) {
        int s = Math.max(1, Math.min(size, 500));
        int p = Math.max(0, page);
        return new Page(accounts.list(q, p, s, actor).stream().map(UserResponse::of).toList(), p, s);
    }

    @GetMapping("/{id}")
    UserResponse get(@PathVariable UUID id, CurrentUser actor) {
        return UserResponse.of(accounts.get(id, actor));
    }

    @PostMapping
    ResponseEntity<UserResponse> create(@RequestBody CreateUser body, CurrentUser actor) {
        UserView user = accounts.create(new NewUser(body.id(), body.username(), body.displayName(), body.password(),
                body.role(), body.scopeUnitId()), actor);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserResponse.of(user));
    }

    @PatchMapping("/{id}")
    UserResponse change(@PathVariable UUID id, @RequestBody ChangeUser body, CurrentUser actor) {
        UserView user = accounts.get(id, actor);
        if (body.displayName() != null || body.role() != null) {
            user = accounts.change(id, body.displayName(), body.role(), body.scopeUnitId(), actor);
        }
        if (body.enabled() != null) {
            user = accounts.setEnabled(id, body.enabled(), actor);
        }
        return UserResponse.of(user);
    }

    /** Lets the user sign in again at once after repeated failed sign-ins. */
    @PostMapping("/{id}/unlock")
    ResponseEntity<Void> unlock(@PathVariable UUID id, CurrentUser actor) {
        accounts.unlock(id, actor);
        return ResponseEntity.noContent().build();
    }

    /** Clears the user's two-factor sign-in (a lost phone): they sign in with the password and enrol again. */
    @PostMapping("/{id}/two-factor/reset")
    ResponseEntity<Void> resetTwoFactor(@PathVariable UUID id, CurrentUser actor) {
        twoFactor.reset(id, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/password")
    ResponseEntity<Void> password(@PathVariable UUID id, @RequestBody NewPassword body, CurrentUser actor) {
        accounts.resetPassword(id, body.password(), actor);
        return ResponseEntity.noContent().build();
    }
}
