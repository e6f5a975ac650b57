package org.jobline.profile;

/** SQL text of the optional profile answers (kept apart from the contact data). */
final class ProfileSql {
  private ProfileSql() {}

  static final String BY_SUBSCRIBER = """
      SELECT consent, age_band, sex, disability, schooling, pending FROM profile_answers WHERE subscriber_id = ?""";

  static final String SET_CONSENT = """
      INSERT INTO profile_answers (subscriber_id, consent, pending, updated_at) VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT (subscriber_id) DO UPDATE SET consent = excluded.consent, pending = excluded.pending,
        updated_at = excluded.updated_at""";

  static final String SET_PENDING = "UPDATE profile_answers SET pending = ?, updated_at = ? WHERE subscriber_id = ?";

  /** %s is a column name from ProfileQuestion (never user input). */
  static final String SET_ANSWER = """
      INSERT INTO profile_answers (subscriber_id, consent, %1$s, pending, updated_at) VALUES (?1, 'yes', ?2, ?3, ?4)
      ON CONFLICT (subscriber_id) DO UPDATE SET consent = 'yes', %1$s = excluded.%1$s, pending = excluded.pending,
        updated_at = excluded.updated_at""";
}
