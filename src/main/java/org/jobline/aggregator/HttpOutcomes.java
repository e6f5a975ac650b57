package org.jobline.aggregator;

/**
 * What an HTTP route's status code means before its body is read (courier's ErrorFromResponse),
 * shared by every HTTP adapter so that they agree: the link is down (kept, the breaker counts it),
 * try later, or never.
 */
public final class HttpOutcomes {
  private HttpOutcomes() {}

  /**
   * Statuses that mean no message can go through this link as configured: nothing (or only an
   * unavailable proxy) answers at this URL, or the service refuses our credentials (401, 403).
   */
  public static boolean linkDown(int status) {
    return status == 401 || status == 403 || status == 404 || status == 502 || status == 503 || status == 504;
  }

  /** The outcome every recipient of a request answered {@code status} gets; null for a 2xx (read the body). */
  public static SendOutcome fromStatus(int status) {
    if (status == 502 || status == 503 || status == 504) {
      return SendOutcome.connectionFailed("service unavailable (HTTP " + status + ")");
    }
    if (status == 404) {
      return SendOutcome.connectionFailed("no API at this URL (HTTP 404)");
    }
    if (status == 401 || status == 403) {
      return SendOutcome.connectionFailed("credentials refused (HTTP " + status + ")");
    }
    if (status == 408 || status == 429) {
      return new SendOutcome.Transient("HTTP " + status + " (try again later)", false);
    }
    if (status >= 500) {
      return new SendOutcome.Transient("HTTP " + status, false);
    }
    if (status >= 400) {
      return new SendOutcome.Permanent("configuration: HTTP " + status, false);
    }
    if (status < 200 || status >= 300) {
      return new SendOutcome.Transient("HTTP " + status, false);
    }
    return null;
  }
}
