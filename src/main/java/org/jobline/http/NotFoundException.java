package org.jobline.http;

/** The thing asked for does not exist (or is not the caller's to see): 404. */
public class NotFoundException extends HttpError {
  public NotFoundException(String message) {
    super(404, null, message);
  }
}
