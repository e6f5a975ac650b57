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

  /** The input field at fault, or null. */
  public String field() {
    return field;
  }
}
