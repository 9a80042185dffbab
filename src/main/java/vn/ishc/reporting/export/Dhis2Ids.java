package vn.ishc.reporting.export;

import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Period;

/**
 * The DHIS2 identifiers an export writes for a figure and a period, taken from a metadata package
 * ({@link Dhis2Catalogue}) so that the values import beside it without a conflict.
 */
public interface Dhis2Ids {

    /** The uid of the data element that carries the figure (the total, or one breakdown of it). */
    String dataElement(Figure figure);

    /** The uid of the figure's category option combo; null for a total (DHIS2's default combo). */
    String categoryOptionCombo(Figure figure);

    /** The uid of the data set of the period's kind (monthly, quarterly, yearly); null for a range of months. */
    String dataSet(Period period);
}
