package vn.ishc.identity;

import java.util.EnumSet;
import java.util.Set;
import vn.ishc.shared.AreaScope;

/** What a user does in the programme; each role allows some widths of area scope. */
public enum Role {
    NATIONAL_ADMIN(EnumSet.of(AreaScope.Level.NATION)),
    PROVINCE_OFFICER(EnumSet.of(AreaScope.Level.PROVINCE)),
    COMMUNE_OFFICER(EnumSet.of(AreaScope.Level.COMMUNE)),
    CLUB_BOARD(EnumSet.of(AreaScope.Level.COMMUNE, AreaScope.Level.CLUB)),
    HOMECARE_VOLUNTEER(EnumSet.of(AreaScope.Level.COMMUNE, AreaScope.Level.CLUB)),
    PARTNER_VIEWER(EnumSet.of(AreaScope.Level.NATION, AreaScope.Level.PROVINCE));

    private final Set<AreaScope.Level> scopeLevels;

    Role(Set<AreaScope.Level> scopeLevels) {
        this.scopeLevels = scopeLevels;
    }

    public boolean allowsScope(AreaScope.Level level) {
        return scopeLevels.contains(level);
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Whether a user of this role creates and manages users of the other: only roles strictly below their
     * own. The national administrator, at the top, manages every role, other administrators included; a
     * province officer manages the commune-level users of their province (commune officers, club board
     * members, home-care volunteers), never a peer nor a partner; no other role manages users.
     */
    public boolean manages(Role other) {
        return switch (this) {
            case NATIONAL_ADMIN -> true;
            case PROVINCE_OFFICER -> other == COMMUNE_OFFICER || other == CLUB_BOARD || other == HOMECARE_VOLUNTEER;
            default -> false;
        };
    }

    /**
     * Whether this role sees a citizen ID in full: the club's board and the commune's officers, who work with
     * the person and check the card; everyone above sees it masked, and partners see no person at all.
     */
    public boolean seesFullCitizenIds() {
        return this == CLUB_BOARD || this == COMMUNE_OFFICER;
    }

    /** Whether this role may see a person's records (partners see aggregated figures only). */
    public boolean seesPersonalData() {
        return this != PARTNER_VIEWER;
    }
}
