/**
 * Demo data for a first look at the system: Lạng Sơn's clubs and members, a few clubs elsewhere,
 * and a user of each role, loaded into an empty embedded database through the modules' own services.
 */
package vn.ishc.demo;
