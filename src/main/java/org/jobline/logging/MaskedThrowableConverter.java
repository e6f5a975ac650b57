package org.jobline.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.jobline.phone.PhoneNumbers;

/** Logback {@code %ex} that masks phone numbers in exception messages too. */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return PhoneNumbers.maskAll(super.throwableProxyToString(tp));
  }
}
