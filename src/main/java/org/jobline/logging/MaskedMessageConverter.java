package org.jobline.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.jobline.phone.PhoneNumbers;

/** Logback {@code %msg} that masks phone numbers: logs never hold a full number. */
public final class MaskedMessageConverter extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return PhoneNumbers.maskAll(super.convert(event));
  }
}
