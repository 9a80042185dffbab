package vn.ishc.funds;

/**
 * The accounts of a fund's ledger. Cash and loans are what the fund holds (debit balances);
 * contributions, interest and penalties what it received, expenses and write-offs what it gave up;
 * transfers clear money moved between the club's funds; recoveries what was paid in on loans written off
 * (an income: the write-off stays as it was decided).
 */
public enum Account { CASH, LOANS, CONTRIBUTIONS, INTEREST, PENALTIES, EXPENSES, TRANSFERS, WRITE_OFFS, RECOVERIES }
