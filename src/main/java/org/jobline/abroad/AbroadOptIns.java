package org.jobline.abroad;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Who wants offers abroad (off by default), and the admin's figures on jobs abroad. */
@Repository({"abroad_optins", "vacancies", "subscribers"})
public final class AbroadOptIns {
  private AbroadOptIns() {}

  /** Vacancies abroad in one country: open, closed, draft. */
  public record CountryCount(String country, long open, long closed, long draft) {}

  public static boolean optedIn(Tx tx, long subscriberId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AbroadSql.OPTED_IN)) {
      p.setLong(1, subscriberId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Turns offers abroad on or off; true when that changed something. */
  public static boolean set(Tx tx, long subscriberId, boolean on, String channel, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(on ? AbroadSql.OPT_IN : AbroadSql.OPT_OUT)) {
      p.setLong(1, subscriberId);
      if (on) {
        p.setString(2, channel);
        p.setLong(3, now);
      }
      return p.executeUpdate() == 1;
    }
  }

  public static List<CountryCount> offersByCountry(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    List<CountryCount> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(AbroadSql.OFFERS_BY_COUNTRY); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new CountryCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
      }
    }
    return out;
  }

  /** Active opted-in job-seekers by region code ('*' all regions, "" not registered yet). */
  public static Map<String, Long> optInsByRegion(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement(AbroadSql.OPTINS_BY_REGION); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        String region = rs.getString(1);
        out.merge(region == null ? "" : region, rs.getLong(2), Long::sum);
      }
    }
    return out;
  }
}
