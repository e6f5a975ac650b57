package org.jobline.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Outcome follow-ups of interests: which are due, which were sent, and the answers given (SMS or USSD). */
@Repository({"followups", "interests"})
public final class FollowUps {
  private FollowUps() {}

  /** Interests due for {@code round} (created at or before {@code createdBefore}), at most {@code limit}. */
  public static List<Due> due(Tx tx, int round, long createdBefore, int limit) throws SQLException {
    Connection c = tx.jdbc();
    List<Due> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(FollowUpSql.DUE)) {
      p.setLong(1, createdBefore);
      p.setInt(2, round);
      p.setInt(3, limit);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
              rs.getString(6), round));
        }
      }
    }
    return out;
  }

  /** Records that the follow-up of {@code d} left in outbox row {@code outboxId} (null when unknown). */
  public static void sent(Tx tx, Due d, Long outboxId, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(FollowUpSql.INSERT)) {
      p.setLong(1, d.interestId());
      p.setLong(2, d.subscriberId());
      p.setLong(3, d.vacancyId());
      p.setInt(4, d.round());
      p.setLong(5, now);
      p.setObject(6, outboxId);
      p.executeUpdate();
    }
  }

  /**
   * Answers the latest follow-up sent to this person within {@code sinceMs} and not answered yet;
   * returns the vacancy ref it was about, empty when there is none.
   */
  public static Optional<String> answerLatest(Tx tx, long subscriberId, Outcome o, String channel, long since, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    long id;
    String ref;
    try (PreparedStatement p = c.prepareStatement(FollowUpSql.LATEST_OPEN)) {
      p.setLong(1, subscriberId);
      p.setLong(2, since);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        id = rs.getLong(1);
        ref = rs.getString(2);
      }
    }
    update(c, id, o, channel, now);
    return Optional.of(ref);
  }

  /**
   * Answers about the vacancy {@code ref}: its latest follow-up, or a round-0 answer when none was sent
   * yet. False when this person never said they were interested in it.
   */
  public static boolean answer(Tx tx, long subscriberId, String ref, Outcome o, String channel, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(FollowUpSql.INTEREST_BY_REF)) {
      p.setLong(1, subscriberId);
      p.setString(2, ref);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        long followUp = rs.getLong(3);
        if (!rs.wasNull()) {
          update(c, followUp, o, channel, now);
          return true;
        }
        volunteered(c, rs.getLong(1), subscriberId, rs.getLong(2), o, channel, now);
        return true;
      }
    }
  }

  /** The vacancies this person said they were interested in, newest first. */
  public static List<Application> applications(Tx tx, long subscriberId, int limit) throws SQLException {
    Connection c = tx.jdbc();
    List<Application> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(FollowUpSql.APPLICATIONS)) {
      p.setLong(1, subscriberId);
      p.setInt(2, limit);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Application(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  private static void update(Connection c, long id, Outcome o, String channel, long now) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(FollowUpSql.ANSWER)) {
      p.setString(1, o.code());
      p.setLong(2, now);
      p.setString(3, channel);
      p.setLong(4, id);
      p.executeUpdate();
    }
  }

  private static void volunteered(Connection c, long interestId, long subscriberId, long vacancyId, Outcome o,
                                  String channel, long now) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(FollowUpSql.VOLUNTEERED)) {
      p.setLong(1, interestId);
      p.setLong(2, subscriberId);
      p.setLong(3, vacancyId);
      p.setLong(4, now);
      p.setString(5, o.code());
      p.setString(6, channel);
      p.executeUpdate();
    }
  }
}
