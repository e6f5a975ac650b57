package org.jobline.subscriber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Subscriber data access, used inside a store transaction ({@code store.write(tx -> ...)}) so a
 * change and the SMS that reports it commit together. Phones are E.164; codes are validated by callers.
 */
@Repository({"subscribers", "subscriber_trades"})
public final class Subscribers {
  private Subscribers() {}

  public static Optional<Subscriber> find(Tx tx, String phone) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(SubscriberSql.BY_PHONE)) {
      p.setString(1, phone);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String trades = rs.getString("trades");
        return Optional.of(new Subscriber(rs.getLong("id"), rs.getString("phone"), rs.getString("region"),
            trades == null ? List.of() : Arrays.asList(trades.split(",")), rs.getString("language"),
            rs.getString("status"), rs.getString("channel"), rs.getLong("created_at"), rs.getLong("updated_at")));
      }
    }
  }

  /**
   * Registers or updates (region, trades) and makes the subscriber active; the language is set only
   * for a new subscriber. Returns the saved subscriber.
   */
  public static Subscriber register(Tx tx, String phone, String region, List<String> trades,
                                    String language, String channel) throws SQLException {
    Connection c = tx.jdbc();
    if (trades.isEmpty() || trades.size() > Subscriber.MAX_TRADES) {
      throw new IllegalArgumentException("1 to " + Subscriber.MAX_TRADES + " trades, got " + trades.size());
    }
    long now = System.currentTimeMillis();
    try (PreparedStatement p = c.prepareStatement(SubscriberSql.UPSERT)) {
      p.setString(1, phone);
      p.setString(2, region);
      p.setString(3, language);
      p.setString(4, channel);
      p.setLong(5, now);
      p.executeUpdate();
    }
    Subscriber s = find(tx, phone).orElseThrow();
    try (PreparedStatement del = c.prepareStatement(SubscriberSql.DELETE_TRADES)) {
      del.setLong(1, s.id());
      del.executeUpdate();
    }
    List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(trades));
    try (PreparedStatement ins = c.prepareStatement(SubscriberSql.INSERT_TRADE)) {
      for (int i = 0; i < distinct.size(); i++) {
        ins.setLong(1, s.id());
        ins.setInt(2, i + 1);
        ins.setString(3, distinct.get(i));
        ins.addBatch();
      }
      ins.executeBatch();
    }
    // The row as saved: read back after the upsert, with the trades just written.
    return new Subscriber(s.id(), s.phone(), s.region(), distinct, s.language(), s.status(), s.channel(), s.createdAt(),
        s.updatedAt());
  }

  /** Finds the subscriber, creating an unregistered (no region, no trades) one if needed. */
  public static Subscriber findOrCreate(Tx tx, String phone, String language, String channel) throws SQLException {
    Connection c = tx.jdbc();
    Optional<Subscriber> found = find(tx, phone);
    if (found.isPresent()) {
      return found.get();
    }
    try (PreparedStatement p = c.prepareStatement(SubscriberSql.INSERT_MINIMAL)) {
      p.setString(1, phone);
      p.setString(2, language);
      p.setString(3, channel);
      p.setLong(4, System.currentTimeMillis());
      p.executeUpdate();
    }
    return find(tx, phone).orElseThrow();
  }

  /** Sets 'active' or 'stopped'; returns true when the status changed. */
  public static boolean setStatus(Tx tx, long id, String status) throws SQLException {
    Connection c = tx.jdbc();
    if (!status.equals("active") && !status.equals("stopped")) {
      throw new IllegalArgumentException("status " + status);
    }
    try (PreparedStatement p = c.prepareStatement(SubscriberSql.SET_STATUS)) {
      p.setString(1, status);
      p.setLong(2, System.currentTimeMillis());
      p.setLong(3, id);
      p.setString(4, status);
      return p.executeUpdate() == 1;
    }
  }

  /** Stops the subscriber with this phone, if any (aggregator opt-outs); true when it changed. */
  public static boolean stopByPhone(Tx tx, String phone) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(SubscriberSql.STOP_BY_PHONE)) {
      p.setLong(1, System.currentTimeMillis());
      p.setString(2, phone);
      return p.executeUpdate() == 1;
    }
  }

  public static void setLanguage(Tx tx, long id, String language) throws SQLException {
    Connection c = tx.jdbc();
    if (!language.equals("fr") && !language.equals("en")) {
      throw new IllegalArgumentException("language " + language);
    }
    try (PreparedStatement p = c.prepareStatement(SubscriberSql.SET_LANGUAGE)) {
      p.setString(1, language);
      p.setLong(2, System.currentTimeMillis());
      p.setLong(3, id);
      p.executeUpdate();
    }
  }
}
