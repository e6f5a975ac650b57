package org.jobline.core.errors;

/** The thing asked for does not exist (or is not the caller's to see): the edge answers 404. */
public class NotFound extends SafeError {
  public NotFound(String message) {
    super(null, message);
  }
}
