package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Inbound.DeliveryReport;
import org.jobline.aggregator.Inbound.IncomingSms;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.aggregator.smpp.testsmsc.SmscSubmit;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc.IdStyle;
import org.jobline.phone.PhoneNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The route against the test SMSC over a real socket: binds, submits, statuses, receipts, MO, drops and rebinds. */
class SmppRouteTest {
  static final String PHONE = "+22890123456";
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private Vertx vertx;
  private Inbound inbound;
  private TestSmsc smsc;

  @BeforeEach
  void setUp() throws Exception {
    vertx = Vertx.vertx();
    inbound = mock(Inbound.class);
    when(inbound.report(any())).thenReturn(Future.succeededFuture(true));
    when(inbound.sms(any())).thenReturn(Future.succeededFuture(Inbound.SmsResult.ANSWERED));
    smsc = TestSmsc.start(0, 32);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
    smsc.close();
    vertx.close().await();
  }

  SmppRoute route(int port, String... kv) {
    String[] all = new String[kv.length + 10];
    System.arraycopy(new String[] {"host", "127.0.0.1", "port", String.valueOf(port), "reconnectMinSeconds", "0.05",
        "reconnectMaxSeconds", "0.3", "segmentsPerSecond", "0"}, 0, all, 0, 10);
    System.arraycopy(kv, 0, all, 10, kv.length);
    SmppRoute r = new SmppRoute(SmppSettings.from(SmppSettingsTest.route(all), "JOBS"), vertx, new PhoneNumbers("TG"));
    r.inbound(inbound);
    r.start();
    toClose.add(() -> r.close().await());
    return r;
  }

  SmppRoute bound(String... kv) {
    SmppRoute r = route(smsc.port(), kv);
    awaitTrue("bound", () -> "bound".equals(r.status().getString("bind")));
    return r;
  }

  static void awaitTrue(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() < end).as("waiting for " + what).isTrue();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  static SendOutcome send(SmppRoute r, String text) throws Exception {
    List<SendOutcome> out = r.send(text, List.of(new Recipient(1, PHONE))).toCompletionStage().toCompletableFuture()
        .get(60, TimeUnit.SECONDS);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  DeliveryReport oneReport() {
    ArgumentCaptor<DeliveryReport> c = ArgumentCaptor.forClass(DeliveryReport.class);
    verify(inbound, timeout(20_000)).report(c.capture());
    return c.getValue();
  }

  @Test
  void submitsGsm7AndUcs2AndMatchesTheirReceipts() throws Exception {
    SmppRoute r = bound();
    SendOutcome gsm = send(r, "Offre: électricien à Lomé");
    SendOutcome ucs2 = send(r, "Maçon demandé à Kara");

    List<SmscSubmit> s = smsc.submits();
    assertThat(s).extracting(SmscSubmit::dataCoding).containsExactly(0, 8);
    assertThat(s).extracting(SmscSubmit::text).containsExactly("Offre: électricien à Lomé", "Maçon demandé à Kara");
    assertThat(s).extracting(SmscSubmit::dest).containsOnly("22890123456");
    assertThat(s).extracting(SmscSubmit::source).containsOnly("JOBS");
    assertThat(s).extracting(SmscSubmit::registeredDelivery).containsOnly(1);
    assertThat(gsm).isInstanceOf(SendOutcome.Accepted.class);
    String id1 = ((SendOutcome.Accepted) gsm).providerId();
    String id2 = ((SendOutcome.Accepted) ucs2).providerId();
    assertThat(List.of(id1, id2)).containsExactly(s.get(0).messageId(), s.get(1).messageId());

    ArgumentCaptor<DeliveryReport> c = ArgumentCaptor.forClass(DeliveryReport.class);
    verify(inbound, timeout(20_000).times(2)).report(c.capture());
    assertThat(c.getAllValues()).extracting(DeliveryReport::providerId).containsExactlyInAnyOrder(id1, id2);
    assertThat(c.getAllValues()).extracting(DeliveryReport::status).containsOnly(DeliveryStatus.DELIVERED);
    assertThat(c.getAllValues()).extracting(DeliveryReport::route).containsOnly("togocom");
  }

  @Test
  void aLongTextGoesInUdhPartsAndOnlyItsFirstPartReports() throws Exception {
    SmppRoute r = bound();
    String text = "Offre d'emploi numero 42: chauffeur poids lourds a Atakpame. ".repeat(6);
    SendOutcome.Accepted a = (SendOutcome.Accepted) send(r, text);

    List<SmscSubmit> s = smsc.submits();
    assertThat(s).hasSize(3);
    assertThat(s).extracting(p -> p.udh()[1]).containsOnly(3);
    assertThat(s).extracting(p -> p.udh()[2]).containsExactly(1, 2, 3);
    assertThat(s).extracting(p -> p.udh()[0]).containsOnly(s.get(0).udh()[0]);
    assertThat(s).extracting(SmscSubmit::esmClass).containsOnly(0x40);
    assertThat(String.join("", s.stream().map(SmscSubmit::text).toList())).isEqualTo(text);
    assertThat(a.providerId()).isEqualTo(s.get(0).messageId());
    assertThat(oneReport().providerId()).isEqualTo(a.providerId());
    verify(inbound, after(1500).times(1)).report(any());
  }

  @Test
  void aFailedLaterPartFailsTheMessage() throws Exception {
    smsc.behaviour().receipts(true, 20, "UNDELIV");
    SmppRoute r = bound();
    SendOutcome.Accepted a = (SendOutcome.Accepted) send(r, "x".repeat(200));
    ArgumentCaptor<DeliveryReport> c = ArgumentCaptor.forClass(DeliveryReport.class);
    verify(inbound, timeout(20_000).times(2)).report(c.capture());
    assertThat(c.getAllValues()).extracting(DeliveryReport::providerId).containsOnly(a.providerId());
    assertThat(c.getAllValues()).extracting(DeliveryReport::status).containsOnly(DeliveryStatus.FAILED);
  }

  @Test
  void submitInHexReceiptInDecimal() throws Exception {
    smsc.behaviour().ids(IdStyle.HEX, IdStyle.DECIMAL, false);
    SmppRoute r = bound("receiptIdFormat", "submitHexReceiptDecimal");
    SendOutcome.Accepted a = (SendOutcome.Accepted) send(r, "Bonjour");
    assertThat(a.providerId()).isEqualTo(smsc.submits().get(0).messageId().toLowerCase());
    assertThat(oneReport().providerId()).isEqualTo(a.providerId());
  }

  @Test
  void submitInDecimalReceiptInHex() throws Exception {
    smsc.behaviour().ids(IdStyle.DECIMAL, IdStyle.HEX, false);
    SmppRoute r = bound("receiptIdFormat", "submitDecimalReceiptHex");
    SendOutcome.Accepted a = (SendOutcome.Accepted) send(r, "Bonjour");
    assertThat(a.providerId()).isEqualTo(smsc.submits().get(0).messageId());
    assertThat(oneReport().providerId()).isEqualTo(a.providerId());
  }

  @Test
  void withoutTheSwitchAHexDecimalSmscDoesNotMatch() throws Exception {
    smsc.behaviour().ids(IdStyle.HEX, IdStyle.DECIMAL, false);
    SmppRoute r = bound();
    SendOutcome.Accepted a = (SendOutcome.Accepted) send(r, "Bonjour");
    assertThat(oneReport().providerId()).isNotEqualTo(a.providerId());
  }

  @Test
  void statusesBecomeOutcomesAndThrottlingSlowsTheRouteDown() throws Exception {
    smsc.statusFor(dest -> dest.endsWith("99") ? 0x0B : null);
    SmppRoute r = bound();
    smsc.behaviour().throttleNext(1);
    assertThat(send(r, "un")).isEqualTo(new SendOutcome.Transient("SMSC answered ESME_RTHROTTLED", false));
    assertThat(r.status().getLong("slowDowns")).isEqualTo(1);
    assertThat(send(r, "deux")).isInstanceOf(SendOutcome.Accepted.class);
    List<SendOutcome> refused = r.send("trois", List.of(new Recipient(2, "+22890123499"))).toCompletionStage()
        .toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertThat(refused).containsExactly(new SendOutcome.Permanent("SMSC refused: ESME_RINVDSTADR", false));
  }

  @Test
  void aMissingSubmitRespLeavesTheMessageUnconfirmedAndItsReceiptNamesThePhone() throws Exception {
    SmppRoute r = bound("responseTimeoutSeconds", "1");
    smsc.behaviour().delayMs(2500);
    SendOutcome o = send(r, "lent");
    assertThat(o).as("written, maybe taken: not a retry (issue 25)")
        .isEqualTo(SendOutcome.maybeWritten("no submit_sm_resp within 1000 ms"));
    DeliveryReport receipt = oneReport(); // the SMSC took it after all: its receipt has an id we never saw
    assertThat(smsc.submits()).extracting(SmscSubmit::text).containsExactly("lent");
    assertThat(receipt.providerId()).isEqualTo(smsc.submits().get(0).messageId());
    assertThat(receipt.phone()).as("what lets the core confirm the unconfirmed message").isEqualTo(PHONE);
  }

  @Test
  void incomingSmsIsDecodedReassembledAndHandedOver() throws Exception {
    bound();
    String text = "Je cherche un emploi de maçon à Sokodé, disponible dès lundi, merci de me rappeler vite. ✓";
    smsc.sendMo("22890123456", "JOBS", text);
    ArgumentCaptor<IncomingSms> c = ArgumentCaptor.forClass(IncomingSms.class);
    verify(inbound, timeout(20_000)).sms(c.capture());
    assertThat(c.getValue().text()).isEqualTo(text);
    assertThat(c.getValue().phone()).isEqualTo(PHONE);
    assertThat(c.getValue().to()).isEqualTo("JOBS");
    assertThat(c.getValue().route()).isEqualTo("togocom");
    assertThat(c.getValue().providerId()).startsWith("smpp-");
  }

  @Test
  void deliverSmIsAnsweredWhileTheStoreHangs() throws Exception {
    when(inbound.sms(any())).thenReturn(Promise.<Inbound.SmsResult>promise().future()); // never completes
    bound();
    for (int i = 0; i < 20; i++) {
      smsc.sendMo("22890123456", "JOBS", "OUI " + i); // throws if deliver_sm_resp does not come in time
    }
    verify(inbound, timeout(20_000).times(20)).sms(any());
  }

  @Test
  void unboundAnswersConnectionFailedThenBindsWhenTheSmscComesUp() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    SmppRoute r = route(port);
    assertThat(send(r, "rien")).isEqualTo(SendOutcome.connectionFailed("SMPP route togocom is not bound"));
    assertThat(r.status().getString("bind")).isEqualTo("unbound");
    assertThat(r.reachable().await()).isFalse();
    awaitTrue("a failed bind recorded", () -> r.status().getJsonObject("tx").getString("lastError") != null);

    TestSmsc late = TestSmsc.start(port, 8);
    toClose.add(late);
    awaitTrue("bound", () -> "bound".equals(r.status().getString("bind")));
    assertThat(send(r, "enfin")).isInstanceOf(SendOutcome.Accepted.class);
    assertThat(late.submits()).extracting(SmscSubmit::text).containsExactly("enfin");
  }

  @Test
  void aDroppedLinkIsBoundAgain() throws Exception {
    SmppRoute r = bound();
    assertThat(send(r, "avant")).isInstanceOf(SendOutcome.Accepted.class);
    smsc.dropAll();
    awaitTrue("second bind", () -> smsc.binds() == 2 && "bound".equals(r.status().getString("bind")));
    assertThat(send(r, "après")).isInstanceOf(SendOutcome.Accepted.class);
    assertThat(r.status().getJsonObject("tx").getLong("binds")).isEqualTo(2);
  }

  @Test
  void aLinkDroppedDuringASubmitEndsItUnconfirmedAtOnce() throws Exception {
    SmppRoute r = bound("responseTimeoutSeconds", "60");
    smsc.behaviour().dropAtSubmit(1);
    long t0 = System.nanoTime();
    SendOutcome o = send(r, "perdu");
    assertThat(o).as("the SMSC recorded it, its answer was lost: maybe taken, not a retry")
        .isEqualTo(SendOutcome.maybeWritten("SMPP link lost while waiting for submit_sm_resp"));
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).as("not the 60 s timeout").isLessThan(30);
    assertThat(smsc.behaviour().lostResponses()).isEqualTo(1);
  }

  @Test
  void aTransmitterReceiverPairSendsOnOneAndReceivesOnTheOther() throws Exception {
    SmppRoute r = bound("bindType", "pair");
    assertThat(smsc.boundSessions()).isEqualTo(2);
    assertThat(r.status().getJsonObject("rx").getString("bindType")).isEqualTo("BIND_RX");
    SendOutcome.Accepted a = (SendOutcome.Accepted) send(r, "Bonjour");
    assertThat(oneReport().providerId()).isEqualTo(a.providerId());
    smsc.sendMo("22890123456", "JOBS", "STOP");
    verify(inbound, timeout(20_000)).sms(any());
  }

  @Test
  void wrongCredentialsKeepTheRouteUnboundAndRetrying() throws Exception {
    smsc.behaviour().credentials("jobline", "right");
    SmppRoute r = route(smsc.port(), "password", "wrong");
    awaitTrue("two refused binds", () -> r.status().getJsonObject("tx").getString("lastError") != null);
    assertThat(r.status().getString("bind")).isEqualTo("unbound");
    assertThat(send(r, "non")).isInstanceOf(SendOutcome.Transient.class);
    assertThat(smsc.binds()).isZero();
  }
}
