package vn.ishc.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import vn.ishc.identity.CurrentUser;

/**
 * A part of a club's page that another module puts there (the meetings held for a decision), so that the
 * club's page knows no module's insides: a section adds what it shows of the club for the user to the
 * model and names the template fragment that shows it.
 */
public interface ClubPageSection {

    /**
     * Adds what the section shows of the club for the user (who may see the club) to the model.
     *
     * @return the fragment to show, e.g. {@code "meetings/held :: club-section"}, or empty when the section
     *         has nothing to show this user
     */
    Optional<String> addTo(UUID clubId, CurrentUser user, Model model);
}
