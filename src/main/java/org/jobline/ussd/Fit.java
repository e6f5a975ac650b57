package org.jobline.ussd;

import org.jobline.gsm.Gsm7;


/** Shortening texts to fit a screen: a ".." marks what was cut. */
final class Fit {
  private Fit() {}

  /** {@code s} cut to at most {@code max} characters. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    if (max <= 3) {
      return s.substring(0, Math.max(0, max));
    }
    return s.substring(0, max - 2).stripTrailing() + "..";
  }

  /**
   * Fills {0}, {1}... of {@code pattern} with {@code args} (made GSM-7), shortening the longest
   * arguments first until the result has at most {@code max} characters.
   */
  static String fill(String pattern, int max, String... values) {
    String[] args = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      args[i] = Gsm7.strict(values[i] == null ? "" : values[i]);
    }
    String out = fill(pattern, args);
    while (out.length() > max) {
      int longest = longest(args);
      if (longest < 0 || args[longest].length() <= 4) {
        break;
      }
      int target = Math.max(4, Math.max(secondLength(args, longest), args[longest].length() - (out.length() - max)));
      args[longest] = cut(args[longest], target == args[longest].length() ? target - 1 : target);
      out = fill(pattern, args);
    }
    return cut(out, max);
  }

  private static String fill(String pattern, String[] args) {
    String out = pattern;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", args[i]);
    }
    return out;
  }

  private static int longest(String[] args) {
    int best = -1;
    for (int i = 0; i < args.length; i++) {
      if (best < 0 || args[i].length() > args[best].length()) {
        best = i;
      }
    }
    return best;
  }

  private static int secondLength(String[] args, int except) {
    int n = 0;
    for (int i = 0; i < args.length; i++) {
      if (i != except) {
        n = Math.max(n, args[i].length());
      }
    }
    return n;
  }
}
