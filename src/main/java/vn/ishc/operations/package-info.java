/**
 * Running the system as a service: the figures an operator watches (records saved by kind, exposed with the
 * other modules' own metrics at {@code /actuator/prometheus} for Prometheus).
 */
package vn.ishc.operations;
