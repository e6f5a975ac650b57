package org.jobline.core.errors;

import java.util.Map;

/**
 * An error whose message is safe to show to the caller and to log, with the input field at fault.
 * Domain code throws the neutral kinds ({@link Invalid}, {@link NotFound}, {@link Conflict}); only the
 * edge (http.ErrorHandler, the admin pages, the CLI) turns them into a status code or an exit code.
 */
public abstract class SafeError extends RuntimeException {
  private final String field;

  protected SafeError(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /** The input field at fault, or null. */
  public String field() {
    return field;
  }

  /** Every bad input field with its message, when there are several (empty otherwise). */
  public Map<String, String> fieldErrors() {
    return Map.of();
  }
}
