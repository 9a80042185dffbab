/**
 * Figures computed from the clubs' records: for now a club's month against the model's norms (meeting
 * held, members measured, people helped, community activity, home-care visits against plans, open
 * entitlement cases); an area's figures for a period; a map of the provinces coloured by a figure
 * ({@code map}); an area's report table ({@code IndicatorTables}) on the dashboard, in the API and as
 * spreadsheet, ADX and DHIS2 files ({@code export}).
 */
package vn.ishc.reporting;
