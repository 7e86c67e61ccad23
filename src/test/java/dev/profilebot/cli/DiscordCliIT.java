package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.FakeDiscord;
import dev.profilebot.testing.LogCapture;
import dev.profilebot.testing.TestApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting the Discord bot from the command line when Discord says no or is not there. */
class DiscordCliIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_stop_with_one_line_when_discord_refuses_the_token() throws Exception {
        try (FakeDiscord discord = new FakeDiscord("the.right.token");
                LogCapture logs = new LogCapture()) {
            int status = run(Map.of("DISCORD_TOKEN", "a.wrong.token", "DISCORD_API_BASE_URL", discord.apiBaseUrl()));

            assertThat(logs.text()).doesNotContain("a.wrong.token", "the.right.token");
            assertThat(status).isEqualTo(DiscordCommand.EXIT_DISCORD_UNAVAILABLE);
            assertThat(stderr().strip())
                    .isEqualTo(
                            "profile-bot: Discord refused the token (DISCORD_TOKEN or DISCORD_TOKEN_FILE); check it in the Developer Portal");
            assertThat(stderr()).doesNotContain("a.wrong.token");
        }
    }

    @Test
    void should_stop_with_one_line_when_discord_cannot_be_reached() {
        int status = run(Map.of("DISCORD_TOKEN", "a.token", "DISCORD_API_BASE_URL", "http://127.0.0.1:1/api/v10/"));

        assertThat(status).isEqualTo(DiscordCommand.EXIT_DISCORD_UNAVAILABLE);
        assertThat(stderr().strip())
                .isEqualTo(
                        "profile-bot: Cannot reach Discord's API at http://127.0.0.1:1/api/v10/ (connection refused or host unreachable)");
    }

    @Test
    void should_say_what_to_set_when_asked_to_run_discord_without_a_token() {
        int status = Cli.run(new String[] {"discord"}, TestApplication.environment(), in(), print(out), print(err));

        assertThat(status).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(stderr()).contains("set DISCORD_TOKEN or DISCORD_TOKEN_FILE");
    }

    private int run(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.putAll(variables);
        return Cli.run(new String[0], env, in(), print(out), print(err), (config, metrics) -> TestApplication.get());
    }

    private static ByteArrayInputStream in() {
        return new ByteArrayInputStream(new byte[0]);
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
