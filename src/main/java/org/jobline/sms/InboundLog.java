package org.jobline.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The inbound_messages table: every text received, answered or not, once per provider id. */
@Repository({"inbound_messages"})
final class InboundLog {
  /** Enough history for the loop guard: more than a number can send in the window under the rate limit. */
  private static final int HISTORY_LIMIT = 1000;

  private InboundLog() {}

  /** Records the text; returns its row id, or -1 when this provider id was already recorded. */
  static long insert(Tx tx, String provider, org.jobline.aggregator.Inbound.IncomingSms in, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(SmsSql.INSERT_INBOUND, Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, provider);
      p.setString(2, in.providerId());
      p.setString(3, in.phone());
      p.setString(4, in.text());
      p.setLong(5, now);
      if (p.executeUpdate() == 0) {
        return -1;
      }
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static void setAnswered(Tx tx, long id, boolean answered) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(SmsSql.SET_ANSWERED)) {
      p.setInt(1, answered ? 1 : 0);
      p.setLong(2, id);
      p.executeUpdate();
    }
  }

  /** Texts received from {@code phone} since {@code since}, this one included. */
  static int countSince(Tx tx, String phone, long since) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(SmsSql.COUNT_SINCE)) {
      p.setString(1, phone);
      p.setLong(2, since);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** The texts from {@code phone} we answered since {@code since}, other than row {@code except}. */
  static List<String> answeredSince(Tx tx, String phone, long since, long except) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(SmsSql.ANSWERED_TEXTS_SINCE)) {
      p.setString(1, phone);
      p.setLong(2, since);
      p.setLong(3, except);
      p.setInt(4, HISTORY_LIMIT);
      try (ResultSet rs = p.executeQuery()) {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    }
  }
}
