/**
 * Users, their roles and areas (the nation, a province or a commune; one club for a board member or a
 * volunteer), sign-in, the first administrator, and the audit log of changes and refused access.
 */
package vn.ishc.identity;
