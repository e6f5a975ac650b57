package org.jobline.aggregator;

import io.vertx.core.Vertx;
import java.util.function.Supplier;
import org.jobline.config.AppConfig;
import org.jobline.phone.PhoneNumbers;

/**
 * What a route is built from: the shared Vert.x, the whole configuration (outbox timeouts, SMS
 * short code, mode), the phone-number normaliser, the callback secret every callback must carry
 * unless the route sets its own, and this gateway's own base URL (known once it listens: read it
 * at use, for routes that talk to the built-in simulator).
 */
public record ChannelContext(Vertx vertx, AppConfig config, PhoneNumbers phones, String callbackSecret,
                             Supplier<String> selfUrl) {}
