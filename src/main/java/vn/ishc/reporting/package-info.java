/**
 * Figures computed from the clubs' records: for now a club's month against the model's norms (meeting
 * held, members measured, people helped, community activity, home-care visits against plans, open
 * entitlement cases); an area's figures for a period; a map of the provinces coloured by a figure
 * ({@code map}). Targets and exports come next.
 */
package vn.ishc.reporting;
