package org.jobline.simulator.modem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jobline.aggregator.modem.SmsSubmit;
import org.jobline.aggregator.modem.StatusReport;

/**
 * The emulated modem's command interpreter and SIM: echo until {@code ATE0}, PIN state, PDU mode,
 * {@code AT+CMGS} (prompt, PDU, Ctrl-Z) with its checks, and the SIM store read by {@code AT+CMGR},
 * {@code AT+CMGL=4}, emptied by {@code AT+CMGD}. Fed one character at a time by the emulator's reader.
 */
public final class EmulatedSim {
  /** One SMS-SUBMIT received: its reference ({@code +CMGS}), the hex, and what it decodes to. */
  public record Sent(int mr, String hex, SmsSubmit submit) {}

  private final String pin;
  private final Consumer<String> out;
  private final StringBuilder input = new StringBuilder();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final Map<Integer, String> stored = Collections.synchronizedMap(new TreeMap<>());
  private boolean echo = true;
  private boolean unlocked;
  private int pduLength = -1;
  private int mr;
  private int concatRef = 100;
  private volatile int failWith;
  private volatile Consumer<Sent> listener = s -> {};

  EmulatedSim(String pin, Consumer<String> out) {
    this.pin = pin;
    this.out = out;
    this.unlocked = pin == null;
  }

  void accept(char c) {
    if (pduLength >= 0) {
      if (c == 0x1A) {
        submitted(input.toString().trim());
        input.setLength(0);
      } else if (c == 0x1B) {
        pduLength = -1;
        input.setLength(0);
        out.accept("\r\nOK\r\n");
      } else {
        input.append(c);
      }
      return;
    }
    if (c == '\r') {
      String cmd = input.toString().trim();
      input.setLength(0);
      if (!cmd.isEmpty()) {
        command(cmd);
      }
    } else if (c != '\n') {
      input.append(c);
    }
  }

  void forgetInput() {
    input.setLength(0);
    pduLength = -1;
  }

  private void command(String cmd) {
    commands.add(cmd);
    if (echo) {
      out.accept(cmd + "\r");
    }
    String u = cmd.toUpperCase();
    if (u.equals("ATE0")) {
      echo = false;
      ok();
    } else if (u.equals("AT") || u.equals("AT+CMEE=1") || u.equals("AT+CMGF=0") || u.startsWith("AT+CNMI=")) {
      ok();
    } else if (u.equals("AT+CPIN?")) {
      reply("+CPIN: " + (unlocked ? "READY" : "SIM PIN"));
    } else if (u.startsWith("AT+CPIN=")) {
      unlocked = unlocked || cmd.substring(8).replace("\"", "").equals(pin);
      out.accept(unlocked ? "\r\nOK\r\n" : "\r\n+CME ERROR: 16\r\n");
    } else if (u.equals("AT+CSQ")) {
      reply("+CSQ: 18,99");
    } else if (u.startsWith("AT+CMGS=") && unlocked) {
      pduLength = Integer.parseInt(cmd.substring(8).trim());
      out.accept("\r\n> ");
    } else if (u.startsWith("AT+CMGR=")) {
      String pdu = stored.get(Integer.parseInt(cmd.substring(8).trim()));
      out.accept(pdu == null ? "\r\n+CMS ERROR: 321\r\n" : "\r\n+CMGR: 0,," + StatusReport.tpduLength(pdu) + "\r\n" + pdu + "\r\n\r\nOK\r\n");
    } else if (u.equals("AT+CMGL=4")) {
      StringBuilder sb = new StringBuilder();
      synchronized (stored) {
        stored.forEach((i, pdu) -> sb.append("\r\n+CMGL: ").append(i).append(",0,,").append(StatusReport.tpduLength(pdu))
            .append("\r\n").append(pdu));
      }
      out.accept(sb + "\r\n\r\nOK\r\n");
    } else if (u.startsWith("AT+CMGD=")) {
      stored.remove(Integer.parseInt(cmd.substring(8).trim()));
      ok();
    } else {
      out.accept("\r\nERROR\r\n");
    }
  }

  private void submitted(String hex) {
    int announced = pduLength;
    pduLength = -1;
    if (failWith > 0) {
      out.accept("\r\n+CMS ERROR: " + failWith + "\r\n");
      return;
    }
    try {
      if (!hex.startsWith("00")) {
        problems.add("PDU without the 00 SMSC prefix: " + hex);
      }
      if (hex.length() / 2 - 1 != announced) {
        problems.add("AT+CMGS=" + announced + " but the TPDU has " + (hex.length() / 2 - 1) + " octets");
      }
      SmsSubmit submit = SmsSubmit.decode(hex, announced);
      int ref = mr++ & 0xFF;
      Sent got = new Sent(ref, hex, submit);
      sent.add(got);
      listener.accept(got);
      out.accept("\r\n+CMGS: " + ref + "\r\n\r\nOK\r\n");
    } catch (RuntimeException e) {
      problems.add("undecodable PDU " + hex + ": " + e.getMessage());
      out.accept("\r\n+CMS ERROR: 304\r\n");
    }
  }

  private void reply(String line) {
    out.accept("\r\n" + line + "\r\n\r\nOK\r\n");
  }

  private void ok() {
    out.accept("\r\nOK\r\n");
  }

  synchronized int store(String pdu) {
    int index = 1;
    while (stored.containsKey(index)) {
      index++;
    }
    stored.put(index, pdu);
    return index;
  }

  synchronized int nextConcatRef() {
    return concatRef++ & 0xFF;
  }

  void onSent(Consumer<Sent> listener) {
    this.listener = listener;
  }

  void failSendsWith(int code) {
    failWith = code;
  }

  int storedCount() {
    return stored.size();
  }

  List<Sent> sent() {
    return new ArrayList<>(sent);
  }

  List<String> problems() {
    return new ArrayList<>(problems);
  }

  List<String> commands() {
    return new ArrayList<>(commands);
  }
}
