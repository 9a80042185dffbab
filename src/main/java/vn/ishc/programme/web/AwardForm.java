package vn.ishc.programme.web;

import java.util.UUID;
import vn.ishc.programme.Award;
import vn.ishc.programme.NewAward;

/** The form to record a commendation, as typed. */
record AwardForm(String id, String givenOn, String issuer, String decisionNumber, String areaPath, String recipientKind,
                 String clubId, String personId, String recipientName, String recipientAreaPath, String note) {

    static AwardForm empty(String areaPath, String clubId) {
        return new AwardForm(UUID.randomUUID().toString(), null, null, null, areaPath,
                clubId == null ? Award.Recipient.CLUB.name() : Award.Recipient.MEMBER.name(), clubId, null, null, null,
                null);
    }

    NewAward command() {
        return new NewAward(ProgrammeForms.uuid(id, "id"), ProgrammeForms.day(givenOn, "givenOn"), issuer, decisionNumber,
                areaPath == null ? "" : areaPath, ProgrammeForms.pick(Award.Recipient.class, recipientKind, "recipientKind"),
                ProgrammeForms.uuid(clubId, "clubId"), ProgrammeForms.uuid(personId, "personId"), recipientName,
                recipientAreaPath, note);
    }
}
