package org.jobline.simulator;

import io.vertx.core.json.JsonObject;

/** One SMS that reached a simulated phone, with what the fake aggregator saw and reported. */
public final class InboxMessage {
  private final String messageId;
  private final String text;
  private final long time;
  private final String encoding;
  private final int segments;
  private final String via;
  private volatile String status = "Sent";

  InboxMessage(String messageId, String text, long time, String encoding, int segments) {
    this(messageId, text, time, encoding, segments, null);
  }

  /** {@code via}: the route that carried it when it is not the fake aggregator ("modem"), else null. */
  InboxMessage(String messageId, String text, long time, String encoding, int segments, String via) {
    this.via = via;
    this.messageId = messageId;
    this.text = text;
    this.time = time;
    this.encoding = encoding;
    this.segments = segments;
  }

  public String messageId() {
    return messageId;
  }

  public String text() {
    return text;
  }

  public String status() {
    return status;
  }

  void status(String reported) {
    this.status = reported;
  }

  JsonObject toJson() {
    return new JsonObject().put("messageId", messageId).put("text", text).put("time", time)
        .put("encoding", encoding).put("segments", segments).put("status", status).put("via", via);
  }
}
