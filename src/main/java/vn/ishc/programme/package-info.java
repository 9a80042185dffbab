/**
 * The programme around the clubs: targets set by national decisions and provincial plans for the
 * nation, a province or a commune, national targets shared out among provinces, and (later) trainings,
 * awards and partner projects. Each change of a target is published for reporting.
 */
package vn.ishc.programme;
