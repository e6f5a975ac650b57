package org.jobline.core;

import io.vertx.core.Vertx;
import org.jobline.config.AppConfig;
import org.jobline.phone.PhoneNumbers;
import org.jobline.refdata.ReferenceData;
import org.jobline.store.Store;

/** What every feature is built from: handed down through constructors, never looked up. */
public record AppContext(Vertx vertx, AppConfig config, Store store, ReferenceData referenceData,
                         PhoneNumbers phoneNumbers, LocalPort localPort) {

  public AppContext(Vertx vertx, AppConfig config, Store store, ReferenceData referenceData, PhoneNumbers phoneNumbers) {
    this(vertx, config, store, referenceData, phoneNumbers, new LocalPort());
  }
}
