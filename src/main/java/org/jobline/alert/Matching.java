package org.jobline.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobline.profile.ProfileAnswers;
import org.jobline.profile.ProfileQuestion;
import org.jobline.store.Repository;
import org.jobline.store.Tx;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyTag;

/**
 * Who a vacancy is for: active subscribers in its region (or in all regions) with its trade among
 * theirs, not yet alerted for it (abroad: only those who opted in); read through the (trade, subscriber_id) index, never a scan.
 */
@Repository({"subscriber_trades", "subscribers", "alerts", "profile_answers", "abroad_optins"})
final class Matching {
  private Matching() {}

  static List<Candidate> batch(Tx tx, Vacancy v, long afterId, int limit, Pacing pacing) throws SQLException {
    Connection c = tx.jdbc();
    Set<VacancyTag> tags = v.tagSet();
    try (PreparedStatement p = c.prepareStatement(AlertSql.MATCH_BATCH)) {
      p.setLong(1, pacing.dayStart(0));
      p.setLong(2, pacing.dayStart(1));
      p.setString(3, v.trade());
      p.setLong(4, afterId);
      p.setString(5, v.region());
      p.setLong(6, v.id());
      p.setString(7, v.country());
      p.setInt(8, limit);
      List<Candidate> out = new ArrayList<>(Math.min(limit, 10_000));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          boolean targeted = !tags.isEmpty() && VacancyTag.targetsAny(tags, answers(rs));
          out.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), targeted));
        }
      }
      return out;
    }
  }

  /** The answers the tags read (columns 5 to 7 of the batch), null ones left out. */
  private static ProfileAnswers answers(ResultSet rs) throws SQLException {
    Map<ProfileQuestion, String> given = new EnumMap<>(ProfileQuestion.class);
    put(given, ProfileQuestion.AGE, rs.getString(5));
    put(given, ProfileQuestion.SEX, rs.getString(6));
    put(given, ProfileQuestion.DISABILITY, rs.getString(7));
    return new ProfileAnswers(null, given, null);
  }

  private static void put(Map<ProfileQuestion, String> given, ProfileQuestion q, String value) {
    if (value != null) {
      given.put(q, value);
    }
  }
}
