package vn.ishc.homecare.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.HeldVisit;
import vn.ishc.homecare.NewVisit;
import vn.ishc.homecare.ReferralCause;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.shared.InvalidInputException;

/** The visit form as typed on a phone; the id is made when the form is shown, so a resent form saves once. */
record VisitForm(UUID id, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn, List<UUID> volunteerIds,
                 Set<CareTask> tasks, String observations, String systolic, String diastolic, String pulse,
                 Boolean referralMade, ReferralDestination referralTo, ReferralCause referralCause,
                 String referralReason) {

    /** A new visit: nothing ticked, so that only what the volunteer did is recorded. */
    static VisitForm empty(LocalDate today, List<UUID> volunteers) {
        return new VisitForm(UUID.randomUUID(), today, volunteers, Set.of(), null, null, null, null, null, null, null, null);
    }

    /** The same form under a new id: another visit. */
    VisitForm withNewId() {
        return new VisitForm(UUID.randomUUID(), visitedOn, volunteerIds, tasks, observations, systolic, diastolic, pulse,
                referralMade, referralTo, referralCause, referralReason);
    }

    /** The form's values as typed, by field name, to be held when the server refuses it. */
    Map<String, List<String>> sent() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        put(sent, "id", id);
        put(sent, "visitedOn", visitedOn);
        sent.put("volunteerIds", volunteerIds == null ? List.of() : volunteerIds.stream().map(String::valueOf).toList());
        sent.put("tasks", tasks == null ? List.of() : tasks.stream().map(Enum::name).sorted().toList());
        put(sent, "observations", observations);
        put(sent, "systolic", systolic);
        put(sent, "diastolic", diastolic);
        put(sent, "pulse", pulse);
        put(sent, "referralMade", referralMade);
        put(sent, "referralTo", referralTo);
        put(sent, "referralCause", referralCause);
        put(sent, "referralReason", referralReason);
        return sent;
    }

    /** The form of a held visit as it was sent; a value that no longer reads (a task renamed) is left out. */
    static VisitForm of(HeldVisit held) {
        Map<String, List<String>> sent = held.sent();
        return new VisitForm(read(held.value("id"), UUID::fromString), read(held.value("visitedOn"), LocalDate::parse),
                sent.getOrDefault("volunteerIds", List.of()).stream().map(v -> read(v, UUID::fromString))
                        .filter(Objects::nonNull).toList(),
                sent.getOrDefault("tasks", List.of()).stream().map(t -> read(t, CareTask::valueOf))
                        .filter(Objects::nonNull).collect(Collectors.toSet()),
                held.value("observations"), held.value("systolic"), held.value("diastolic"), held.value("pulse"),
                read(held.value("referralMade"), Boolean::valueOf), read(held.value("referralTo"), ReferralDestination::valueOf),
                read(held.value("referralCause"), ReferralCause::valueOf), held.value("referralReason"));
    }

    private static void put(Map<String, List<String>> sent, String field, Object value) {
        if (value != null) {
            sent.put(field, List.of(String.valueOf(value)));
        }
    }

    private static <T> T read(String value, Function<String, T> reader) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return reader.apply(value.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    NewVisit command(UUID recipientId) {
        return new NewVisit(id, recipientId, visitedOn, volunteerIds, tasks, observations, number(systolic, "systolic"),
                number(diastolic, "diastolic"), number(pulse, "pulse"), referralMade, referralTo, referralReason, referralCause);
    }

    public boolean ticked(CareTask task) {
        return tasks != null && tasks.contains(task);
    }

    public boolean going(UUID volunteerId) {
        return volunteerIds != null && volunteerIds.contains(volunteerId);
    }

    private static Integer number(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("homecare.number.invalid", field,
                    new org.springframework.context.support.DefaultMessageSourceResolvable("field." + field), typed.strip());
        }
    }
}
