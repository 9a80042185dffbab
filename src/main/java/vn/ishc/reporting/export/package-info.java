/**
 * The exchange formats of the reporting module: ADX XML (with its schema check), DHIS2
 * {@code dataValueSets} JSON and the .xlsx report table, written from {@code AreaFigures}.
 * The writers know nothing of Spring beyond a {@code MessageSource} for the spreadsheet's texts.
 */
package vn.ishc.reporting.export;
