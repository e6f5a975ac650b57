package org.jobline.core.errors;

/** The request clashes with the current state (a name taken, a closed vacancy edited): the edge answers 409. */
public class Conflict extends SafeError {
  public Conflict(String field, String message) {
    super(field, message);
  }
}
