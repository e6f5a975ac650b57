package org.jobline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberedParametersTest {

  /** label, our SQL, the plain-? SQL, then each of our numbers' JDBC positions ("1,3" or "" for none). */
  static Stream<Arguments> cases() {
    return Stream.of(
        row("no parameter", "SELECT 1", "SELECT 1"),
        row("plain only", "SELECT ? + ?", "SELECT ? + ?", "1", "2"),
        row("numbered in order", "UPDATE t SET a = ?1 WHERE id = ?2", "UPDATE t SET a = ? WHERE id = ?", "1", "2"),
        row("numbered out of order", "SELECT ?2, ?1", "SELECT ?, ?", "2", "1"),
        row("a number twice", "SELECT * FROM t WHERE a > ?1 OR b > ?1", "SELECT * FROM t WHERE a > ? OR b > ?", "1,2"),
        row("repeat mixed with others", "SELECT MAX(?1, x), ?2, ?1 FROM t", "SELECT MAX(?, x), ?, ? FROM t", "1,3", "2"),
        row("plain after numbered takes the next number", "SELECT ?1, ?, ?", "SELECT ?, ?, ?", "1", "2", "3"),
        row("plain after a larger number (SQLite's rule)", "SELECT ?3, ?", "SELECT ?, ?", "", "", "1", "2"),
        row("gap: ?2 never named", "SELECT ?1, ?3", "SELECT ?, ?", "1", "", "2"),
        row("multi-digit numbers", "VALUES (?10, ?1)", "VALUES (?, ?)", "2", "", "", "", "", "", "", "", "", "1"),
        row("? in a string is text", "SELECT '?1 and ?' || ?1", "SELECT '?1 and ?' || ?", "1"),
        row("doubled quote inside a string", "SELECT 'it''s ?2', ?1", "SELECT 'it''s ?2', ?", "1"),
        row("? in a quoted identifier", "SELECT \"odd?1\" FROM t WHERE x = ?1", "SELECT \"odd?1\" FROM t WHERE x = ?", "1"),
        row("? in a line comment", "SELECT ?1 -- is ?2 needed?\n, ?2", "SELECT ? -- is ?2 needed?\n, ?", "1", "2"),
        row("? in a block comment", "SELECT /* ?9 */ ?1", "SELECT /* ?9 */ ?", "1"),
        row("E-string with an escaped quote", "SELECT E'a\\'?1', ?1", "SELECT E'a\\'?1', ?", "1"),
        row("dollar-quoted text", "SELECT $$ ?1 $$, $q$ ? $q$, ?1", "SELECT $$ ?1 $$, $q$ ? $q$, ?", "1"),
        row("a column ending in e before a string is not an E-string",
            "SELECT name||'?' FROM t WHERE code = ?1", "SELECT name||'?' FROM t WHERE code = ?", "1"),
        row("casts and operators untouched", "SELECT ?1::bigint, a <> ?2", "SELECT ?::bigint, a <> ?", "1", "2"),
        row("unterminated string runs to the end", "SELECT ?1, 'oops ?2", "SELECT ?, 'oops ?2", "1"));
  }

  private static Arguments row(String label, String ours, String plain, String... positions) {
    return Arguments.of(label, ours, plain, positions);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void translates(String label, String ours, String plain, String[] positions) {
    NumberedParameters p = NumberedParameters.translate(ours);

    assertThat(p.sql()).as(label).isEqualTo(plain);
    assertThat(p.count()).as(label + ": numbers").isEqualTo(positions.length);
    for (int n = 1; n <= positions.length; n++) {
      int[] expected = positions[n - 1].isEmpty() ? new int[0]
          : Arrays.stream(positions[n - 1].split(",")).mapToInt(Integer::parseInt).toArray();
      assertThat(p.positionsOf(n)).as(label + ": ?" + n).containsExactly(expected);
    }
    assertThat(p.positionsOf(positions.length + 1)).as(label + ": past the last number").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyJdbcPositionBelongsToExactlyOneNumber(String label, String ours, String plain, String[] positions) {
    NumberedParameters p = NumberedParameters.translate(ours);
    long placeholders = NumberedParameters.translate(p.sql()).count();
    int[] all = java.util.stream.IntStream.rangeClosed(1, p.count()).flatMap(n -> Arrays.stream(p.positionsOf(n))).sorted().toArray();
    assertThat(all).as(label).containsExactly(java.util.stream.IntStream.rangeClosed(1, (int) placeholders).toArray());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfRange")
  void refusesNumbersSqliteRefuses(String sql) {
    assertThatThrownBy(() -> NumberedParameters.translate(sql)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range").hasMessageContaining(sql);
  }

  static Stream<String> outOfRange() {
    return Stream.of("SELECT ?0", "SELECT ?32767", "SELECT ?99999");
  }
}
