package org.jobline.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;

/**
 * Picks the log appender from LOG_FORMAT (logback property, system property or environment):
 * "json" gives one JSON object per line, anything else or nothing the plain text lines.
 */
public final class LogFormat extends PropertyDefinerBase {
  static final String KEY = "LOG_FORMAT";

  @Override
  public String getPropertyValue() {
    String format = getContext() == null ? null : getContext().getProperty(KEY);
    if (format == null) {
      format = System.getProperty(KEY, System.getenv(KEY));
    }
    if (format == null || format.isBlank() || format.equalsIgnoreCase("plain")) {
      return "STDOUT";
    }
    if (format.toLowerCase(Locale.ROOT).equals("json")) {
      return "JSON";
    }
    addWarn("LOG_FORMAT=" + format + " is unknown (json or plain); using plain");
    return "STDOUT";
  }
}
