package org.jobline.vacancy;

import java.util.List;

/** One bad field: its name, the text key in the {@code validation} bundle, and the values the text shows. */
public record FieldError(String field, String key, List<Object> args) {
  public FieldError(String field, String key, Object... args) {
    this(field, key, List.of(args));
  }
}
