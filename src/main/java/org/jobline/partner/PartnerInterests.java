package org.jobline.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jobline.phone.PhoneNumbers;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The interested people of a partner's vacancy as the partner sees them (numbers masked), and their status. */
@Repository({"interests", "subscribers", "audit_log"})
final class PartnerInterests {
  private PartnerInterests() {}

  /** One interested person: the number masked, how they said it, when, and where the agency stands with them. */
  record View(long id, String phone, String channel, String createdAt, String status) {}

  record Page(List<View> interests, int count) {}

  static Page list(Tx tx, long vacancyId) throws SQLException {
    Connection c = tx.jdbc();
    List<View> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.INTERESTS)) {
      p.setLong(1, vacancyId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new View(rs.getLong(1), PhoneNumbers.mask(rs.getString(2)), rs.getString(3),
              Instant.ofEpochMilli(rs.getLong(4)).toString(), rs.getString(5)));
        }
      }
    }
    return new Page(out, out.size());
  }

  /** Sets one interest's status (audited); false when the interest is not this vacancy's. */
  static boolean setStatus(Tx tx, long vacancyId, String ref, long interestId, String status, String actor, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.SET_INTEREST_STATUS)) {
      p.setString(1, status);
      p.setLong(2, now);
      p.setString(3, actor);
      p.setLong(4, interestId);
      p.setLong(5, vacancyId);
      if (p.executeUpdate() == 0) {
        return false;
      }
    }
    try (PreparedStatement p = c.prepareStatement(PartnerSql.AUDIT_INTEREST)) {
      p.setLong(1, now);
      p.setString(2, actor);
      p.setString(3, ref);
      p.setString(4, "interest=" + interestId + " status=" + status);
      p.executeUpdate();
    }
    return true;
  }
}
