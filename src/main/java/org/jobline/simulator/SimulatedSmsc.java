package org.jobline.simulator;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test SMSC inside the gateway in dev mode ({@code simulator.smpp.port} > 0): a route of type
 * smpp pointed at it sends the whole gateway's traffic over SMPP on one machine; every message it
 * accepts lands in the simulated phone's inbox, and it sends DELIVRD receipts.
 */
final class SimulatedSmsc extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(SimulatedSmsc.class);
  private final int port;
  private final Phones phones;
  private volatile TestSmsc smsc;

  SimulatedSmsc(int port, Phones phones) {
    this.port = port;
    this.phones = phones;
  }

  @Override
  public Future<?> start() {
    return vertx.executeBlocking(() -> {
      TestSmsc s = TestSmsc.start(port, 64);
      s.onMessage((dest, text, dc, parts, id) -> phones.deliver("+" + dest,
          new InboxMessage(id, text, System.currentTimeMillis(), dc == 8 ? "UCS2" : "GSM7", parts)));
      smsc = s;
      log.info("simulator: test SMSC listening on port {} (SMPP, any systemId)", s.port());
      return null;
    });
  }

  @Override
  public Future<?> stop() {
    TestSmsc s = smsc;
    return s == null ? Future.succeededFuture() : vertx.executeBlocking(() -> {
      s.close();
      return null;
    });
  }
}
