package dev.profilebot.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.profilebot.chat.DeliveryDeduplicator;
import dev.profilebot.chat.MessageSplitter;
import dev.profilebot.chat.QuestionPolicy;
import dev.profilebot.chat.UserRateLimiter;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.testing.TestApplication;
import io.github.bucket4j.TimeMeter;
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
        return new DiscordContext(
                TestApplication.get().newAnswerService(0, 100),
                new QuestionPolicy(
                        new UserRateLimiter(settings.rateLimitPerMinute(), TimeMeter.SYSTEM_NANOTIME),
                        settings.maxQuestionChars()),
                new DeliveryDeduplicator(Ticker.systemTicker()),
                new ConversationKeys(Ticker.systemTicker()),
                inFlight,
                new MessageSplitter(DiscordFormat.MESSAGE_LIMIT),
                settings,
                "Jonathan Hartley");
    }

    /** Waits for the answers under way: the pool is done afterwards. */
    static void finish(InFlight inFlight) {
        inFlight.drain(Duration.ofSeconds(10));
    }
}
