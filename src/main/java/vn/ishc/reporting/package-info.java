/**
 * Figures computed from the clubs' records: for now a club's month against the model's norms (meeting
 * held, members measured, people helped, community activity, home-care visits against plans, open
 * entitlement cases); area figures, targets and exports come next.
 */
package vn.ishc.reporting;
