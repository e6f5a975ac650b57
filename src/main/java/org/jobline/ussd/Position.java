package org.jobline.ussd;

/**
 * Where a dialogue stands after some inputs: the stack of screens visited ({@code frame}, for
 * "0 back"), whether the last input was refused, and the option that ended the session, if any.
 * {@code over} means inputs kept coming after the session had ended.
 */
record Position(Frame frame, boolean error, Option ending, boolean over) {
  /** One screen on the back stack. */
  record Frame(Node node, Frame parent) {}

  static Position at(Frame frame) {
    return new Position(frame, false, null, false);
  }

  Node node() {
    return frame.node();
  }

  Position refused() {
    return new Position(frame, true, null, false);
  }

  Position ended(Option option) {
    return new Position(frame, false, option, false);
  }

  Position overrun() {
    return new Position(frame, false, null, true);
  }

  boolean finished() {
    return ending != null || over;
  }
}
