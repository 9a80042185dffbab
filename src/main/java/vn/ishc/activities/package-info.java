/**
 * What a club does in its activity areas besides meetings, home care and its funds: self-help cases,
 * community activities, rights sessions and entitlement cases, dialogues with the authorities,
 * learning sessions, cultural events, exchanges and visits, the art team, resources received and
 * income-generation mentoring. Each fact is published as an event for reporting.
 */
package vn.ishc.activities;
