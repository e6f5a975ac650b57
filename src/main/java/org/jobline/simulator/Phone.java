package org.jobline.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A simulated handset: its SMS inbox (newest first) and its USSD session, if one is open. */
public final class Phone {
  private static final int MAX_INBOX = 500;

  private final String number;
  private final List<InboxMessage> inbox = new ArrayList<>();
  private UssdSession session;

  Phone(String number) {
    this.number = number;
  }

  public String number() {
    return number;
  }

  synchronized void receive(InboxMessage m) {
    inbox.add(0, m);
    if (inbox.size() > MAX_INBOX) {
      inbox.remove(inbox.size() - 1);
    }
  }

  public synchronized List<InboxMessage> inbox() {
    return List.copyOf(inbox);
  }

  synchronized UssdSession session() {
    return session;
  }

  synchronized void session(UssdSession s) {
    this.session = s;
  }

  synchronized JsonObject summary() {
    return new JsonObject().put("phone", number).put("inbox", inbox.size())
        .put("ussdSession", session != null);
  }

  synchronized JsonArray inboxJson() {
    JsonArray out = new JsonArray();
    inbox.forEach(m -> out.add(m.toJson()));
    return out;
  }

  /** An open USSD dialogue: AT's session id and every input so far joined with '*'. */
  record UssdSession(String id, String text) {
    UssdSession append(String input) {
      return new UssdSession(id, text.isEmpty() ? input : text + "*" + input);
    }
  }
}
