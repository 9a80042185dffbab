package vn.ishc.exchange;

/** A row of a sheet that updates a member: its number, the member's name, and the columns that change. */
public record ImportedRow(int row, String fullName, String changes) {
}
