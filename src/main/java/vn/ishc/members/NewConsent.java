package vn.ishc.members;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A consent or legal basis as entered; a client may supply its id so that sending it twice records it once. */
public record NewConsent(UUID id, Consent.Basis basis, Set<Consent.Purpose> purposes, LocalDate givenOn,
                         Consent.Evidence evidence, String witness) {
}
