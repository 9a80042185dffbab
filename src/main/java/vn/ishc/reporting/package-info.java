/**
 * The indicator catalogue's figures, kept for every club and month as its records change and added up for
 * any area and period on either map (nation, province, district, commune, village, club, partner project);
 * a club's month against the model's norms, targets' progress, the dashboard, the province {@code map} and
 * the spreadsheet, ADX and DHIS2 files ({@code export}).
 */
package vn.ishc.reporting;
