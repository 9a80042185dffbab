package vn.ishc.activities.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.NewActivity;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;

/**
 * The activity form as typed: money may be written with dots or spaces between thousands
 * (1.500.000), labour days with a comma (1,5).
 */
record ActivityForm(UUID id, ActivityKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    String title, Integer participants, UUID personId, String personName, NewActivity.HelpForm helpForm,
                    String valueDong, String labourDays, NewActivity.SourceType sourceType,
                    NewActivity.ResourceForm resourceForm, NewActivity.Fund fund, UUID mentorId, String proposals,
                    String outcome, String notes) {

    static ActivityForm empty(LocalDate on) {
        return new ActivityForm(UUID.randomUUID(), null, on, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    NewActivity command() {
        return new NewActivity(id, kind, on, title, participants, personId, personName, helpForm,
                Dong.parse(valueDong, "valueDong"),
                days(labourDays), sourceType, resourceForm, fund, mentorId, proposals, outcome, notes);
    }

    static BigDecimal days(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("activities.labourDays.invalid", "labourDays", typed.strip());
        }
    }
}
