/**
 * The club: its founding decision, village, code, status over time, partner projects, board positions
 * (with the sign-in account named on a seat) and groups (tổ), and its fixed meeting day.
 */
package vn.ishc.clubs;
