package vn.ishc.funds.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.funds.Fund;
import vn.ishc.funds.MeetingMoney;
import vn.ishc.funds.MemberFees;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * Members' fees (the club's rate, exemptions, who paid which month) and the money of a meeting sent at once.
 * They name members, so they are for the club's board and the officers of its area, not for partners.
 * A fee payment takes an Idempotency-Key header; each line of a meeting's money carries its own key.
 */
@RestController
class MeetingMoneyApi {

    private final MemberFees fees;
    private final MeetingMoney meetingMoney;
    private final java.time.Clock clock;

    MeetingMoneyApi(MemberFees fees, MeetingMoney meetingMoney, java.time.Clock clock) {
        this.clock = clock;
        this.fees = fees;
        this.meetingMoney = meetingMoney;
    }

    @Schema(name = "FeeRateSetting")
    record RateSetting(YearMonth from, Long amount, Fund.Kind fundKind) {
    }

    @Schema(name = "FeeExemptionRequest")
    record ExemptionRequest(UUID personId, YearMonth from, YearMonth to, String reason) {
    }

    @Schema(name = "FeePaymentRequest")
    record PaymentRequest(UUID personId, LocalDate date, Long amount) {
    }

    @Schema(name = "MeetingMoneySubmission")
    record Submission(LocalDate date, List<MeetingMoney.Line> lines) {
    }

    /** The fees of a month (this month when none is given): each member, paid or owing, and the totals. */
    @GetMapping("/api/v1/clubs/{clubId}/fees")
    @PreAuthorize(FundApi.WRITERS)
    MemberFees.Sheet sheet(@PathVariable UUID clubId, @RequestParam(required = false) YearMonth month, AreaScope scope) {
        return fees.month(clubId, month == null ? YearMonth.from(vn.ishc.shared.BusinessCalendar.today(clock)) : month, scope);
    }

    @GetMapping("/api/v1/clubs/{clubId}/fees/rates")
    @PreAuthorize(FundApi.WRITERS)
    List<MemberFees.Rate> rates(@PathVariable UUID clubId, AreaScope scope) {
        return fees.rates(clubId, scope);
    }

    @PostMapping("/api/v1/clubs/{clubId}/fees/rates")
    @PreAuthorize(FundApi.WRITERS + " and @moneyRecorders.club(authentication, #clubId)")
    ResponseEntity<MemberFees.Rate> setRate(@PathVariable UUID clubId, @RequestBody RateSetting body, Principal user,
                                            AreaScope scope) {
        if (body.amount() == null) {
            throw InvalidInputException.missing("funds.field.missing", "amount");
        }
        return ResponseEntity.status(201).body(fees.setRate(clubId, body.from(), body.amount(), body.fundKind(),
                user.getName(), scope));
    }

    @GetMapping("/api/v1/clubs/{clubId}/fees/exemptions")
    @PreAuthorize(FundApi.WRITERS)
    List<MemberFees.Exemption> exemptions(@PathVariable UUID clubId, AreaScope scope) {
        return fees.exemptions(clubId, scope);
    }

    @PostMapping("/api/v1/clubs/{clubId}/fees/exemptions")
    @PreAuthorize(FundApi.WRITERS + " and @moneyRecorders.club(authentication, #clubId)")
    ResponseEntity<MemberFees.Exemption> exempt(@PathVariable UUID clubId, @RequestBody ExemptionRequest body,
                                                Principal user, AreaScope scope) {
        return ResponseEntity.status(201).body(fees.exempt(clubId, body.personId(), body.from(), body.to(), body.reason(),
                user.getName(), scope));
    }

    /** A member's fee paid: the amount pays their oldest unpaid months, whole months only. */
    @PostMapping("/api/v1/clubs/{clubId}/fees/payments")
    @PreAuthorize(FundApi.WRITERS + " and @moneyRecorders.club(authentication, #clubId)")
    ResponseEntity<MemberFees.Payment> pay(@PathVariable UUID clubId, @RequestBody PaymentRequest body,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           Principal user, AreaScope scope) {
        if (body.amount() == null) {
            throw InvalidInputException.missing("funds.field.missing", "amount");
        }
        return ResponseEntity.status(201).body(fees.pay(clubId, body.personId(), body.date(), body.amount(), key,
                user.getName(), scope));
    }

    /** What is to collect at a meeting on a day: the members' fees and the loans with something due. */
    @GetMapping("/api/v1/clubs/{clubId}/meeting-money")
    @PreAuthorize(FundApi.WRITERS + " and @moneyRecorders.club(authentication, #clubId)")
    MeetingMoney.Due due(@PathVariable UUID clubId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         AreaScope scope) {
        return meetingMoney.due(clubId, date, scope);
    }

    /**
     * The meeting's money, all lines or none: a line refused is named ({@code lines[n].field}) and nothing is kept.
     * Sent again, each line's key replays what it recorded.
     */
    @PostMapping("/api/v1/clubs/{clubId}/meeting-money")
    @PreAuthorize(FundApi.WRITERS + " and @moneyRecorders.club(authentication, #clubId)")
    ResponseEntity<MeetingMoney.Result> collect(@PathVariable UUID clubId, @RequestBody Submission body, Principal user,
                                                AreaScope scope) {
        return ResponseEntity.status(201).body(meetingMoney.collect(clubId, body.date(), body.lines(), user.getName(),
                scope));
    }
}
