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
      expect(p, JsonToken.START_ARRAY, json);
      long id = number(p, json);
      String recipient = text(p, json);
      String text = text(p, json);
      Long segments = nullableNumber(p, json);
      long priority = number(p, json);
      long attempts = number(p, json);
      Long expiresAt = nullableNumber(p, json);
      Long vacancyId = nullableNumber(p, json);
      expect(p, JsonToken.END_ARRAY, json);
      int parts = segments == null ? 1 : (int) Math.max(1, segments);
      return new ClaimedRow(new Claimed(id, recipient, text, parts, (int) priority, (int) attempts, vacancyId != null), expiresAt);
    } catch (IOException e) {
      throw new SQLException("unreadable claimed row: " + e.getMessage(), e);
    }
  }

  private static void expect(JsonParser p, JsonToken token, String json) throws IOException, SQLException {
    if (p.nextToken() != token) {
      throw new SQLException("claimed row is not " + token + ": " + json.length() + " characters");
    }
  }

  private static long number(JsonParser p, String json) throws IOException, SQLException {
    Long n = nullableNumber(p, json);
    if (n == null) {
      throw new SQLException("claimed row lacks a number");
    }
    return n;
  }

  private static Long nullableNumber(JsonParser p, String json) throws IOException, SQLException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw new SQLException("claimed row has " + t + " where a whole number belongs");
    }
    return p.getLongValue();
  }

  private static String text(JsonParser p, String json) throws IOException, SQLException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw new SQLException("claimed row lacks a text");
    }
    return p.getText();
  }
}
