package org.jobline.admin.subscribers;

import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.http.BadRequestException;

/** The subscribers page's filters: region, trade, status and registration dates (local days). */
record SubscriberFilter(String region, String trade, String status, String from, String to, long fromMs, long toMs) {
  static SubscriberFilter of(RoutingContext rc, String timeZone, String lang) {
    ZoneId zone = ZoneId.of(timeZone);
    String status = Params.query(rc, "status", 10);
    if (!status.isEmpty()) {
      Params.oneOf(status, "status", List.of("active", "stopped"));
    }
    String from = Params.query(rc, "from", 10);
    String to = Params.query(rc, "to", 10);
    try {
      return new SubscriberFilter(Params.query(rc, "region", 20), Params.query(rc, "trade", 20), status, from, to,
          from.isEmpty() ? 0 : LocalDate.parse(from).atStartOfDay(zone).toInstant().toEpochMilli(),
          to.isEmpty() ? Long.MAX_VALUE : LocalDate.parse(to).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("from", Page.t(lang, "audit.badDate"));
    }
  }

  /** The SEARCH arguments ?1 to ?10. */
  Object[] args(String exact, String like, int limit, int offset, Long partner) {
    return new Object[] {exact, like, limit, offset, partner, region, trade, status, fromMs, toMs};
  }

  String describe() {
    return "region=" + region + " trade=" + trade + " status=" + status + " from=" + from + " to=" + to;
  }
}
