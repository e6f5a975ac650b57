package org.jobline.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml with LOG_FORMAT=json writes one JSON object per line, phone numbers masked. */
class JsonLoggingTest {
  @SuppressWarnings("unchecked")
  private static OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> rootAppender(String format) throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    if (format != null) {
      context.putProperty("LOG_FORMAT", format);
    }
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(JsonLoggingTest.class.getResource("/logback.xml"));
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var appenders = new java.util.ArrayList<String>();
    root.iteratorForAppenders().forEachRemaining(a -> appenders.add(a.getName()));
    assertThat(appenders).hasSize(1);
    return (OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender(appenders.get(0));
  }

  @Test
  void jsonLinesMaskNumbersInMessageAndStackTrace() throws Exception {
    var appender = rootAppender("json");
    assertThat(appender.getName()).isEqualTo("JSON");
    Encoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder = appender.getEncoder();
    LoggerContext context = (LoggerContext) appender.getContext();
    Logger logger = context.getLogger("org.jobline.Sample");
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
        "sent {} to {}", new IllegalStateException("rejected recipient +22890123456"),
        new Object[] {"K4821", "+22890123456"});
    event.setMDCPropertyMap(java.util.Map.of("caller", "+22890123456"));
    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

    assertThat(line).doesNotContain("90123456").endsWith("\n");
    assertThat(line.strip().lines()).hasSize(1);
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("message").asText()).isEqualTo("sent K4821 to +22890****56");
    assertThat(json.get("level").asText()).isEqualTo("WARN");
    assertThat(json.get("logger_name").asText()).isEqualTo("org.jobline.Sample");
    assertThat(json.get("@timestamp").asText()).endsWith("Z").doesNotContain("*")
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(json.get("caller").asText()).isEqualTo("+22890****56");
    assertThat(json.get("stack_trace").asText()).contains("rejected recipient +22890****56");
  }

  @Test
  void plainIsTheDefaultAndUnknownFormatsFallBackToIt() throws Exception {
    assertThat(rootAppender(null).getName()).isEqualTo("STDOUT");
    assertThat(rootAppender("plain").getName()).isEqualTo("STDOUT");
    assertThat(rootAppender("xml").getName()).isEqualTo("STDOUT");
    assertThat(rootAppender("JSON").getName()).isEqualTo("JSON");
  }
}
