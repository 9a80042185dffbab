/**
 * The club: its founding decision, village, status over time, partner projects, board positions and
 * groups (tổ), and its fixed meeting day.
 */
package vn.ishc.clubs;
