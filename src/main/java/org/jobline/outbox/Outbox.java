package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.jobline.config.AppConfig.SmsConfig;
import org.jobline.gsm.Gsm7;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Queues SMS in the durable outbox. Call it inside the store transaction that makes the business
 * change, so the message and the change commit (or roll back) together. Nothing is sent here.
 */
@Repository({"outbox"})
public final class Outbox {
  private final SmsConfig sms;

  public Outbox(SmsConfig sms) {
    this.sms = sms;
  }

  /** The text as it will leave: transliterated to GSM-7 when {@code sms.transliterate} is on. */
  public String prepare(String text) {
    return sms.transliterate() ? Gsm7.transliterate(text) : text;
  }

  /** Inserts one queued row; returns its id. */
  public long enqueue(Tx tx, OutboundSms m) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.INSERT, Statement.RETURN_GENERATED_KEYS)) {
      bind(p, m);
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Inserts queued rows in one batch (a fan-out's alerts); their ids are not read back. */
  public void enqueueAll(Tx tx, List<OutboundSms> messages) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.INSERT)) {
      for (OutboundSms m : messages) {
        bind(p, m);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Binds one row of {@link OutboxSql#INSERT}; batch callers use it with addBatch(). */
  public void bind(PreparedStatement p, OutboundSms m) throws SQLException {
    String text = prepare(m.text());
    Gsm7.Cost cost = Gsm7.cost(text);
    p.setString(1, m.recipient());
    setLong(p, 2, m.subscriberId());
    setLong(p, 3, m.vacancyId());
    p.setString(4, text);
    p.setString(5, m.language());
    p.setString(6, m.kind().dbName());
    p.setInt(7, m.kind().priority());
    p.setString(8, cost.encoding().name());
    p.setInt(9, cost.segments());
    p.setDouble(10, cost.segments() * sms.costPerSegment());
    p.setLong(11, m.notBefore());
    setLong(p, 12, m.expiresAt());
    p.setLong(13, m.notBefore());
    p.setString(14, sms.currency());
  }

  /** The INSERT statement {@link #bind} fills, for batch inserts. */
  public static String insertSql() {
    return OutboxSql.INSERT;
  }

  private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setLong(i, v);
    }
  }
}
