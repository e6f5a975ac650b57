package org.jobline.aggregator.smpp.testsmsc;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small SMSC for tests, the benchmark and the built-in simulator, on jsmpp's server classes. It
 * accepts binds (any, or one systemId/password), records every submit_sm it accepts, and can be
 * told to answer ESME_RTHROTTLED, refuse some numbers, answer slowly, drop the connection (also
 * right after recording a submit, so its response is lost), and send receipts and MO messages.
 */
public final class TestSmsc implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TestSmsc.class);

  /** How message ids are written: in submit_sm_resp, and in the receipt's {@code id:}. */
  public enum IdStyle { HEX, DECIMAL }

  final SmscBehaviour behaviour = new SmscBehaviour();
  final Map<String, SmscSubmit> records = new ConcurrentHashMap<>();
  final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
  final Map<SMPPServerSession, BindType> bindTypes = new ConcurrentHashMap<>();
  final ScheduledExecutorService workers;
  final java.util.Set<SMPPServerSession> dropping = ConcurrentHashMap.newKeySet();
  final AtomicInteger binds = new AtomicInteger();
  private final SMPPServerSessionListener listener;
  private final ServerSocket socket;
  private final Thread acceptor;
  private volatile boolean closed;

  private TestSmsc(int port, int processors) throws IOException {
    ServerSocket[] holder = new ServerSocket[1];
    this.listener = new SMPPServerSessionListener(port, new ServerConnectionFactory() {
      @Override
      public ServerConnection listen(int p) throws IOException {
        holder[0] = new ServerSocket(p, 50) {
          @Override
          public java.net.Socket accept() throws IOException {
            java.net.Socket s = super.accept();
            s.setTcpNoDelay(true); // answers leave at once, as an SMSC's do
            return s;
          }
        };
        return new ServerSocketConnection(holder[0]);
      }

      @Override
      public ServerConnection listen(int p, int timeout) throws IOException {
        return listen(p);
      }

      @Override
      public ServerConnection listen(int p, int timeout, int backlog) throws IOException {
        return listen(p);
      }
    });
    this.socket = holder[0];
    this.workers = Executors.newScheduledThreadPool(8, r -> {
      Thread t = new Thread(r, "testsmsc-worker");
      t.setDaemon(true);
      return t;
    });
    SmscHandler handler = new SmscHandler(this);
    listener.setMessageReceiverListener(handler);
    listener.setResponseDeliveryListener(handler);
    listener.setPduProcessorDegree(processors);
    listener.setQueueCapacity(100_000);
    listener.setSessionStateListener((newState, oldState, source) -> {
      if (newState == SessionState.CLOSED) {
        sessions.remove(source);
        bindTypes.remove(source);
      }
    });
    this.acceptor = new Thread(this::acceptLoop, "testsmsc-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on {@code port} (0: any free port) with enough PDU threads for a window of 128. */
  public static TestSmsc start(int port) throws IOException {
    return new TestSmsc(port, 160);
  }

  /** Listens with {@code processors} PDU threads per session (at least the client's window when answers are slow). */
  public static TestSmsc start(int port, int processors) throws IOException {
    return new TestSmsc(port, processors);
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** What it does with the next submits, binds, receipts. */
  public SmscBehaviour behaviour() {
    return behaviour;
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        SMPPServerSession s = listener.accept();
        workers.execute(() -> waitBind(s));
      } catch (IOException e) {
        if (!closed) {
          log.warn("test SMSC: accept failed: {}", e.toString());
        }
      }
    }
  }

  private void waitBind(SMPPServerSession s) {
    try {
      BindRequest bind = s.waitForBind(10_000);
      SmscBehaviour b = behaviour;
      if (b.systemId != null && (!b.systemId.equals(bind.getSystemId()) || !b.password.equals(bind.getPassword()))) {
        bind.reject(0x0E); // ESME_RINVPASWD
        return;
      }
      bind.accept("testsmsc", InterfaceVersion.IF_34);
      s.setEnquireLinkTimer(30_000);
      bindTypes.put(s, bind.getBindType());
      sessions.add(s);
      binds.incrementAndGet();
    } catch (Exception e) {
      log.info("test SMSC: no bind: {}", e.toString());
      s.close();
    }
  }

  /** Closes every session, as a lost link does (see {@link #drop}). */
  public void dropAll() {
    drop(List.copyOf(sessions));
  }

  /**
   * Closes {@code these}: submits arriving meanwhile are recorded but never answered (their
   * answers are lost), answers already written get 150 ms to reach the route first. Without that
   * wait, a close with unread data resets the connection and the route may lose answers the
   * record counts as delivered.
   */
  void drop(List<SMPPServerSession> these) {
    dropping.addAll(these);
    sleep(150);
    for (SMPPServerSession s : these) {
      s.close();
    }
    dropping.removeAll(these);
  }

  /** Every accepted submit_sm, in the order their ids were given. */
  public List<SmscSubmit> submits() {
    List<SmscSubmit> all = new ArrayList<>(records.values());
    all.sort(Comparator.comparingLong(r -> r.atMs()));
    return all;
  }

  /** How many submit_sm were recorded (cheaper than {@link #submits()}). */
  public int recorded() {
    return records.size();
  }

  /** How many binds were accepted since start. */
  public int binds() {
    return binds.get();
  }

  /** How many sessions are bound now. */
  public int boundSessions() {
    return sessions.size();
  }

  /**
   * Sends an SMS from {@code from} to {@code to} on a bound receiver (UDH parts when long); blocks
   * for the answers and returns the session id it went on.
   */
  public String sendMo(String from, String to, String text) throws Exception {
    return new SmscDeliverer(this).mo(from, to, text);
  }

  /** Sends one deliver_sm as given (raw codings, SAR TLVs...); blocks for its answer. */
  public String sendDeliverSm(String from, String to, int esmClass, int dataCoding, byte[] shortMessage,
                              org.jsmpp.bean.OptionalParameter... tlvs) throws Exception {
    return new SmscDeliverer(this).raw(from, to, esmClass, dataCoding, shortMessage, tlvs);
  }

  /**
   * Called (on a worker thread) with each whole message recorded: its destination, its text (UDH
   * parts joined), its data_coding and part count. The built-in simulator puts them in its phones.
   */
  public void onMessage(MessageListener listener) {
    behaviour.onMessage = listener;
  }

  /** A whole message the SMSC recorded. */
  public interface MessageListener {
    void message(String dest, String text, int dataCoding, int parts, String messageId);
  }

  /** Decides statuses by destination (null: accept); e.g. refuse a number with ESME_RINVDSTADR. */
  public void statusFor(Function<String, Integer> statusForDest) {
    behaviour.statusForDest = statusForDest;
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      log.debug("test SMSC close: {}", e.toString());
    }
    for (SMPPServerSession s : sessions) {
      s.unbindAndClose();
    }
    workers.shutdownNow();
    try {
      acceptor.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      TimeUnit.MILLISECONDS.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
