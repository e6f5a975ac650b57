package org.jobline.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Partner credit: a partner's short referral code (P12) and the job-seekers who registered with it.
 * The first code a person registers with keeps the credit.
 */
@Repository({"referrals", "partners"})
public final class Referrals {
  /** What a referral code looks like in a registration text (folded: p12). */
  public static final Pattern CODE = Pattern.compile("p\\d{1,6}");

  private Referrals() {}

  public static boolean looksLikeCode(String word) {
    return CODE.matcher(word).matches();
  }

  /** The partner whose code this is. */
  public static Optional<Long> partnerByCode(Tx tx, String code) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.BY_REFERRAL_CODE)) {
      p.setString(1, code);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** Credits {@code subscriberId} to the partner, unless already credited; true when this call credited it. */
  public static boolean credit(Tx tx, long subscriberId, long partnerId, String channel, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.CREDIT)) {
      p.setLong(1, subscriberId);
      p.setLong(2, partnerId);
      p.setString(3, channel);
      p.setLong(4, now);
      return p.executeUpdate() == 1;
    }
  }

  /** Every partner's referral code, in capitals. */
  public static java.util.Set<String> allCodes(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    java.util.Set<String> codes = new java.util.HashSet<>();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.ALL_CODES); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }

  /** The referral code of a partner (shown on its page). */
  public static Optional<String> codeOf(Tx tx, long partnerId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.CODE_OF)) {
      p.setLong(1, partnerId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
