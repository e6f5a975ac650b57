package org.jobline.admin.dashboard;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jobline.admin.Sql;
import org.jobline.store.Tx;

/**
 * The dashboard's per-route figures for the local day: messages each route sent today, how many of
 * those are delivered so far, messages that ended failed today on it (rejected or reported not
 * delivered), and the cost of today's sends. Two index range scans (V11's outbox_sent_by_route, V5's
 * outbox_ended_badly), so the cost follows today's traffic, not the size of the outbox.
 */
record RouteDay(List<Line> lines) {
  record Line(String route, long sent, long delivered, long failed, double cost) {}

  static RouteDay load(Tx tx, long dayStart) throws SQLException {
    Map<String, Line> byRoute = new TreeMap<>();
    for (Map<String, Object> r : Sql.rows(tx, DashboardSql.ROUTE_SENT_TODAY, dayStart)) {
      String route = String.valueOf(r.get("route"));
      byRoute.put(route, new Line(route, Sql.num(r.get("sent")), Sql.num(r.get("delivered")), 0,
          ((Number) r.get("cost")).doubleValue()));
    }
    for (Map<String, Object> r : Sql.rows(tx, DashboardSql.ROUTE_FAILED_TODAY, dayStart)) {
      String route = String.valueOf(r.get("route"));
      Line l = byRoute.getOrDefault(route, new Line(route, 0, 0, 0, 0));
      byRoute.put(route, new Line(route, l.sent(), l.delivered(), Sql.num(r.get("failed")), l.cost()));
    }
    return new RouteDay(new ArrayList<>(byRoute.values()));
  }
}
