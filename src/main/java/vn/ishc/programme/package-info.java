/**
 * The programme around the clubs: targets set by national decisions and provincial plans for the
 * nation, a province or a commune, national targets shared out among provinces; the training courses
 * the associations hold with their participants, and the commendations they give. Each change is
 * published for reporting and the audit log; {@link vn.ishc.programme.ProgrammeFacts} counts courses,
 * participants and awards by area and period.
 */
package vn.ishc.programme;
