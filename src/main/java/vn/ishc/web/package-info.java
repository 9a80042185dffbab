/**
 * The web shell: layout, navigation, home and sign-in pages, error pages and problem details, the
 * Vietnamese/English switch, and the PDF renderer that the printed pages share.
 */
package vn.ishc.web;
