package org.jobline.ussd;

import java.util.List;

/**
 * What a screen shows before layout: a body ({@code pattern} filled with {@code args}, which
 * shrink to make room) and its options. {@code perPage} 0 means "as many options as fit" (lists
 * of names), a positive value fixes the count (vacancies, 3 per page), -1 means every option on
 * one page. {@code nav} adds the "0 back" and "00 menu" lines.
 */
record View(String pattern, List<String> args, List<Option> options, int perPage, boolean nav) {
  static View single(String pattern, List<String> args, List<Option> options) {
    return new View(pattern, args, options, -1, true);
  }

  static View list(String title, List<Option> options) {
    return new View(title, List.of(), options, 0, true);
  }

  boolean paged() {
    return perPage >= 0;
  }

  String body(int max) {
    return Fit.fill(pattern, max, args.toArray(String[]::new));
  }
}
