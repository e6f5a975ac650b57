package org.jobline.ussd;

import org.jobline.gsm.Gsm7;
import org.jobline.i18n.Messages;


/** Shortening texts to fit a screen, in GSM-7 septets ({@link Gsm7#septets}): a ".." marks what was cut. */
final class Fit {
  private Fit() {}

  /** {@code s} cut to at most {@code max} septets. */
  static String cut(String s, int max) {
    return max <= 3 ? Gsm7.head(s, Math.max(0, max)) : Gsm7.cut(s, max, "..");
  }

  /**
   * Fills {0}, {1}... of {@code pattern} with {@code args} (made GSM-7), shortening the longest
   * arguments first until the result has at most {@code max} septets. Arguments are data, never patterns.
   */
  static String fill(String pattern, int max, String... values) {
    String[] args = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      args[i] = Gsm7.strict(values[i] == null ? "" : values[i]);
    }
    String out = Messages.fill(pattern, (Object[]) args);
    while (Gsm7.septets(out) > max) {
      int longest = longest(args);
      int length = longest < 0 ? 0 : Gsm7.septets(args[longest]);
      if (length <= 4) {
        break;
      }
      int target = Math.max(4, Math.max(secondLength(args, longest), length - (Gsm7.septets(out) - max)));
      args[longest] = cut(args[longest], target == length ? target - 1 : target);
      out = Messages.fill(pattern, (Object[]) args);
    }
    return cut(out, max);
  }

  private static int longest(String[] args) {
    int best = -1;
    for (int i = 0; i < args.length; i++) {
      if (best < 0 || Gsm7.septets(args[i]) > Gsm7.septets(args[best])) {
        best = i;
      }
    }
    return best;
  }

  private static int secondLength(String[] args, int except) {
    int n = 0;
    for (int i = 0; i < args.length; i++) {
      if (i != except) {
        n = Math.max(n, Gsm7.septets(args[i]));
      }
    }
    return n;
  }
}
