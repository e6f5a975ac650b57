package org.jobline.outbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.SQLException;

/**
 * One row as the claim returns it: {@code [id, recipient, text, segments, priority, attempts,
 * expires_at, vacancy_id]}, with the expiry the dispatcher checks before sending.
 */
record ClaimedRow(Claimed claimed, Long expiresAt) {
  private static final JsonFactory JSON = new JsonFactory();

  /** From the claim's JSON array (SQLite's json_array: numbers, strings, null). */
  static ClaimedRow parse(String json) throws SQLException {
    try (JsonParser p = JSON.createParser(json)) {
      expect(p, JsonToken.START_ARRAY);
      long id = number(p);
      String recipient = text(p);
      String text = text(p);
      Long segments = nullableNumber(p);
      long priority = number(p);
      long attempts = number(p);
      Long expiresAt = nullableNumber(p);
      Long vacancyId = nullableNumber(p);
      expect(p, JsonToken.END_ARRAY);
      int parts = segments == null ? 1 : (int) Math.max(1, segments);
      return new ClaimedRow(new Claimed(id, recipient, text, parts, (int) priority, (int) attempts, vacancyId != null), expiresAt);
    } catch (IOException e) {
      throw new SQLException("unreadable claimed row: " + e.getMessage(), e);
    }
  }

  private static void expect(JsonParser p, JsonToken token) throws IOException, SQLException {
    if (p.nextToken() != token) {
      throw new SQLException("claimed row lacks its " + token);
    }
  }

  private static long number(JsonParser p) throws IOException, SQLException {
    Long n = nullableNumber(p);
    if (n == null) {
      throw new SQLException("claimed row lacks a number");
    }
    return n;
  }

  private static Long nullableNumber(JsonParser p) throws IOException, SQLException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw new SQLException("claimed row has " + t + " where a whole number belongs");
    }
    return p.getLongValue();
  }

  private static String text(JsonParser p) throws IOException, SQLException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw new SQLException("claimed row lacks a text");
    }
    return p.getText();
  }
}
