package org.jobline.http;

/** The caller is not allowed to do this (for example a wrong callback secret): 403. */
public class ForbiddenException extends HttpError {
  public ForbiddenException(String message) {
    super(403, null, message);
  }
}
