package org.jobline.phone;

import org.jobline.http.BadRequestException;

/** A phone number that cannot be normalised; its message is safe to show and to log. */
public final class InvalidPhoneNumberException extends BadRequestException {
  public InvalidPhoneNumberException(String message) {
    super("phone", message);
  }
}
