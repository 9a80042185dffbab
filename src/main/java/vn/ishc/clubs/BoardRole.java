package vn.ishc.clubs;

/** A position on the club's board (ban chủ nhiệm); area leads lead one or more of the eight areas. */
public enum BoardRole { CHAIR, VICE_CHAIR, FINANCE, AREA_LEAD, MEMBER }
