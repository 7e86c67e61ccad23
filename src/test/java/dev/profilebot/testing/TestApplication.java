package dev.profilebot.testing;

import dev.profilebot.Application;
import dev.profilebot.config.BotConfig;
import dev.profilebot.config.ConfigLoader;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * One application over the test copy of the profile, started once per test JVM: loading the
 * embedding model and indexing take a second or two, and the index is read-only.
 */
public final class TestApplication {

    private static Application shared;
    private static final PrometheusMeterRegistry METRICS = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private TestApplication() {}

    /** The settings tests run with: the test profile, the repository's prompts, no answer cache. */
    public static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PROFILE_DATA_DIR", TestProfiles.folder().toString());
        env.put("PROMPTS_DIR", "prompts");
        env.put("ANSWER_CACHE_SIZE", "0");
        env.put("QUESTION_LOG", "off");
        return env;
    }

    /**
     * An application of its own over one document written to the folder, with the test settings
     * and the pronouns given: for tests of one résumé's shape.
     */
    public static Application over(java.nio.file.Path folder, String fileName, String text, String pronouns)
            throws java.io.IOException {
        return over(folder, fileName, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), pronouns);
    }

    /** An application of its own over one binary document (a PDF, a Word file) written to the folder. */
    public static Application over(java.nio.file.Path folder, String fileName, byte[] bytes, String pronouns)
            throws java.io.IOException {
        java.nio.file.Files.write(folder.resolve(fileName), bytes);
        Map<String, String> env = new HashMap<>(environment());
        env.put("PROFILE_DATA_DIR", folder.toString());
        env.put("PROFILE_PRONOUNS", pronouns);
        return Application.start(
                ConfigLoader.load(env), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    public static BotConfig config() {
        return ConfigLoader.load(environment());
    }

    /** The registry the shared application reports to. */
    public static PrometheusMeterRegistry metrics() {
        get();
        return METRICS;
    }

    public static synchronized Application get() {
        if (shared == null) {
            shared = Application.start(config(), METRICS);
        }
        return shared;
    }
}
