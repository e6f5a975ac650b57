package org.jobline.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The registry of licensed recruitment agencies (VERIF, the admin's page), each change audited. */
@Repository({"recruiters", "audit_log"})
public final class Recruiters {
  /** Words shorter than this in total do not search names (too many hits), only licences. */
  static final int MIN_NAME_QUERY = 3;

  private Recruiters() {}

  /** Licensed agencies whose licence is {@code query} or whose name contains it (accents and case ignored). */
  public static List<Recruiter> find(Tx tx, String query, int limit) throws SQLException {
    String words = Recruiter.key(query);
    String licence = Recruiter.licenceKey(query);
    if (licence.isEmpty()) {
      return List.of();
    }
    String like = words.length() < MIN_NAME_QUERY ? "" : "%" + words.replace("!", "!!").replace("%", "!%")
        .replace("_", "!_") + "%";
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(RecruiterSql.FIND)) {
      p.setString(1, licence);
      p.setString(2, like);
      p.setInt(3, limit);
      return list(p);
    }
  }

  public static List<Recruiter> list(Tx tx, int limit) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(RecruiterSql.LIST)) {
      p.setInt(1, limit);
      return list(p);
    }
  }

  /** Adds one (source "file" or "staff"); false when its licence is already known. Audited when added. */
  public static boolean add(Tx tx, String actor, String licence, String name, String contact, String source, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(RecruiterSql.INSERT)) {
      p.setString(1, licence);
      p.setString(2, name);
      p.setString(3, contact);
      p.setString(4, Recruiter.licenceKey(licence));
      p.setString(5, Recruiter.key(name));
      p.setString(6, source);
      p.setLong(7, now);
      if (p.executeUpdate() != 1) {
        return false;
      }
    }
    audit(tx, actor, "recruiter.add", licence, name, now);
    return true;
  }

  /** Removes one from the registry (kept for the audit); the removed agency, if it was there. */
  public static Optional<Recruiter> remove(Tx tx, String actor, long id, long now) throws SQLException {
    Connection c = tx.jdbc();
    Optional<Recruiter> found;
    try (PreparedStatement p = c.prepareStatement(RecruiterSql.BY_ID)) {
      p.setLong(1, id);
      found = list(p).stream().findFirst();
    }
    if (found.isEmpty()) {
      return found;
    }
    try (PreparedStatement p = c.prepareStatement(RecruiterSql.REMOVE)) {
      p.setLong(1, now);
      p.setLong(2, id);
      p.executeUpdate();
    }
    audit(tx, actor, "recruiter.remove", found.get().licence(), found.get().name(), now);
    return found;
  }

  private static List<Recruiter> list(PreparedStatement p) throws SQLException {
    List<Recruiter> out = new ArrayList<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new Recruiter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getLong(6)));
      }
    }
    return out;
  }

  private static void audit(Tx tx, String actor, String action, String licence, String name, long now)
      throws SQLException {
    try (PreparedStatement p = tx.jdbc().prepareStatement(RecruiterSql.AUDIT)) {
      p.setLong(1, now);
      p.setString(2, actor);
      p.setString(3, action);
      p.setString(4, licence);
      p.setString(5, new io.vertx.core.json.JsonObject().put("name", name).encode());
      p.executeUpdate();
    }
  }
}
