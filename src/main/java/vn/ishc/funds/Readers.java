package vn.ishc.funds;

import org.springframework.security.core.Authentication;

/**
 * Who reads the club's money. Partners read the funds' figures but never a person: the names of borrowers
 * and any text a board typed (what an entry was for, its note, who recorded it) are left out of what they get.
 */
public final class Readers {

    static final String PARTNER = "ROLE_PARTNER_VIEWER";

    private Readers() {
    }

    /** Whether the reader may see people's names in the ledger: everyone but a partner. */
    public static boolean seePeople(Authentication reader) {
        return reader != null && reader.getAuthorities().stream().noneMatch(a -> PARTNER.equals(a.getAuthority()));
    }
}
