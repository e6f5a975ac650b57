package org.jobline.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The shipped logback.xml masks phone numbers in messages and in exceptions. */
class MaskedLoggingTest {
  private static final LoggerContext LOGBACK = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger logger = LOGBACK.getLogger("org.jobline.Sample");

  /** Formats an event with the layout of the STDOUT appender configured by logback.xml. */
  private static String format(LoggingEvent event) {
    Logger root = LOGBACK.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    OutputStreamAppender<?> stdout = (OutputStreamAppender<?>) root.getAppender("STDOUT");
    assertThat(stdout).as("logback.xml defines the STDOUT appender").isNotNull();
    return ((PatternLayoutEncoder) stdout.getEncoder()).getLayout().doLayout(event);
  }

  @Test
  void messageArgumentsAreMasked() {
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO,
        "sent {} to {}", null, new Object[] {"K4821", "+22890123456"});
    String line = format(event);
    assertThat(line).contains("sent K4821 to +22890****56").doesNotContain("+22890123456");
  }

  @Test
  void exceptionMessagesAreMasked() {
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
        "send failed", new IllegalStateException("rejected recipient +22890123456"), null);
    String line = format(event);
    assertThat(line).contains("rejected recipient +22890****56").doesNotContain("90123456");
  }

  @Test
  void numbersWithSpacesAreMaskedInMessagesAndExceptions() {
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
        "reply to {}", new IllegalStateException("rejected +228 90 12 34 56"), new Object[] {"90 00 00 00"});
    String line = format(event);
    assertThat(line).contains("reply to ****").contains("rejected +22890****56")
        .doesNotContain("90 00 00 00").doesNotContain("12 34 56");
  }

  @Test
  void converterMasksOnItsOwn() {
    MaskedMessageConverter converter = new MaskedMessageConverter();
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO,
        "sent to +22890123456", null, null);
    assertThat(converter.convert(event)).isEqualTo("sent to +22890****56");
  }
}
