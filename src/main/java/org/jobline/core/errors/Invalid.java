package org.jobline.core.errors;

/** A value we refuse (a bad field, a malformed phone number): the edge answers 400. */
public class Invalid extends SafeError {
  public Invalid(String field, String message) {
    super(field, message);
  }
}
