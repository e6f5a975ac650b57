package org.jobline.simulator;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test SMSC inside the gateway in dev mode ({@code simulator.smpp.port} > 0): a route of type
 * smpp pointed at it sends the whole gateway's traffic over SMPP on one machine; every message it
 * accepts lands in the simulated phone's inbox, and it sends DELIVRD receipts. While a route is
 * bound to it, the browser phone's texts come in over the same bind as deliver_sm.
 */
final class SimulatedSmsc extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(SimulatedSmsc.class);
  private final int port;
  private final Phones phones;
  private final Simulator simulator;
  private final String shortCode;
  private volatile TestSmsc smsc;

  SimulatedSmsc(int port, Simulator simulator, String shortCode) {
    this.port = port;
    this.phones = simulator.phones();
    this.simulator = simulator;
    this.shortCode = shortCode;
  }

  @Override
  public Future<?> start() {
    return vertx.executeBlocking(() -> {
      TestSmsc s = TestSmsc.start(port, 64);
      s.onMessage((dest, text, dc, parts, id) -> phones.deliver("+" + dest,
          new InboxMessage(id, text, System.currentTimeMillis(), dc == 8 ? "UCS2" : "GSM7", parts)));
      smsc = s;
      simulator.smsUplink(this::mo);
      log.info("simulator: test SMSC listening on port {} (SMPP, any systemId)", s.port());
      return null;
    });
  }

  /** A phone's text as a deliver_sm on a bound session; null (not carried) when nothing is bound. */
  private Future<String> mo(String from, String text) {
    TestSmsc s = smsc;
    if (s == null || s.boundSessions() == 0) {
      return Future.succeededFuture(null);
    }
    return vertx.executeBlocking(() -> s.sendMo(from.startsWith("+") ? from.substring(1) : from, shortCode, text), false);
  }

  @Override
  public Future<?> stop() {
    simulator.smsUplink(null);
    TestSmsc s = smsc;
    return s == null ? Future.succeededFuture() : vertx.executeBlocking(() -> {
      s.close();
      return null;
    });
  }
}
