/**
 * The map of the 34 provinces, with the Hoàng Sa and Trường Sa archipelagos, drawn on the server as
 * inline SVG and coloured by a figure; the fragment {@code reporting/map :: provinceMap(map)} shows it.
 */
package vn.ishc.reporting.map;
