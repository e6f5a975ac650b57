package org.jobline.vacancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;

/** Reading vacancies and recording interest, inside a store transaction or read. */
@Repository({"vacancies", "interests"})
public final class Vacancies {
  /** Published on the event bus (body: the ref) whenever a vacancy is created, changed, opened or closed. */
  public static final String CHANGED_ADDRESS = "jobline.vacancy.changed";

  private Vacancies() {}

  /** By reference, whatever the case typed (refs are stored in capitals, so the UNIQUE index serves). */
  public static Optional<Vacancy> byRef(Tx tx, String ref) throws SQLException {
    return one(tx, VacancySql.BY_REF, ref.strip().toUpperCase(java.util.Locale.ROOT));
  }

  public static Optional<Vacancy> byId(Tx tx, long id) throws SQLException {
    return one(tx, VacancySql.BY_ID, id);
  }

  /** Every open vacancy, newest first (the in-memory caches load this). */
  public static List<Vacancy> allOpen(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(VacancySql.ALL_OPEN)) {
      return list(p);
    }
  }

  /** Open vacancies at home for someone in {@code region} ('*' = any) with one of {@code trades}, newest first. */
  public static List<Vacancy> openMatching(Tx tx, String region, Collection<String> trades) throws SQLException {
    return openMatching(tx, region, trades, false);
  }

  /** The same, with the vacancies abroad when {@code abroad} (the person opted in). */
  public static List<Vacancy> openMatching(Tx tx, String region, Collection<String> trades, boolean abroad)
      throws SQLException {
    Connection c = tx.jdbc();
    if (trades.isEmpty()) {
      return List.of();
    }
    List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(trades));
    try (PreparedStatement p = c.prepareStatement(VacancySql.openMatching(distinct.size()))) {
      p.setString(1, region);
      for (int i = 0; i < distinct.size(); i++) {
        p.setString(i + 2, distinct.get(i));
      }
      p.setInt(distinct.size() + 2, abroad ? 1 : 0);
      return list(p);
    }
  }

  private static List<Vacancy> list(PreparedStatement p) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      List<Vacancy> out = new ArrayList<>();
      while (rs.next()) {
        out.add(map(rs));
      }
      return out;
    }
  }

  /** True when the vacancy, at home, suits someone in {@code region} ('*' = any) with one of {@code trades}. */
  public static boolean matches(Vacancy v, String region, Collection<String> trades) {
    return matches(v, region, trades, false);
  }

  /** The same, a vacancy abroad included when {@code abroad} (the person opted in to offers abroad). */
  public static boolean matches(Vacancy v, String region, Collection<String> trades, boolean abroad) {
    if (v.abroad() && !abroad) {
      return false;
    }
    boolean regionOk = region == null || Subscriber.ALL_REGIONS.equals(region) || region.equals(v.region());
    return regionOk && trades.contains(v.trade());
  }

  /** Records interest once per person and vacancy; true when it is new. */
  public static boolean recordInterest(Tx tx, long subscriberId, long vacancyId, String channel) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(VacancySql.INSERT_INTEREST)) {
      p.setLong(1, subscriberId);
      p.setLong(2, vacancyId);
      p.setString(3, channel);
      return p.executeUpdate() == 1;
    }
  }

  private static Optional<Vacancy> one(Tx tx, String sql, Object key) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setObject(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  static Vacancy map(ResultSet rs) throws SQLException {
    long partner = rs.getLong("partner_id");
    Long partnerId = rs.wasNull() ? null : partner;
    long opened = rs.getLong("opened_at");
    Long openedAt = rs.wasNull() ? null : opened;
    return new Vacancy(rs.getLong("id"), rs.getString("ref"), rs.getString("title"), rs.getString("description"),
        rs.getString("trade"), rs.getString("region"), rs.getString("place"), rs.getString("employer"),
        rs.getString("contact"), partnerId, rs.getInt("positions"), rs.getString("closing_date"),
        rs.getString("status"), openedAt, rs.getLong("created_at"), rs.getLong("updated_at"), rs.getString("tags"),
        rs.getString("country"));
  }
}
