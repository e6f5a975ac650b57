package org.jobline.admin.dashboard;

/**
 * SQL text of the reach page: people counted (never events), each once per cell. ?1/?2 the period (epoch ms,
 * half-open), ?3 a partner (null: everyone): its referred people. A person counts as registered when created in
 * the period, reached when an alert was delivered to them in it, interested / contacted / hired when an interest
 * of the period got there (hired: staff status, or the person's own answer to a follow-up; both kept apart).
 */
final class ReachSql {
  private ReachSql() {}

  /**
   * The people in scope, one row each with its flags (referrals: one row per person at most, its key; trades: at
   * positions 1 to 3, each trade once per person).
   */
  private static final String PER = """
      WITH people AS (
        SELECT s.id, s.region, s.created_at, pa.consent, pa.age_band, pa.sex, pa.disability, pa.schooling,
          COALESCE(r.partner_id, 0) AS partner, t1.trade AS trade1, t2.trade AS trade2, t3.trade AS trade3
        FROM subscribers s LEFT JOIN profile_answers pa ON pa.subscriber_id = s.id
        LEFT JOIN referrals r ON r.subscriber_id = s.id
        LEFT JOIN subscriber_trades t1 ON t1.subscriber_id = s.id AND t1.position = 1
        LEFT JOIN subscriber_trades t2 ON t2.subscriber_id = s.id AND t2.position = 2
        LEFT JOIN subscriber_trades t3 ON t3.subscriber_id = s.id AND t3.position = 3
        WHERE s.region IS NOT NULL AND (CAST(?3 AS BIGINT) IS NULL OR r.partner_id = ?3)),
      per AS (
        SELECT p.*,
          CASE WHEN p.created_at >= ?1 AND p.created_at < ?2 THEN 1 ELSE 0 END AS registered,
          CASE WHEN p.created_at >= ?1 AND p.created_at < ?2 AND p.consent = 'yes' THEN 1 ELSE 0 END AS answered,
          CASE WHEN EXISTS (SELECT 1 FROM alerts a WHERE a.subscriber_id = p.id AND a.status = 'delivered'
                  AND a.created_at >= ?1 AND a.created_at < ?2) THEN 1 ELSE 0 END AS reached,
          CASE WHEN EXISTS (SELECT 1 FROM interests i WHERE i.subscriber_id = p.id AND i.created_at >= ?1 AND i.created_at < ?2) THEN 1 ELSE 0 END
            AS interested,
          CASE WHEN EXISTS (SELECT 1 FROM interests i WHERE i.subscriber_id = p.id AND i.created_at >= ?1 AND i.created_at < ?2
                  AND i.follow_up <> 'to_call') THEN 1 ELSE 0 END AS contacted,
          CASE WHEN EXISTS (SELECT 1 FROM interests i WHERE i.subscriber_id = p.id AND i.created_at >= ?1 AND i.created_at < ?2
                  AND i.follow_up = 'hired') THEN 1 ELSE 0 END AS hired_staff,
          CASE WHEN EXISTS (SELECT 1 FROM followups f JOIN interests i ON i.id = f.interest_id WHERE f.subscriber_id = p.id
                  AND f.answer = 'hired' AND i.created_at >= ?1 AND i.created_at < ?2) THEN 1 ELSE 0 END AS hired_said
        FROM people p)
      """;

  /**
   * Every table in one pass: a cell per (region, age band, sex, disability, partner, trades), each person in
   * exactly one, so the tables and the totals are sums of cells (ReachCube adds them up; a cell counts in the
   * trade table once for each of its trades).
   */
  static final String CUBE = PER + """
      SELECT region, age_band, sex, disability, partner, trade1, trade2, trade3, SUM(registered) AS registered,
             SUM(answered) AS answered, SUM(reached) AS reached, SUM(interested) AS interested,
             SUM(contacted) AS contacted, SUM(hired_staff) AS hired_staff, SUM(hired_said) AS hired_said
      FROM per GROUP BY region, age_band, sex, disability, partner, trade1, trade2, trade3""";

  /**
   * The funnel alerted -> delivered -> interested -> contacted -> hired over (person, vacancy) pairs of the period
   * (an alert or an interest created in it), people in scope as above, by the vacancy's region (d = 1, key k), trade
   * (d = 2, key k), partner (d = 3, key n) and in total (d = 4), the pairs computed once for the four. Each stage
   * counts people (distinct), as the other tables do. Alerted: the SMS left (sent or delivered, as the vacancy
   * figures count it); contacted: a staff status past "to call"; hired by the agency and by the person.
   */
  static final String FUNNELS = """
      WITH pairs AS (
        SELECT a.subscriber_id AS sid, a.vacancy_id AS vid FROM alerts a WHERE a.created_at >= ?1 AND a.created_at < ?2
        UNION
        SELECT i.subscriber_id AS sid, i.vacancy_id AS vid FROM interests i WHERE i.created_at >= ?1 AND i.created_at < ?2),
      per AS MATERIALIZED (
        SELECT p.sid, v.region, v.trade, COALESCE(v.partner_id, 0) AS partner,
          CASE WHEN o.status IN ('sent', 'delivered') THEN 1 ELSE 0 END AS alerted,
          CASE WHEN o.status = 'delivered' THEN 1 ELSE 0 END AS delivered,
          CASE WHEN i.id IS NOT NULL THEN 1 ELSE 0 END AS interested,
          CASE WHEN i.follow_up <> 'to_call' THEN 1 ELSE 0 END AS contacted,
          CASE WHEN i.follow_up = 'hired' THEN 1 ELSE 0 END AS hired_staff,
          CASE WHEN EXISTS (SELECT 1 FROM followups f WHERE f.interest_id = i.id AND f.answer = 'hired') THEN 1 ELSE 0 END
            AS hired_said
        FROM pairs p
          JOIN vacancies v ON v.id = p.vid
          LEFT JOIN alerts a ON a.subscriber_id = p.sid AND a.vacancy_id = p.vid
          LEFT JOIN outbox o ON o.id = a.outbox_id
          LEFT JOIN interests i ON i.subscriber_id = p.sid AND i.vacancy_id = p.vid
        WHERE CAST(?3 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM referrals r WHERE r.subscriber_id = p.sid AND r.partner_id = ?3))
      SELECT 1 AS d, region AS k, CAST(NULL AS BIGINT) AS n, %1$s FROM per GROUP BY region
      UNION ALL SELECT 2 AS d, trade AS k, CAST(NULL AS BIGINT) AS n, %1$s FROM per GROUP BY trade
      UNION ALL SELECT 3 AS d, NULL AS k, partner AS n, %1$s FROM per GROUP BY partner
      UNION ALL SELECT 4 AS d, NULL AS k, CAST(NULL AS BIGINT) AS n, %1$s FROM per GROUP BY d
      ORDER BY d, k, n""".formatted("""
      COUNT(DISTINCT CASE WHEN alerted = 1 THEN sid END) AS alerted,
        COUNT(DISTINCT CASE WHEN delivered = 1 THEN sid END) AS delivered,
        COUNT(DISTINCT CASE WHEN interested = 1 THEN sid END) AS interested,
        COUNT(DISTINCT CASE WHEN contacted = 1 THEN sid END) AS contacted,
        COUNT(DISTINCT CASE WHEN hired_staff = 1 THEN sid END) AS hired_staff,
        COUNT(DISTINCT CASE WHEN hired_said = 1 THEN sid END) AS hired_said""".strip());

  static final String PARTNERS = "SELECT id, name, COALESCE(referral_code, 'P' || CAST(id AS TEXT)) AS code FROM partners ORDER BY name";
}
