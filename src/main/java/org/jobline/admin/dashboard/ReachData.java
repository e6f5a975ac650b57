package org.jobline.admin.dashboard;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Sql;
import org.jobline.store.Tx;

/** The reach figures for one period and partner scope: one table per dimension, and the totals. */
record ReachData(Map<String, List<Map<String, Object>>> tables, Map<String, Object> total,
                 List<Map<String, Object>> partners, Map<String, List<Map<String, Object>>> funnels,
                 Map<String, Object> funnelTotal) {
  /** The columns of every table, in order (also the CSV's and the message keys' suffixes). */
  static final List<String> COLUMNS = List.of("registered", "answered", "reached", "interested", "contacted",
      "hired_staff", "hired_said");
  static final Map<String, String> DIMENSIONS = dimensions();
  /** The funnel's stages, in order (the columns of the funnel tables, by the vacancy's region, trade, partner). */
  static final List<String> STAGES = Funnel.STAGES;
  /** The funnel tables, in order: ReachSql.FUNNELS numbers them from 1 (and the total 4). */
  static final List<String> FUNNELS = List.of("region", "trade", "partner");

  /** {@code partnerList}: also the partners (for the filter and the partner table; never for a partner user). */
  static ReachData load(Tx tx, long from, long to, Long partner, boolean partnerList) throws SQLException {
    // one pass over the people for every table: the cube's cells summed here
    List<Map<String, Object>> cube = Sql.rows(tx, ReachSql.CUBE, from, to, partner);
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : DIMENSIONS.entrySet()) {
      tables.put(d.getKey(), ReachCube.by(cube, d.getValue(), tx.postgres()));
    }
    List<Map<String, Object>> partners = partnerList ? Sql.rows(tx, ReachSql.PARTNERS) : List.of();
    Map<String, List<Map<String, Object>>> funnels = new LinkedHashMap<>();
    FUNNELS.forEach(k -> funnels.put(k, new ArrayList<>()));
    Map<String, Object> funnelTotal = Map.of();
    for (Map<String, Object> row : Sql.rows(tx, ReachSql.FUNNELS, from, to, partner)) {
      int d = (int) Sql.num(row.get("d"));
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("k", d == 3 ? row.get("n") : d == 4 ? "all" : row.get("k"));
      STAGES.forEach(c -> r.put(c, row.get(c)));
      if (d == 4) {
        funnelTotal = r;
      } else {
        funnels.get(FUNNELS.get(d - 1)).add(r);
      }
    }
    return new ReachData(tables, ReachCube.total(cube), partners, funnels, funnelTotal);
  }

  /** The tables, in order, and the cube column each is summed by (trade: the three trade columns). */
  private static Map<String, String> dimensions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("region", "region");
    m.put("trade", "trade");
    m.put("age", "age_band");
    m.put("sex", "sex");
    m.put("disability", "disability");
    m.put("partner", "partner");
    return java.util.Collections.unmodifiableMap(m);
  }
}
