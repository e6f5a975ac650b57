package org.jobline.profile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Reads and writes the optional profile answers of one subscriber, inside the caller's unit of work. */
@Repository({"profile_answers"})
public final class Answers {
  private Answers() {}

  public static ProfileAnswers find(Tx tx, long subscriberId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(ProfileSql.BY_SUBSCRIBER)) {
      p.setLong(1, subscriberId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return ProfileAnswers.NONE;
        }
        Map<ProfileQuestion, String> answers = new EnumMap<>(ProfileQuestion.class);
        for (ProfileQuestion q : ProfileQuestion.values()) {
          String v = rs.getString(q.column());
          if (v != null) {
            answers.put(q, v);
          }
        }
        return new ProfileAnswers(rs.getString("consent"), answers, rs.getString("pending"));
      }
    }
  }

  /** Records "yes", "later" or "never", and what an SMS digit answers next ({@code pending}, may be null). */
  public static void setConsent(Tx tx, long subscriberId, String consent, String pending, long now) throws SQLException {
    if (!consent.equals("yes") && !consent.equals("later") && !consent.equals("never")) {
      throw new IllegalArgumentException("consent " + consent);
    }
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(ProfileSql.SET_CONSENT)) {
      p.setLong(1, subscriberId);
      p.setString(2, consent);
      p.setString(3, pending);
      p.setLong(4, now);
      p.executeUpdate();
    }
  }

  /** Saves one answer (a code of {@code q}); answering means consenting. */
  public static void answer(Tx tx, long subscriberId, ProfileQuestion q, String code, String pending, long now)
      throws SQLException {
    if (!q.codes().contains(code)) {
      throw new IllegalArgumentException(q + " " + code);
    }
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(String.format(ProfileSql.SET_ANSWER, q.column()))) {
      p.setLong(1, subscriberId);
      p.setString(2, code);
      p.setString(3, pending);
      p.setLong(4, now);
      p.executeUpdate();
    }
  }

  /** Clears or moves the question an SMS digit answers (a row must exist: no-op otherwise). */
  public static void setPending(Tx tx, long subscriberId, String pending, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(ProfileSql.SET_PENDING)) {
      p.setString(1, pending);
      p.setLong(2, now);
      p.setLong(3, subscriberId);
      p.executeUpdate();
    }
  }
}
