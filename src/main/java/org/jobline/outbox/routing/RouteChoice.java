package org.jobline.outbox.routing;

/** Where one message goes now: a route, or nowhere yet (it waits in the queue). */
public record RouteChoice(String route) {
  private static final RouteChoice WAIT = new RouteChoice(null);

  public static RouteChoice waits() {
    return WAIT;
  }

  public boolean waiting() {
    return route == null;
  }

  @Override
  public String toString() {
    return waiting() ? "wait" : route;
  }
}
