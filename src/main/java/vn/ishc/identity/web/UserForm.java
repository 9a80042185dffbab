package vn.ishc.identity.web;

import java.util.UUID;
import vn.ishc.identity.Role;

/** The user form: the area is a commune when one is chosen, else the province, else the nation. */
record UserForm(UUID id, String username, String displayName, String password, Role role, Long scopeProvinceId,
                Long scopeCommuneId) {

    Long scopeUnitId() {
        return scopeCommuneId != null ? scopeCommuneId : scopeProvinceId;
    }

    static UserForm empty() {
        return new UserForm(UUID.randomUUID(), null, null, null, null, null, null);
    }
}
