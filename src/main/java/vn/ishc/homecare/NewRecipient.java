package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A care recipient as entered: a member ({@code personId}) or a name and village; the id may be supplied. */
public record NewRecipient(UUID id, UUID personId, String name, String village, Set<CareReason> reasons,
                           LocalDate from) {
}
