package org.jobline.admin.auth;

/**
 * The wait before the next login attempt after {@code failures} wrong ones: none for the first
 * {@code freeAttempts}, then one second doubling with each further failure, up to {@code maxDelayMs}.
 * A growing delay, not a lock: whoever causes it cannot shut anyone out for longer than the cap.
 */
record Backoff(int freeAttempts, long maxDelayMs) {
  long delayMs(int failures) {
    if (failures < freeAttempts) {
      return 0;
    }
    return Math.min(maxDelayMs, 1000L << Math.min(30, failures - freeAttempts));
  }
}
