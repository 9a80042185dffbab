package vn.ishc.exchange;

/** A column of an imported sheet: the header it is known by, whether a sheet must have it, and which headers name it. */
interface SheetColumn {

    /** The header as the template writes it. */
    String header();

    /** Whether a sheet without this column is refused. */
    boolean required();

    /** Whether a header cell's text names this column (forgiving case, tone marks and the habits of each column). */
    boolean heads(String cellText);
}
