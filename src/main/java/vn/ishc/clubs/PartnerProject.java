package vn.ishc.clubs;

import java.util.UUID;

/** A partner project that funds clubs, e.g. HelpAge's VIE085; records are tagged by project. */
public record PartnerProject(UUID id, String code, String name, String funder) {
}
