package dev.profilebot.testing;

import dev.profilebot.Application;
import dev.profilebot.config.BotConfig;
import dev.profilebot.config.ConfigLoader;
import java.util.HashMap;
import java.util.Map;

/**
 * One application over the test copy of the profile, started once per test JVM: loading the
 * embedding model and indexing take a second or two, and the index is read-only.
 */
public final class TestApplication {

    private static Application shared;

    private TestApplication() {}

    /** The settings tests run with: the test profile, the repository's prompts, no answer cache. */
    public static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PROFILE_DATA_DIR", TestProfiles.folder().toString());
        env.put("PROMPTS_DIR", "prompts");
        env.put("ANSWER_CACHE_SIZE", "0");
        return env;
    }

    public static BotConfig config() {
        return ConfigLoader.load(environment());
    }

    public static synchronized Application get() {
        if (shared == null) {
            shared = Application.start(config());
        }
        return shared;
    }
}
