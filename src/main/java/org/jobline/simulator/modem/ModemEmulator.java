package org.jobline.simulator.modem;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jobline.aggregator.modem.SmsDeliver;
import org.jobline.aggregator.modem.StatusReport;
import org.jobline.aggregator.modem.UserData;

/**
 * A GSM modem on the far side of a pseudo-terminal, for tests and the simulator: answers the AT
 * commands of 3GPP TS 27.005 in PDU mode ({@link EmulatedSim} does the commands), records and checks
 * every SMS-SUBMIT it is sent, injects texts ({@code +CMTI}) and status reports ({@code +CDS}), and
 * can play dead (reads everything, answers nothing).
 */
public final class ModemEmulator implements AutoCloseable {
  /** The service centre the emulated SIM shows in the PDUs it stores. */
  static final String SMSC = "+22890000000";

  private final SerialPort port;
  private final EmulatedSim sim;
  private final Thread reader;
  private volatile boolean dead;
  private volatile boolean closing;

  private ModemEmulator(SerialPort port, String pin) {
    this.port = port;
    this.sim = new EmulatedSim(pin, this::write);
    this.reader = new Thread(this::readLoop, "modem-emulator");
    reader.setDaemon(true);
  }

  /** Opens the modem side of a pseudo-terminal; {@code pin} is the SIM's PIN, or null for none. */
  public static ModemEmulator open(String device, String pin) throws IOException {
    SerialPort p = SerialPort.getCommPort(device);
    p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
    if (!p.openPort()) {
      throw new IOException("emulator cannot open " + device);
    }
    ModemEmulator e = new ModemEmulator(p, pin);
    e.reader.start();
    return e;
  }

  /** Every SMS-SUBMIT received so far, decoded. */
  public List<EmulatedSim.Sent> sent() {
    return sim.sent();
  }

  /** What was wrong in the PDUs received (length, coding): empty when all were right. */
  public List<String> problems() {
    return sim.problems();
  }

  /** The AT commands received, in order (PDUs left out). */
  public List<String> commands() {
    return sim.commands();
  }

  /** Stores a text from {@code from} on the SIM (split into parts when long) and announces each part. */
  public void receive(String from, String text) {
    for (UserData part : UserData.split(text, sim.nextConcatRef())) {
      int index = sim.store(new SmsDeliver(from, "261202120000+0", part).encode(SMSC));
      write("\r\n+CMTI: \"SM\"," + index + "\r\n");
    }
  }

  /** Stores a text on the SIM without announcing it (as if it came while Jobline was stopped). */
  public void storeQuietly(String from, String text) {
    for (UserData part : UserData.split(text, sim.nextConcatRef())) {
      sim.store(new SmsDeliver(from, "261202120000+0", part).encode(SMSC));
    }
  }

  /** Sends {@code +CDS} for the message {@code +CMGS} numbered {@code mr}; status 0 delivered (TP-ST). */
  public void report(int mr, String recipient, int status) {
    String pdu = new StatusReport(mr, recipient, status).encode(SMSC, "261202120100+0");
    write("\r\n+CDS: " + StatusReport.tpduLength(pdu) + "\r\n" + pdu + "\r\n");
  }

  /**
   * Called on the emulator's thread with each SMS-SUBMIT it accepts (a simulator delivers the parts
   * to its phones' inboxes from here).
   */
  public void onSent(java.util.function.Consumer<EmulatedSim.Sent> listener) {
    sim.onSent(listener);
  }

  /** Makes the next sends answer {@code +CMS ERROR: code} (0 to stop). */
  public void failSendsWith(int code) {
    sim.failSendsWith(code);
  }

  /** A dead modem reads and ignores everything; alive again, it answers as before. */
  public void dead(boolean dead) {
    this.dead = dead;
  }

  public int storedCount() {
    return sim.storedCount();
  }

  private void readLoop() {
    byte[] buf = new byte[512];
    while (!closing) {
      int n = port.readBytes(buf, buf.length);
      if (n < 0) {
        return;
      }
      for (int i = 0; i < n && !dead; i++) {
        sim.accept((char) (buf[i] & 0xFF));
      }
      if (dead) {
        sim.forgetInput();
      }
    }
  }

  private synchronized void write(String s) {
    if (dead || closing) {
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    port.writeBytes(b, b.length);
  }

  @Override
  public void close() {
    closing = true;
    try {
      reader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    port.closePort();
  }
}
