package org.jobline.outbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row as the claim returns it: {@code [id, recipient, text, segments, priority, attempts,
 * expires_at, vacancy_id]}, with the expiry the dispatcher checks before sending.
 */
record ClaimedRow(Claimed claimed, Long expiresAt) {
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * From the claim's rows joined into one JSON array of SQLite's json_array values (numbers,
   * strings, null): one parser for the whole claim, as a parser's setup costs more than a row.
   */
  static List<ClaimedRow> parseAll(String json) throws SQLException {
    List<ClaimedRow> rows = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      expect(p, JsonToken.START_ARRAY);
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_ARRAY) {
          throw new SQLException("claimed row is " + t + ", not an array");
        }
        rows.add(row(p));
      }
    } catch (IOException e) {
      throw new SQLException("unreadable claimed row: " + e.getMessage(), e);
    }
    return rows;
  }

  private static ClaimedRow row(JsonParser p) throws IOException, SQLException {
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
