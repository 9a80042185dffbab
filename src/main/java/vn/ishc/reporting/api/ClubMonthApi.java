package vn.ishc.reporting.api;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.reporting.ClubMonth;
import vn.ishc.reporting.ClubMonths;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** A club's month against the model's norms. */
@RestController
class ClubMonthApi {

    private final ClubMonths months;
    private final Clock clock;

    ClubMonthApi(ClubMonths months, Clock clock) {
        this.months = months;
        this.clock = clock;
    }

    @GetMapping("/api/v1/clubs/{clubId}/month")
    ClubMonth month(@PathVariable UUID clubId,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                    AreaScope scope) {
        return months.of(clubId, month == null ? YearMonth.from(BusinessCalendar.today(clock)) : month, scope);
    }
}
