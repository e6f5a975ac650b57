package org.jobline.ussd;

/**
 * One numbered choice on a screen: either leads to another {@code next} screen, or ends the
 * session with {@code endText} after running {@code action} (which may be null).
 */
record Option(String label, Node next, Action action, String endText) {
  static Option go(String label, Node next) {
    return new Option(label, next, null, null);
  }

  static Option end(String label, Action action, String endText) {
    return new Option(label, null, action, endText);
  }

  boolean ends() {
    return next == null;
  }
}
