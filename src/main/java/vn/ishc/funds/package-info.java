/**
 * A club's funds (the income-generation fund, the operating fund, others it adds) and their
 * append-only, double-entry ledger: contributions by source, expenses, transfers between funds,
 * reversals, closed months, cash counts and statements. Loans come next.
 */
package vn.ishc.funds;
