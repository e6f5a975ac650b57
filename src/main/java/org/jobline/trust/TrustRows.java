package org.jobline.trust;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Rows of the trust feature: partner trust and suspension, reviews, reports, suspensions, their audit rows. */
@Repository({"vacancy_reviews", "scam_reports", "vacancy_suspensions", "partners", "admin_sessions", "staff_users",
    "vacancies", "alerts", "outbox", "interests", "subscribers", "inbound_messages", "audit_log"})
final class TrustRows {
  private TrustRows() {}

  /** A partner's trust flag and suspension time (null: not suspended); empty when there is no such partner. */
  record PartnerState(String name, boolean trusted, Long suspendedAt) {
    boolean suspended() {
      return suspendedAt != null;
    }
  }

  /** Someone to tell that an offer is withdrawn. */
  record Recipient(long subscriberId, String phone, String language) {}

  static Optional<PartnerState> partner(Tx tx, long partnerId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(TrustSql.PARTNER_STATE)) {
      p.setLong(1, partnerId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        boolean trusted = rs.getLong(1) == 1;
        long at = rs.getLong(2);
        Long suspendedAt = rs.wasNull() ? null : at;
        return Optional.of(new PartnerState(text(tx, TrustSql.PARTNER_NAME, partnerId), trusted, suspendedAt));
      }
    }
  }

  static int update(Tx tx, String sql, Object... args) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      return p.executeUpdate();
    }
  }

  static String text(Tx tx, String sql, long id) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static long count(Tx tx, String sql, long id) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** The first column of each row (refs). */
  static List<String> strings(Tx tx, String sql, long id, int column) throws SQLException {
    Connection c = tx.jdbc();
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(column));
        }
      }
    }
    return out;
  }

  static List<Recipient> toCorrect(Tx tx, long vacancyId) throws SQLException {
    Connection c = tx.jdbc();
    List<Recipient> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(TrustSql.TO_CORRECT)) {
      p.setLong(1, vacancyId);
      p.setLong(2, vacancyId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  static void audit(Tx tx, String actor, String action, String entity, String entityId, String detail, long now)
      throws SQLException {
    update(tx, TrustSql.AUDIT, now, actor, action, entity, entityId, detail);
  }
}
