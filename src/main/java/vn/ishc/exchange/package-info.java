/**
 * Exchange of records with spreadsheets: a club's members imported from a sheet, checked row by row,
 * previewed and saved all together; the template to fill in.
 */
package vn.ishc.exchange;
