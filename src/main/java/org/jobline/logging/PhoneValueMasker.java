package org.jobline.logging;

import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.ValueMasker;
import org.jobline.phone.PhoneNumbers;

/**
 * JSON logs (LOG_FORMAT=json): every string value (message, stack trace, MDC) masked as in the plain
 * format; not the timestamp, whose digits would look like a number.
 */
public final class PhoneValueMasker implements ValueMasker {
  @Override
  public Object mask(JsonStreamContext context, Object value) {
    if (value instanceof CharSequence text && !"@timestamp".equals(context.getCurrentName())) {
      String original = text.toString();
      String masked = PhoneNumbers.maskAll(original);
      return masked.equals(original) ? null : masked;
    }
    return null;
  }
}
