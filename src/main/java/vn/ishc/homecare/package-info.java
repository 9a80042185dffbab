/**
 * Volunteer home care (area 3): a club's trained volunteers, the people they care for (members or
 * not), each person's care plan and assigned volunteers, and the visits made, with a blood pressure
 * taken on a visit going to the member's health record. Each change is published as an event for
 * reporting; {@link vn.ishc.homecare.HomeCareProgress} answers visits against plans for a month.
 */
package vn.ishc.homecare;
