package org.jobline.phone;

import org.jobline.core.errors.Invalid;

/** A phone number that cannot be normalised; its message is safe to show and to log. */
public final class InvalidPhoneNumberException extends Invalid {
  public InvalidPhoneNumberException(String message) {
    super("phone", message);
  }
}
