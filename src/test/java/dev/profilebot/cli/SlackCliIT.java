package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.FakeSlack;
import dev.profilebot.testing.LogCapture;
import dev.profilebot.testing.TestApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting the Slack bot from the command line when Slack says no, or the settings are wrong. */
class SlackCliIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_stop_with_one_line_when_slack_refuses_the_bot_token() throws Exception {
        try (FakeSlack slack = new FakeSlack();
                LogCapture logs = new LogCapture()) {
            int status = run(Map.of(
                    "SLACK_BOT_TOKEN",
                    "xoxb-a-wrong-token",
                    "SLACK_APP_TOKEN",
                    FakeSlack.APP_TOKEN,
                    "SLACK_API_BASE_URL",
                    slack.apiBaseUrl()));

            assertThat(status).isEqualTo(ServeCommand.EXIT_DISCORD_UNAVAILABLE);
            assertThat(stderr().strip())
                    .isEqualTo("profile-bot: Slack refused the bot token (SLACK_BOT_TOKEN or SLACK_BOT_TOKEN_FILE):"
                            + " invalid_auth. Check it under OAuth & Permissions in the app's settings.");
            assertThat(logs.text() + stderr()).doesNotContain("xoxb-a-wrong-token");
        }
    }

    @Test
    void should_stop_with_one_line_when_slack_refuses_the_app_token() throws Exception {
        try (FakeSlack slack = new FakeSlack();
                LogCapture logs = new LogCapture()) {
            int status = run(Map.of(
                    "SLACK_BOT_TOKEN",
                    FakeSlack.BOT_TOKEN,
                    "SLACK_APP_TOKEN",
                    "xapp-a-wrong-token",
                    "SLACK_API_BASE_URL",
                    slack.apiBaseUrl()));

            assertThat(status).isEqualTo(ServeCommand.EXIT_DISCORD_UNAVAILABLE);
            assertThat(stderr())
                    .startsWith("profile-bot: Slack refused the app-level token")
                    .contains("invalid_auth");
            assertThat(logs.text() + stderr()).doesNotContain("xapp-a-wrong-token");
        }
    }

    @Test
    void should_refuse_one_token_without_the_other_and_a_token_of_the_wrong_kind() {
        assertThat(run(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(stderr()).contains("Slack needs both tokens");
        err.reset();

        assertThat(run(Map.of("SLACK_BOT_TOKEN", "xapp-1", "SLACK_APP_TOKEN", "xapp-2")))
                .isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(stderr())
                .contains("SLACK_BOT_TOKEN must be the bot token, which starts with xoxb-")
                .doesNotContain("xapp-1");
    }

    private int run(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.putAll(variables);
        return Cli.run(
                new String[] {"serve"},
                env,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                (config, metrics) -> TestApplication.get());
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
