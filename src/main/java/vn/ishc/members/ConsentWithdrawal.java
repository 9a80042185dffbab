package vn.ishc.members;

import java.time.LocalDate;

/** A withdrawal as entered: from which date and why. */
public record ConsentWithdrawal(LocalDate withdrawnOn, String reason) {
}
