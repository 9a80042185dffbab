/**
 * A club's funds with their append-only, double-entry ledger and statements, and its loans: the board's
 * rules, schedules, repayments, rescheduling, write-offs and arrears, and loans from outside lenders; money
 * recorded only by the area's officers and the club's chair and finance member.
 */
package vn.ishc.funds;
