package org.jobline.ussd;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jobline.store.Store;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open vacancies, in memory for the menu: loaded at start, reloaded when a vacancy changes
 * (event bus {@link Vacancies#CHANGED_ADDRESS}) and every minute in case an event was missed.
 */
public final class OpenVacancies extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(OpenVacancies.class);
  static final long REFRESH_MS = 60_000;

  private final Store store;
  private volatile Snapshot snapshot = new Snapshot(List.of(), 0);
  private boolean loading;
  private boolean dirty;
  private long timer = -1;
  private MessageConsumer<Object> consumer;

  public OpenVacancies(Store store) {
    this.store = store;
  }

  /** An immutable view of the open vacancies at one moment, newest first. */
  public record Snapshot(List<Vacancy> open, Map<String, Vacancy> refs, long version) {
    Snapshot(List<Vacancy> open, long version) {
      this(List.copyOf(open), index(open), version);
    }

    private static Map<String, Vacancy> index(List<Vacancy> open) {
      Map<String, Vacancy> map = new HashMap<>();
      open.forEach(v -> map.put(v.ref().toUpperCase(Locale.ROOT), v));
      return Map.copyOf(map);
    }

    public Vacancy byRef(String ref) {
      return ref == null ? null : refs.get(ref.toUpperCase(Locale.ROOT));
    }

    public List<Vacancy> matching(String region, Collection<String> trades) {
      return matching(region, trades, false);
    }

    /** The same, with the vacancies abroad when the caller opted in to them. */
    public List<Vacancy> matching(String region, Collection<String> trades, boolean abroad) {
      return open.stream().filter(v -> Vacancies.matches(v, region, trades, abroad)).toList();
    }
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  @Override
  public Future<?> start() {
    consumer = vertx.eventBus().consumer(Vacancies.CHANGED_ADDRESS, m -> refresh());
    timer = vertx.setPeriodic(REFRESH_MS, t -> refresh());
    return load();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return consumer.unregister();
  }

  /** Reloads now, or once more after the load in progress when one is running. */
  void refresh() {
    if (loading) {
      dirty = true;
      return;
    }
    load().onFailure(e -> log.warn("cannot reload open vacancies: {}", e.getMessage()));
  }

  private Future<Snapshot> load() {
    loading = true;
    return store.read(Vacancies::allOpen).map(list -> {
      snapshot = new Snapshot(list, snapshot.version() + 1);
      return snapshot;
    }).onComplete(r -> {
      loading = false;
      if (dirty) {
        dirty = false;
        refresh();
      }
    });
  }
}
