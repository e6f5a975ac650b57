package org.jobline.aggregator.kannel;

import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobline.aggregator.HttpOutcomes;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.gsm.Gsm7;

/**
 * One {@code GET /cgi-bin/sendsms} request (Kannel takes form fields only in the query; a POST body
 * must be X-Kannel headers or XML) and what its answer means for each recipient.
 */
final class SendSms {
  /** Kannel's data codings: 0 GSM-7 (Kannel converts our UTF-8), 2 UCS-2. */
  static final String GSM7 = "0";
  static final String UCS2 = "2";

  private SendSms() {}

  /** The request's key: its first outbox id, carried in the dlr-url and in every provider id. */
  static long key(List<Recipient> to) {
    return to.get(0).outboxId();
  }

  static MultiMap query(KannelSettings s, String text, List<Recipient> to, String callbackBase) {
    StringBuilder numbers = new StringBuilder();
    for (Recipient r : to) {
      numbers.append(numbers.length() == 0 ? "" : " ").append(r.phone());
    }
    MultiMap q = MultiMap.caseInsensitiveMultiMap()
        .add("username", s.username()).add("password", s.password())
        .add("from", s.from()).add("to", numbers.toString())
        .add("text", text).add("charset", "UTF-8")
        .add("coding", Gsm7.fits(text) ? GSM7 : UCS2);
    if (!s.smsc().isEmpty()) {
      q.add("smsc", s.smsc());
    }
    if (s.dlrMask() != 0) {
      q.add("dlr-mask", Integer.toString(s.dlrMask()))
          .add("dlr-url", dlrUrl(callbackBase + s.callbackPath(), s.secret(), key(to)));
    }
    return q;
  }

  /**
   * Where Kannel reports: our fixed part, each literal '%' doubled (Kannel reads '%' as the start
   * of an escape), then Kannel's escapes: %p the recipient, %d the report type, %A the SMSC's
   * reply, %T the time.
   */
  static String dlrUrl(String callbacks, String secret, long key) {
    String fixed = callbacks + KannelCallbacks.DLR + "?secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
        + "&id=" + key;
    return fixed.replace("%", "%%") + "&to=%p&type=%d&reply=%A&time=%T";
  }

  /** True when no two recipients share a tag (one dlr-url serves them all): else send them one by one. */
  static boolean tagsDistinct(List<Recipient> to) {
    Set<String> tags = new HashSet<>();
    for (Recipient r : to) {
      if (!tags.add(KannelIds.tag(r.phone()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Kannel's answer: 202 (0 accepted, 3 queued; "Sent." with immediate replies) accepted, except
   * the receivers it lists as denied. Other statuses as every HTTP route reads them
   * ({@link HttpOutcomes}: 403 wrong credentials, 404, 502-504 link down; 500 "Sending failed"
   * later; other 4xx never), but for Kannel's own 403 "Not routable. Do not try again.", which is
   * about the message (no SMSC takes it), not our credentials: permanent.
   */
  static List<SendOutcome> outcomes(int status, String body, List<Recipient> to) {
    String said = body == null ? "" : body.strip();
    if (status / 100 == 2) {
      return accepted(said, to);
    }
    String reason = "kannel " + status + ": " + (said.length() > 120 ? said.substring(0, 120) : said);
    if (status == 403 && said.startsWith("Not routable")) {
      return all(to, new SendOutcome.Permanent(reason, false));
    }
    SendOutcome o = HttpOutcomes.fromStatus(status);
    if (o instanceof SendOutcome.Transient t) {
      return all(to, new SendOutcome.Transient(reason, t.connection()));
    }
    return all(to, o instanceof SendOutcome.Permanent ? new SendOutcome.Permanent(reason, false) : o);
  }

  private static List<SendOutcome> accepted(String said, List<Recipient> to) {
    long key = key(to);
    Set<String> denied = denied(said);
    String word = said.length() > 40 ? said.substring(0, 40) : said;
    List<SendOutcome> out = new ArrayList<>(to.size());
    for (Recipient r : to) {
      out.add(denied.contains(KannelIds.tag(r.phone()))
          ? new SendOutcome.Permanent("kannel: number denied by its white- or black-list", false)
          : new SendOutcome.Accepted(KannelIds.providerId(key, r.phone()), word));
    }
    return out;
  }

  /** Tags of the numbers after "Denied receivers are:" (a multi-recipient "Sent." answer). */
  private static Set<String> denied(String said) {
    int at = said.indexOf("Denied receivers are:");
    if (at < 0) {
      return Set.of();
    }
    Set<String> tags = new HashSet<>();
    for (String word : said.substring(at + "Denied receivers are:".length()).strip().split("\\s+")) {
      if (!word.matches("\\+?[0-9]{6,}")) {
        break;
      }
      tags.add(KannelIds.tag(word));
    }
    return tags;
  }

  static List<SendOutcome> all(List<Recipient> to, SendOutcome outcome) {
    return java.util.Collections.nCopies(to.size(), outcome);
  }
}
