package org.jobline.aggregator.modem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.RouteSettings;
import org.jobline.aggregator.SendOutcome;
import org.jobline.aggregator.testing.RecordingInbound;
import org.jobline.phone.PhoneNumbers;
import org.jobline.simulator.modem.EmulatedSim;
import org.jobline.simulator.modem.ModemEmulator;
import org.jobline.simulator.modem.PtyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The modem route against the modem emulator over a real pseudo-terminal pair (socat). */
class ModemRouteTest {
  private static final String PHONE = "+22890112233";
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private final RecordingInbound inbound = new RecordingInbound();
  private PtyPair pty;
  private ModemEmulator modem;
  private ModemRoute route;

  @BeforeEach
  void pty() throws Exception {
    assumeTrue(PtyPair.available(), "socat not installed (Debian package socat): modem tests skipped");
    pty = PtyPair.open(tmp);
  }

  @AfterEach
  void stop() throws Exception {
    if (route != null) {
      await(route.close());
    }
    if (modem != null) {
      modem.close();
    }
    if (pty != null) {
      pty.close();
    }
    await(vertx.close());
  }

  private ModemRoute start(String simPin, Map<String, String> keys) throws Exception {
    if (modem == null) {
      modem = ModemEmulator.open(pty.modemSide(), simPin);
    }
    Map<String, String> all = new HashMap<>(Map.of("type", "modem", "device", pty.routeSide(),
        "messagesPerMinute", "600", "checkEveryMs", "300", "readTimeoutMs", "1500", "reopenMaxMs", "500"));
    all.putAll(keys);
    route = (ModemRoute) new ModemChannelType().create(new RouteSettings("gsm", all),
        new ChannelContext(vertx, null, new PhoneNumbers("TG"), "secret", () -> ""));
    route.mount(null, inbound);
    await(route.start());
    return route;
  }

  @Test
  void sendsGsm7Ucs2AndTwoPartsThatTheModemDecodes() throws Exception {
    start(null, Map.of());
    List<EmulatedSim.Sent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    modem.onSent(heard::add);
    assertThat(route.status().getString("state")).isEqualTo("ready");
    assertThat(route.status().getInteger("signal")).isEqualTo(18);
    assertThat(modem.commands()).startsWith("AT", "ATE0", "AT+CMEE=1", "AT+CPIN?", "AT+CSQ", "AT+CMGF=0", ModemStartup.CNMI);

    String gsm = "Offre: soudeur à Lomé [réf 12] 5000 €";
    String ucs2 = "Reçu, à bientôt «Jobline»";
    String longText = "Offre 42: ".repeat(20);
    SendOutcome a = send(gsm);
    SendOutcome b = send(ucs2);
    SendOutcome c = send(longText);

    List<EmulatedSim.Sent> sent = modem.sent();
    assertThat(modem.problems()).isEmpty();
    assertThat(sent).hasSize(4);
    assertThat(heard).isEqualTo(sent);
    assertThat(sent.get(0).submit().userData()).isEqualTo(new org.jobline.aggregator.modem.UserData(false, gsm, null));
    assertThat(sent.get(1).submit().userData().ucs2()).isTrue();
    assertThat(sent.get(1).submit().userData().text()).isEqualTo(ucs2);
    assertThat(sent.get(2).submit().userData().concat()).isNotNull();
    assertThat(sent.get(2).submit().userData().text() + sent.get(3).submit().userData().text()).isEqualTo(longText);
    assertThat(sent).allMatch(s -> s.submit().to().equals(PHONE));
    assertThat(List.of(sent.get(0), sent.get(1), sent.get(3))).allMatch(s -> s.submit().statusReport());
    assertThat(sent.get(2).submit().statusReport()).isFalse();

    assertThat(a).isEqualTo(new SendOutcome.Accepted(ProviderIds.sent("gsm", sent.get(0).mr(), PHONE), "CMGS " + sent.get(0).mr()));
    assertThat(b).isInstanceOf(SendOutcome.Accepted.class);
    String longId = ((SendOutcome.Accepted) c).providerId();
    assertThat(longId).isEqualTo(ProviderIds.sent("gsm", sent.get(3).mr(), PHONE)).doesNotContain("90112233");

    modem.report(sent.get(3).mr(), PHONE, 0x00);
    modem.report(sent.get(0).mr(), PHONE, 0x45);
    waitFor(() -> inbound.calls.size() == 2);
    assertThat(inbound.calls).containsExactly(
        new Inbound.DeliveryReport("gsm", longId, DeliveryStatus.DELIVERED, "TP-ST 00", null, false, 0),
        new Inbound.DeliveryReport("gsm", ((SendOutcome.Accepted) a).providerId(), DeliveryStatus.FAILED, "TP-ST 45",
            "TP-ST 45", false, 0));
  }

  @Test
  void cmsErrorsBecomeTransientOrPermanent() throws Exception {
    start(null, Map.of());
    modem.failSendsWith(1); // RP cause 1: unassigned number
    assertThat(send("x")).isEqualTo(new SendOutcome.Permanent("+CMS ERROR: 1", false));
    modem.failSendsWith(331); // no network service: the breaker's business
    assertThat(send("x")).isEqualTo(SendOutcome.connectionFailed("+CMS ERROR: 331"));
    modem.failSendsWith(42); // congestion
    assertThat(send("x")).isEqualTo(new SendOutcome.Transient("+CMS ERROR: 42", false));
  }

  @Test
  void aPduWithoutAnAnswerIsUnconfirmedAndItsStatusReportNamesThePhone() throws Exception {
    start(null, Map.of("sendTimeoutMs", "1500"));
    modem.onSent(s -> modem.dead(true)); // takes the PDU (it may go out), then never answers +CMGS
    SendOutcome o = send("sans réponse");
    assertThat(o).as("maybe sent: not a retry (issue 25)").isInstanceOf(SendOutcome.Unknown.class);
    assertThat(((SendOutcome.Unknown) o).reason()).contains("AT+CMGS").contains("after the PDU was written");
    assertThat(modem.sent()).extracting(s -> s.submit().userData().text()).containsExactly("sans réponse");

    modem.onSent(s -> { });
    modem.dead(false); // the route resets the silent modem, as before
    waitFor(() -> "ready".equals(route.status().getString("state")));
    modem.report(modem.sent().get(0).mr(), PHONE, 0x00);
    waitFor(() -> inbound.raw.stream().anyMatch(r -> r instanceof Inbound.DeliveryReport));
    Inbound.DeliveryReport report = (Inbound.DeliveryReport) inbound.raw.stream()
        .filter(r -> r instanceof Inbound.DeliveryReport).findFirst().orElseThrow();
    assertThat(report.phone()).as("what lets the core confirm the unconfirmed message").isEqualTo(PHONE);
    assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void aModemSilentBeforeThePromptSentNothing() throws Exception {
    start(null, Map.of());
    modem.dead(true); // AT+CMGS gets no prompt: no PDU was written
    SendOutcome o = send("jamais parti");
    assertThat(o).isInstanceOf(SendOutcome.Transient.class)
        .matches(t -> ((SendOutcome.Transient) t).connection(), "a connection failure: safe to send again");
    assertThat(modem.sent()).isEmpty();
  }

  @Test
  void readsAnnouncedTextsStoredTextsAndConcatenatedOnesThenDeletesThem() throws Exception {
    start(null, Map.of());
    String longText = "Bonjour, je cherche un emploi de maçon à Kara. ".repeat(4);
    modem.receive("+22870998877", longText);
    modem.receive(PHONE, "OFFRES");
    waitFor(() -> inbound.calls.size() == 2);
    assertThat(inbound.calls).extracting(c -> ((Inbound.IncomingSms) c).text()).containsExactlyInAnyOrder(longText, "OFFRES");
    Inbound.IncomingSms offres = (Inbound.IncomingSms) inbound.calls.stream()
        .filter(c -> ((Inbound.IncomingSms) c).text().equals("OFFRES")).findFirst().orElseThrow();
    assertThat(offres.phone()).isEqualTo(PHONE);
    assertThat(offres.route()).isEqualTo("gsm");
    assertThat(offres.providerId()).startsWith("gsm-in-");
    waitFor(() -> modem.storedCount() == 0);
  }

  @Test
  void textsLeftOnTheSimAreReadAtStart() throws Exception {
    modem = ModemEmulator.open(pty.modemSide(), null);
    modem.storeQuietly(PHONE, "AIDE");
    modem.storeQuietly("+22870998877", "Je cherche un emploi de chauffeur à Sokodé. ".repeat(5));
    start(null, Map.of("checkEveryMs", "600000")); // no idle poll: only the start-up read can find them
    waitFor(() -> inbound.calls.size() == 2);
    assertThat(inbound.calls).extracting(c -> ((Inbound.IncomingSms) c).text())
        .containsExactlyInAnyOrder("AIDE", "Je cherche un emploi de chauffeur à Sokodé. ".repeat(5));
    waitFor(() -> modem.storedCount() == 0);
  }

  @Test
  void aDeadModemIsReopenedAndNothingIsLost() throws Exception {
    start(null, Map.of());
    modem.dead(true);
    waitFor(() -> !"ready".equals(route.status().getString("state")));
    assertThat(route.status().getString("state")).isIn("down", "connecting");
    assertThat(send("pendant la panne")).isInstanceOf(SendOutcome.Transient.class)
        .matches(o -> ((SendOutcome.Transient) o).connection(), "a connection failure, for the breaker");
    assertThat(await(route.reachable())).isFalse();
    modem.storeQuietly(PHONE, "INSCRIPTION");
    modem.dead(false);
    waitFor(() -> "ready".equals(route.status().getString("state")));
    assertThat(send("après la panne")).isInstanceOf(SendOutcome.Accepted.class);
    waitFor(() -> inbound.calls.size() == 1);
    assertThat(((Inbound.IncomingSms) inbound.calls.get(0)).text()).isEqualTo("INSCRIPTION");
    assertThat(modem.sent()).extracting(s -> s.submit().userData().text()).containsExactly("après la panne");
  }

  @Test
  void aSimWithAPinIsUnlockedAndAMissingPinStopsTheStart() throws Exception {
    start("1234", Map.of("pin", "1234"));
    assertThat(route.status().getString("state")).isEqualTo("ready");
    assertThat(modem.commands()).contains("AT+CPIN=\"1234\"");
    await(route.close());
    modem.close();
    route = null;
    modem = null;
    assertThatThrownBy(() -> start("1234", Map.of())).hasMessageContaining("PIN");
    assertThat(route.status().getString("state")).isEqualTo("refused");
  }

  @Test
  void settingsAreChecked() {
    ChannelContext ctx = new ChannelContext(vertx, null, new PhoneNumbers("TG"), "s", () -> "");
    assertThatThrownBy(() -> new ModemChannelType().create(new RouteSettings("gsm", Map.of("type", "modem")), ctx))
        .hasMessageContaining("routes.gsm.device");
    assertThatThrownBy(() -> new ModemChannelType().create(new RouteSettings("gsm", Map.of("type", "modem",
        "device", "/dev/ttyUSB2", "pin", "12")), ctx)).hasMessageContaining("routes.gsm.pin");
    assertThatThrownBy(() -> new ModemChannelType().create(new RouteSettings("gsm", Map.of("type", "modem",
        "device", "/dev/ttyUSB2", "speed", "9600")), ctx)).hasMessageContaining("routes.gsm.speed");
    ModemRoute r = (ModemRoute) new ModemChannelType().create(new RouteSettings("gsm", Map.of("type", "modem",
        "device", "/dev/ttyUSB2")), ctx);
    assertThat(r.acceptsBulk()).isFalse();
    assertThat(r.messagesPerMinute()).isEqualTo(ModemSettings.DEFAULT_PER_MINUTE);
    assertThat(r.maxRecipients()).isEqualTo(1);
  }

  private SendOutcome send(String text) throws Exception {
    List<SendOutcome> out = await(route.send(text, List.of(new Recipient(1, PHONE))));
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waited 20 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
