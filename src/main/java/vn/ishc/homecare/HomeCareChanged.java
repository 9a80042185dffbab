package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * A club's home-care team changed ({@code action} homecare.volunteer.added, homecare.volunteer.ended,
 * homecare.recipient.added, homecare.recipient.ended, homecare.plan.set, homecare.assignment.added,
 * homecare.assignment.ended): the volunteer, recipient or assignment ({@code subjectId}), the club, its
 * founding commune and its communes on today's map, the day it takes effect, and for reporting the
 * club's active volunteers and recipients after the change. {@code detail} has before and after.
 */
public record HomeCareChanged(UUID subjectId, UUID clubId, long foundedCommuneId, List<String> areaPaths,
                              String action, LocalDate on, int activeVolunteers, int activeRecipients, String actor,
                              Map<String, Object> detail) implements AuditableEvent {

    @Override
    public String target() {
        return "club:" + clubId;
    }
}
