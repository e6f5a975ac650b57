package org.jobline.aggregator.modem;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One open serial line to a modem, used by one thread only: AT commands and their final result
 * ({@code OK}, {@code ERROR}, {@code +CMS ERROR}, {@code +CME ERROR}), the {@code > } prompt of
 * {@code AT+CMGS}, and the unsolicited lines ({@code +CMTI}, {@code +CDS} with its PDU) kept aside.
 */
final class AtLink implements AutoCloseable {
  /** A command's lines before its final result, and that result. */
  record Reply(List<String> lines, String result) {
    boolean ok() {
      return result.equals("OK");
    }

    /** The n of {@code +CMS ERROR: n} / {@code +CME ERROR: n}, or -1. */
    int errorCode() {
      int colon = result.indexOf(':');
      try {
        return colon < 0 ? -1 : Integer.parseInt(result.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }

  /** The modem did not answer in time: the route resets it. */
  static final class Silent extends IOException {
    Silent(String what) {
      super("modem silent after " + what);
    }
  }

  /**
   * The PDU and its Ctrl-Z were written, then no final answer came (silent modem, device gone): the
   * modem may have sent the SMS. The route resets the modem as for any silence; the message waits
   * unconfirmed for its status report instead of going again (issue 25).
   */
  static final class MaybeSent extends IOException {
    MaybeSent(IOException cause) {
      super(cause.getMessage() + " after the PDU was written", cause);
    }
  }

  private final SerialPort port;
  private final byte[] buf = new byte[512];
  private final StringBuilder partial = new StringBuilder();
  private final Deque<String> lines = new ArrayDeque<>();
  private final Deque<String> unsolicited = new ArrayDeque<>();

  private AtLink(SerialPort port) {
    this.port = port;
  }

  static AtLink open(String device, int baud) throws IOException {
    SerialPort p = SerialPort.getCommPort(device);
    p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
    if (!p.openPort()) {
      throw new IOException("cannot open " + device + " (missing, busy, or no permission: the dialout group)");
    }
    return new AtLink(p);
  }

  Reply command(String cmd, long timeoutMs) throws IOException {
    write(cmd + "\r");
    return finish(cmd, timeoutMs);
  }

  /**
   * Sends {@code AT+CMGS=<n>}, waits for the prompt, writes the PDU and Ctrl-Z. Throws {@link Silent}
   * when no prompt came (nothing sent), {@link MaybeSent} when no final answer came after the PDU.
   */
  Reply submit(SmsSubmit.Encoded pdu, long promptMs, long sendMs) throws IOException {
    write("AT+CMGS=" + pdu.tpduLength() + "\r");
    long deadline = System.currentTimeMillis() + promptMs;
    while (true) {
      String line = line(deadline);
      if (line == null) {
        throw new Silent("AT+CMGS (no prompt)");
      }
      if (line.startsWith(">")) {
        break;
      }
      if (isFinal(line)) {
        return new Reply(List.of(), line);
      }
      keep(line, deadline);
    }
    write(pdu.hex() + "\u001A"); // a failed or short write leaves no Ctrl-Z: the modem sends nothing
    try {
      return finish("AT+CMGS", sendMs);
    } catch (IOException e) {
      throw new MaybeSent(e);
    }
  }

  private Reply finish(String what, long timeoutMs) throws IOException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    List<String> got = new ArrayList<>();
    while (true) {
      String line = line(deadline);
      if (line == null) {
        throw new Silent(what);
      }
      if (isFinal(line)) {
        return new Reply(got, line);
      }
      if (!keep(line, deadline)) {
        got.add(line);
      }
    }
  }

  /** An unsolicited line read while idle, or null after {@code waitMs}. */
  String unsolicited(long waitMs) throws IOException {
    if (!unsolicited.isEmpty()) {
      return unsolicited.poll();
    }
    long deadline = System.currentTimeMillis() + waitMs;
    String line = line(deadline);
    if (line != null && !keep(line, deadline + 2000)) {
      return null; // a stray line (an echo, a late answer): nothing to do
    }
    return unsolicited.poll();
  }

  /** Keeps an unsolicited line (with the PDU line after {@code +CDS:}); false when it is not one. */
  private boolean keep(String line, long deadline) throws IOException {
    if (line.startsWith("+CDS:")) {
      String pdu = line(Math.max(deadline, System.currentTimeMillis() + 2000));
      unsolicited.add(line + "\n" + (pdu == null ? "" : pdu));
      return true;
    }
    if (line.startsWith("+CMTI:") || line.startsWith("+CDSI:")) {
      unsolicited.add(line);
      return true;
    }
    return line.equals("RING") || line.startsWith("^") || line.startsWith("+CREG:");
  }

  private static boolean isFinal(String line) {
    return line.equals("OK") || line.equals("ERROR") || line.startsWith("+CMS ERROR") || line.startsWith("+CME ERROR");
  }

  /** The next non-empty line, or the prompt "> ", or null at the deadline. */
  private String line(long deadline) throws IOException {
    while (lines.isEmpty()) {
      if (partial.length() > 0 && partial.charAt(0) == '>') {
        partial.setLength(0);
        return ">";
      }
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return null;
      }
      int n = port.readBytes(buf, buf.length);
      if (n < 0) {
        throw new IOException("serial device gone");
      }
      for (int i = 0; i < n; i++) {
        char c = (char) (buf[i] & 0xFF);
        if (c == '\r' || c == '\n') {
          if (partial.length() > 0) {
            lines.add(partial.toString().trim());
            partial.setLength(0);
          }
        } else {
          partial.append(c);
        }
      }
    }
    return lines.poll();
  }

  private void write(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    if (port.writeBytes(b, b.length) != b.length) {
      throw new IOException("serial write failed");
    }
  }

  @Override
  public void close() {
    port.closePort();
  }
}
