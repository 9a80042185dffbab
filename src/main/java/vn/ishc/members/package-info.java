/**
 * People and their club memberships: who they are (age, sex, ethnicity, household status, health
 * insurance), when they joined and left, transfers, likely duplicates, and the 1336 standard check.
 */
package vn.ishc.members;
