package dev.profilebot.discord;

import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.testing.TestApplication;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Builds the listeners' shared context over the test profile, answering offline. */
final class ListenerTestSupport {

    private ListenerTestSupport() {}

    static DiscordContext context(Map<String, String> variables, InFlight inFlight) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("DISCORD_TOKEN", "test-token");
        env.putAll(variables);
        DiscordSettings settings = ConfigLoader.load(env).discord();
        return DiscordContext.create(
                settings,
                TestApplication.get().newAnswerService(0, 100),
                TestApplication.get().jobFit(),
                "Jonathan Hartley",
                inFlight,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                OwnerTools.NONE);
    }

    /** Waits for the answers under way: the pool is done afterwards. */
    static void finish(InFlight inFlight) {
        inFlight.drain(Duration.ofSeconds(10));
    }
}
