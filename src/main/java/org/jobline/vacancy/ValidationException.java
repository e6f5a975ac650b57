package org.jobline.vacancy;

import org.jobline.http.BadRequestException;

/** A vacancy field with a bad value: 400 naming the field. */
public final class ValidationException extends BadRequestException {
  public ValidationException(String field, String message) {
    super(field, message);
  }
}
