/**
 * The web shell: layout, navigation, home and sign-in pages, error pages and problem details,
 * and the Vietnamese/English switch.
 */
package vn.ishc.web;
