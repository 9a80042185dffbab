package vn.ishc.shared;

import java.util.UUID;

/**
 * A person was anonymised: every module that keeps a copy of their name shows the pseudonym instead and
 * clears the free texts it keeps about them; ids, dates, amounts and readings stay, so figures and balances
 * do not move. Published by the members module in the transaction of the anonymisation.
 */
public record PersonAnonymised(UUID personId, String pseudonym) {
}
