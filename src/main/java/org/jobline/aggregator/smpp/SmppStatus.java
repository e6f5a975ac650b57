package org.jobline.aggregator.smpp;

import java.util.Map;
import org.jobline.aggregator.SendOutcome;

/**
 * The submit_sm_resp command statuses Jobline tells apart, as a table: "slow down" (the route
 * backs off and the message is retried), other passing troubles (retried), a link that is not
 * bound (retried, feeds the breaker); every status not listed fails the message for good.
 */
final class SmppStatus {
  /** What a status means for the message and the route. */
  enum Kind { SLOW_DOWN, RETRY, LINK, PERMANENT }

  record Meaning(String name, Kind kind) {}

  static final int ESME_RTHROTTLED = 0x58;
  static final int ESME_RMSGQFUL = 0x14;
  static final int ESME_RINVDSTADR = 0x0B;

  private static final Map<Integer, Meaning> TABLE = Map.ofEntries(
      Map.entry(ESME_RTHROTTLED, new Meaning("ESME_RTHROTTLED", Kind.SLOW_DOWN)),
      Map.entry(ESME_RMSGQFUL, new Meaning("ESME_RMSGQFUL", Kind.SLOW_DOWN)),
      Map.entry(0x08, new Meaning("ESME_RSYSERR", Kind.RETRY)),
      Map.entry(0x45, new Meaning("ESME_RSUBMITFAIL", Kind.RETRY)),
      Map.entry(0x64, new Meaning("ESME_RX_T_APPN", Kind.RETRY)),
      Map.entry(0xFE, new Meaning("ESME_RDELIVERYFAILURE", Kind.RETRY)),
      Map.entry(0x04, new Meaning("ESME_RINVBNDSTS", Kind.LINK)),
      Map.entry(0x0D, new Meaning("ESME_RBINDFAIL", Kind.LINK)),
      Map.entry(0x0E, new Meaning("ESME_RINVPASWD", Kind.LINK)),
      Map.entry(0x0F, new Meaning("ESME_RINVSYSID", Kind.LINK)),
      Map.entry(ESME_RINVDSTADR, new Meaning("ESME_RINVDSTADR", Kind.PERMANENT)),
      Map.entry(0x0A, new Meaning("ESME_RINVSRCADR", Kind.PERMANENT)),
      Map.entry(0x01, new Meaning("ESME_RINVMSGLEN", Kind.PERMANENT)),
      Map.entry(0x43, new Meaning("ESME_RINVESMCLASS", Kind.PERMANENT)),
      Map.entry(0x48, new Meaning("ESME_RINVSRCTON", Kind.PERMANENT)),
      Map.entry(0x49, new Meaning("ESME_RINVSRCNPI", Kind.PERMANENT)),
      Map.entry(0x50, new Meaning("ESME_RINVDSTTON", Kind.PERMANENT)),
      Map.entry(0x51, new Meaning("ESME_RINVDSTNPI", Kind.PERMANENT)),
      Map.entry(0x66, new Meaning("ESME_RX_R_APPN", Kind.PERMANENT)));

  private SmppStatus() {}

  static Meaning meaning(int status) {
    Meaning m = TABLE.get(status);
    return m != null ? m : new Meaning(String.format("0x%08X", status), Kind.PERMANENT);
  }

  /** The outcome of a refused submit_sm. */
  static SendOutcome outcome(int status) {
    Meaning m = meaning(status);
    return switch (m.kind()) {
      case SLOW_DOWN, RETRY -> new SendOutcome.Transient("SMSC answered " + m.name(), false);
      case LINK -> SendOutcome.connectionFailed("SMSC answered " + m.name());
      case PERMANENT -> new SendOutcome.Permanent("SMSC refused: " + m.name(), false);
    };
  }
}
