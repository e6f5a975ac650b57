package org.jobline.ussd;

/**
 * One numbered choice on a screen: either leads to another {@code next} screen, or ends the
 * session with {@code endText}; {@code action} (which may be null) runs when it is chosen.
 */
record Option(String label, Node next, Action action, String endText) {
  static Option go(String label, Node next) {
    return new Option(label, next, null, null);
  }

  static Option end(String label, Action action, String endText) {
    return new Option(label, null, action, endText);
  }

  /** Runs {@code action} when chosen, then shows {@code next} (with no way back to what was saved). */
  static Option then(String label, Action action, Node next) {
    return new Option(label, next, action, null);
  }

  boolean ends() {
    return next == null;
  }
}
