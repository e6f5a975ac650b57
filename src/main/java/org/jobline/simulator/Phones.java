package org.jobline.simulator;

import io.vertx.core.json.JsonArray;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Every simulated phone by E.164 number, created on first use; kept in memory only. */
public final class Phones {
  private final Map<String, Phone> byNumber = new ConcurrentSkipListMap<>();
  private final Map<String, InboxMessage> byMessageId = new ConcurrentHashMap<>();

  public Phone get(String e164) {
    return byNumber.computeIfAbsent(e164, Phone::new);
  }

  public Optional<Phone> find(String e164) {
    return Optional.ofNullable(byNumber.get(e164));
  }

  void deliver(String e164, InboxMessage m) {
    byMessageId.put(m.messageId(), m);
    get(e164).receive(m);
  }

  Optional<InboxMessage> message(String messageId) {
    return Optional.ofNullable(byMessageId.get(messageId));
  }

  JsonArray summary() {
    JsonArray out = new JsonArray();
    byNumber.values().forEach(p -> out.add(p.summary()));
    return out;
  }
}
