package org.jobline.outbox.routing;

/** What routing asks of each route's dispatcher at claim time. */
@FunctionalInterface
public interface RouteStates {
  /** True when the route's breaker is closed and its throttle has room for more. */
  boolean usable(String route);
}
