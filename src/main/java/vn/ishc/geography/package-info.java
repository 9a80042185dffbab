/**
 * Vietnam's administrative units with their history (the map before and after the 2025 reform, the
 * crosswalk and later amendments), and the villages kept locally under communes.
 */
package vn.ishc.geography;
