package org.jobline.ussd;

/**
 * Where a dialogue stands after some inputs: the stack of screens visited ({@code frame}, for
 * "0 back"), whether the last input was refused, and the option that ended the session, if any.
 * {@code over} means inputs kept coming after the session had ended. {@code action} is the write of an
 * option just chosen that leads on to another screen (the ending option carries its own).
 */
record Position(Frame frame, boolean error, Option ending, boolean over, Action action) {
  /** One screen on the back stack. */
  record Frame(Node node, Frame parent) {}

  static Position at(Frame frame) {
    return new Position(frame, false, null, false, null);
  }

  /** After an option that writes and leads on: its screen starts a new back stack ("0" cannot undo a write). */
  static Position saved(Node next, Action action) {
    return new Position(new Frame(next, null), false, null, false, action);
  }

  /** The write to run for the last input: the ending option's, or the one of an option that leads on. */
  Action write() {
    return ending != null ? ending.action() : action;
  }

  Node node() {
    return frame.node();
  }

  Position refused() {
    return new Position(frame, true, null, false, null);
  }

  Position ended(Option option) {
    return new Position(frame, false, option, false, null);
  }

  Position overrun() {
    return new Position(frame, false, null, true, null);
  }

  boolean finished() {
    return ending != null || over;
  }
}
