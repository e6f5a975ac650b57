package org.jobline.http;

/** An error whose message is safe to show to the caller, with the HTTP status it maps to. */
public class HttpError extends RuntimeException {
  private final int status;
  private final String field;

  public HttpError(int status, String field, String message) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
  }

  public int status() {
    return status;
  }

  /** Every bad input field with its message, when there are several (empty otherwise). */
  public java.util.Map<String, String> fieldErrors() {
    return java.util.Map.of();
  }

  /** The input field at fault, or null. */
  public String field() {
    return field;
  }
}
