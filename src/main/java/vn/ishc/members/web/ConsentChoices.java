package vn.ishc.members.web;

import java.util.List;
import vn.ishc.members.Consent;

/** What the consent form on a member's page offers to choose from. */
record ConsentChoices(List<Consent.Basis> bases, List<Consent.Purpose> purposes, List<Consent.Evidence> evidence) {

    static final ConsentChoices INSTANCE = new ConsentChoices(List.of(Consent.Basis.values()),
            List.of(Consent.Purpose.values()), List.of(Consent.Evidence.values()));
}
