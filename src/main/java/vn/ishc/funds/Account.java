package vn.ishc.funds;

/**
 * The accounts of a fund's ledger. Cash and loans are what the fund holds (debit balances);
 * contributions, interest and penalties what it received, expenses and write-offs what it gave up;
 * transfers clear money moved between the club's funds; recoveries what was paid in on loans written off
 * (an income: the write-off stays as it was decided). CASH is all of a fund's money, wherever it is kept: in
 * the cash box, or in one of the club's bank accounts, which its lines name ({@link BankAccounts}). Interest a
 * bank paid and fees it took are kept apart from the loans' interest and from the fund's expenses.
 */
public enum Account { CASH, LOANS, CONTRIBUTIONS, INTEREST, PENALTIES, EXPENSES, TRANSFERS, WRITE_OFFS, RECOVERIES,
    BANK_INTEREST, BANK_FEES }
