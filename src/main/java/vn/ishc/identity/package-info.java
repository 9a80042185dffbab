/**
 * Users, their roles and area scopes, sign-in, and the audit log of changes and refused access.
 */
package vn.ishc.identity;
