package org.jobline.http;

/** Input from outside that we refuse: 400 with the field and a clear message. */
public class BadRequestException extends HttpError {
  public BadRequestException(String field, String message) {
    super(400, field, message);
  }
}
