package org.jobline.admin.dashboard;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Sql;
import org.jobline.store.Tx;

/** The numbers behind the dashboard, read in one go on a reader thread. */
record DashboardData(List<String> days, List<Long> registrations, List<Long> alertsSent, List<Long> alertsDelivered,
                     Map<String, Long> seekersByRegion, Map<String, Long> openByRegion,
                     long alerted, long delivered, long interested) {
  static final int DAYS = 30;

  static DashboardData load(Tx tx, Long partner, LocalDate today) throws SQLException {
    LocalDate first = today.minusDays(DAYS - 1L);
    long since = first.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    Map<String, Long> regs = Sql.counts(tx, DashboardSql.REGISTRATIONS, since);
    Map<String, Map<String, Object>> alerts = new java.util.HashMap<>();
    for (Map<String, Object> row : Sql.rows(tx, DashboardSql.ALERTS_PER_DAY, since, partner, partner)) {
      alerts.put(String.valueOf(row.get("d")), row);
    }
    List<String> days = new ArrayList<>();
    List<Long> r = new ArrayList<>();
    List<Long> sent = new ArrayList<>();
    List<Long> delivered = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      String key = Long.toString(d.toEpochDay()); // DashboardSql.DAY
      days.add(d.toString());
      r.add(regs.getOrDefault(key, 0L));
      Map<String, Object> a = alerts.get(key);
      sent.add(a == null ? 0 : Sql.num(a.get("sent")));
      delivered.add(a == null ? 0 : Sql.num(a.get("delivered")));
    }
    List<Map<String, Object>> funnel = Sql.rows(tx, DashboardSql.FUNNEL, partner);
    List<Object> f = new ArrayList<>(funnel.get(0).values());
    return new DashboardData(days, r, sent, delivered,
        Sql.counts(tx, DashboardSql.SEEKERS_BY_REGION), Sql.counts(tx, DashboardSql.OPEN_BY_REGION),
        Sql.num(f.get(0)), Sql.num(f.get(1)), Sql.num(f.get(2)));
  }
}
