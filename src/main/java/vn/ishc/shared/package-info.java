/**
 * What every module shares: Vietnamese text normalisation, the user's area scope that every query of scoped
 * data takes, business dates, amounts typed in whole đồng, the events of the audit log and of people merged,
 * the sealing of personal numbers (citizen IDs) kept in the database, and the errors that carry a message key
 * for the user.
 */
package vn.ishc.shared;
