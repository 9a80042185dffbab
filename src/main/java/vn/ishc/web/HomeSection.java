package vn.ishc.web;

import org.springframework.ui.Model;
import vn.ishc.identity.CurrentUser;

/**
 * A part of a user's home page that a module puts there (a board member's meeting of the month), so that the
 * home page knows no module's insides: each section adds what it shows for the user to the model.
 */
public interface HomeSection {

    void addTo(CurrentUser user, Model model);
}
