package vn.ishc.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ishc.shared.InvalidInputException;

/**
 * The first national administrator: created from the command line ({@code --ishc.create-admin=NAME} with
 * the password in the environment variable {@code ISHC_ADMIN_PASSWORD}), or on the one-time setup page
 * with a token the application writes to its log at start-up while there is no user. No password is
 * ever built into the system.
 */
@Component
public class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final MessageSource messages;
    private final String cliUsername;
    private final String cliPassword;
    private volatile String token;

    FirstAdministrator(UserAccounts accounts, MessageSource messages, @Value("${ishc.create-admin:}") String cliUsername,
                       @Value("${ISHC_ADMIN_PASSWORD:}") String cliPassword) {
        this.accounts = accounts;
        this.messages = messages;
        this.cliUsername = cliUsername;
        this.cliPassword = cliPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!cliUsername.isBlank() && !accounts.anyUser()) {
            try {
                UserView admin = accounts.createFirstAdministrator(cliUsername, cliUsername, cliPassword, "command-line");
                log.info("National administrator {} created from the command line", admin.username());
            } catch (InvalidInputException e) {
                // Said in both languages: whoever runs the command reads the log, not a page.
                throw new IllegalStateException("--ishc.create-admin: "
                        + messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi")) + " / "
                        + messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH), e);
            }
        } else if (!cliUsername.isBlank()) {
            log.warn("Users exist already: --ishc.create-admin={} was ignored", cliUsername);
        }
        if (!accounts.anyUser()) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            log.info("First-time setup: open /setup and enter the token {}", token);
        }
    }

    /** The token written to the log, while the setup page is open. */
    String token() {
        return token;
    }

    /** Whether the setup page may still be used. */
    public boolean open() {
        return token != null && !accounts.anyUser();
    }

    public UserView createWithToken(String given, String username, String displayName, String password) {
        String expected = token;
        if (expected == null || given == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidInputException("identity.setup.badToken", "token");
        }
        UserView admin = accounts.createFirstAdministrator(username, displayName, password, "setup-page");
        token = null;
        log.info("National administrator {} created on the setup page", admin.username());
        return admin;
    }
}
