package org.jobline.http;

import org.jobline.core.errors.SafeError;

/** An edge-only error (401, 403, a malformed request) that carries its HTTP status itself. */
public class HttpError extends SafeError {
  private final int status;

  public HttpError(int status, String field, String message) {
    super(field, message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
