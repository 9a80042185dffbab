/**
 * A club's monthly meetings (date, place, topics, guests, each member's attendance) and people's
 * health records (blood pressure, pulse and weight readings from meetings, home visits or campaigns;
 * height, hypertension, check-ups, referrals), published as events for reporting.
 */
package vn.ishc.meetings;
