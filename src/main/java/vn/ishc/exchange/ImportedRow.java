package vn.ishc.exchange;

/** A row of a sheet that updates a member: its number, the member's name, and the columns that change. */
public record ImportedRow(int row, String fullName, String changes) {

    /** The same row with any citizen ID in its changes masked, for a reader who sees them masked. */
    public ImportedRow withCitizenIdsMasked() {
        return new ImportedRow(row, fullName, RowProblem.masked(changes));
    }
}
