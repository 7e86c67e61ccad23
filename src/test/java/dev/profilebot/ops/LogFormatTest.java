package dev.profilebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The product's logging configuration: readable lines by default, JSON lines with LOG_FORMAT=json. */
class LogFormatTest {

    @Test
    void should_write_one_json_object_a_line_with_log_format_json() throws Exception {
        String logged = logWith("json");

        JsonNode line = new ObjectMapper()
                .readTree(logged.lines()
                        .filter(l -> l.contains("reload"))
                        .findFirst()
                        .orElseThrow());
        assertThat(line.get("message").asText()).isEqualTo("Profile reloaded in 5 ms: 7 passages");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger_name").asText()).isEqualTo("dev.profilebot.Application");
    }

    @Test
    void should_write_readable_lines_by_default() throws Exception {
        String logged = logWith("text");

        assertThat(logged).contains("INFO  Application - Profile reloaded in 5 ms: 7 passages");
    }

    private static String logWith(String format) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        URL testConfig = LogFormatTest.class.getResource("/logback-test.xml");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            configure(context, Path.of("src/main/resources/logback.xml").toUri().toURL(), format);
            LoggerFactory.getLogger("dev.profilebot.Application").info("Profile reloaded in {} ms: {} passages", 5, 7);
        } finally {
            System.setErr(err);
            configure(context, testConfig, "text");
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static void configure(LoggerContext context, URL config, String format) throws Exception {
        context.reset();
        context.putProperty("LOG_FORMAT", format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
    }
}
