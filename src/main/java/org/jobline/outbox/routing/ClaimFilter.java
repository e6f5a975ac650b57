package org.jobline.outbox.routing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which queued rows one route's dispatcher may claim right now: for each message kind it is the
 * first usable route for, the numbers it carries minus those an earlier usable route takes. Built
 * only from validated values (kind names, prefixes of + and digits), so it is inlined as SQL.
 */
public record ClaimFilter(boolean all, List<Clause> clauses) {
  private static final ClaimFilter ALL = new ClaimFilter(true, List.of());

  /** One kind: numbers starting with one of {@code only} (empty: any) and none of {@code except}. */
  public record Clause(String kind, List<String> only, List<String> except) {
    boolean matches(String k, String phone) {
      return kind.equals(k) && (only.isEmpty() || startsWithAny(phone, only)) && !startsWithAny(phone, except);
    }

    String sql() {
      StringBuilder s = new StringBuilder("(kind = '").append(kind).append('\'');
      if (!only.isEmpty()) {
        s.append(" AND (").append(likes(only)).append(')');
      }
      if (!except.isEmpty()) {
        s.append(" AND NOT (").append(likes(except)).append(')');
      }
      return s.append(')').toString();
    }

    private static String likes(List<String> prefixes) {
      return prefixes.stream().map(p -> "recipient LIKE '" + p + "%'").collect(Collectors.joining(" OR "));
    }

    private static boolean startsWithAny(String phone, List<String> prefixes) {
      return prefixes.stream().anyMatch(phone::startsWith);
    }
  }

  public ClaimFilter {
    clauses = List.copyOf(clauses);
  }

  /** Every row (one route for everything: the claim is the plain one). */
  public static ClaimFilter everything() {
    return ALL;
  }

  static ClaimFilter of(List<Clause> clauses) {
    return new ClaimFilter(false, clauses);
  }

  /** Nothing to claim now (every kind this route serves goes to an earlier route). */
  public boolean none() {
    return !all && clauses.isEmpty();
  }

  public boolean matches(String kind, String phone) {
    return all || clauses.stream().anyMatch(c -> c.matches(kind, phone));
  }

  /** The condition to add to the claim's WHERE ("" for every row), starting with " AND ". */
  public String sql() {
    if (all) {
      return "";
    }
    if (clauses.isEmpty()) {
      return " AND 1 = 0"; // a truth value on both engines (PostgreSQL refuses AND 0)
    }
    return " AND (" + clauses.stream().map(Clause::sql).collect(Collectors.joining(" OR ")) + ")";
  }
}
