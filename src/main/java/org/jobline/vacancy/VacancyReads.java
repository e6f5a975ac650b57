package org.jobline.vacancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The service's reads beyond one vacancy: a partner's list, one vacancy's figures, those past their closing date. */
@Repository({"vacancies", "alerts", "outbox", "interests"})
final class VacancyReads {
  private VacancyReads() {}

  /** A vacancy's alert and interest counts. */
  static VacancyStats stats(Tx tx, Vacancy v) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(VacancySql.STATS)) {
      p.setLong(1, v.id());
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return new VacancyStats(v.ref(), rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6), rs.getLong(7));
      }
    }
  }

  /** Newest first; {@code partnerId} null for every partner's, {@code status} null for all. */
  static List<Vacancy> list(Tx tx, Long partnerId, String status, int limit) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(VacancySql.LIST)) {
      p.setObject(1, partnerId, Types.INTEGER);
      p.setObject(2, partnerId, Types.INTEGER);
      p.setString(3, status);
      p.setString(4, status);
      p.setInt(5, limit);
      try (ResultSet rs = p.executeQuery()) {
        List<Vacancy> out = new ArrayList<>();
        while (rs.next()) {
          out.add(Vacancies.map(rs));
        }
        return out;
      }
    }
  }

  /** The refs of open vacancies whose closing date is before {@code today} (yyyy-mm-dd). */
  static List<String> pastClosing(Tx tx, String today) throws SQLException {
    Connection c = tx.jdbc();
    List<String> due = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(VacancySql.PAST_CLOSING)) {
      p.setString(1, today);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          due.add(rs.getString(1));
        }
      }
    }
    return due;
  }
}
