package org.jobline.cli;

/** Wrong arguments to a command: reported in one line with exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
