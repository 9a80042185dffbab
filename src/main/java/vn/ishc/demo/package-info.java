/**
 * Demo data for a first look at the system, loaded into an empty database through the modules' own services:
 * Lạng Sơn's clubs and members with their last six months (meetings, activities, funds, loans, home care),
 * a few clubs elsewhere, and a user of each role.
 */
package vn.ishc.demo;
