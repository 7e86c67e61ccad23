package dev.profilebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.testing.LogCapture;
import dev.profilebot.testing.TestApplication;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the profile folder while the bot runs: a new index is swapped in, or the old one kept. */
class LiveReloadIT {

    @TempDir
    Path profile;

    @Test
    void should_reload_changed_documents_embedding_only_what_changed_and_keep_the_index_when_a_document_breaks()
            throws Exception {
        Files.writeString(
                profile.resolve("cv.md"),
                "# Work\n\nBuilt payment systems in Java at Acme.\n\n" + "# Education\n\nStudied physics at Leeds.\n");
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("PROFILE_DATA_DIR", profile.toString());
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Application application = Application.start(ConfigLoader.load(env), metrics);
        assertThat(application.answers().answer("Where did she study?").text()).contains("Leeds");

        try (LogCapture logs = new LogCapture();
                ProfileWatcher watcher = ProfileWatcher.start(profile, Duration.ofMillis(200), application::reload)) {
            Files.writeString(
                    profile.resolve("cv.md"),
                    "# Work\n\nBuilt payment systems in Java at Acme.\n\n"
                            + "# Education\n\nStudied mathematics at York.\n");
            await(() ->
                    application.answers().answer("Where did she study?").text().contains("York"));
            assertThat(logs.text()).contains("Embeddings: 1 computed");

            Files.write(profile.resolve("broken.txt"), new byte[] {0, 1, 2});
            await(() -> metrics.scrape().contains("profilebot_index_reloads_total{outcome=\"failed\"} 1.0"));
            assertThat(application.answers().answer("Where did she study?").text())
                    .contains("York");
            assertThat(logs.text())
                    .contains("Profile not reloaded, the current index stays: broken.txt: not a text file");

            Files.delete(profile.resolve("broken.txt"));
            Files.writeString(profile.resolve("hobbies.txt"), "Hobbies\n\nPlays the cello in a quartet.\n");
            await(() -> application
                    .answers()
                    .answer("Which instrument does she play?")
                    .text()
                    .contains("cello"));
        }
        assertThat(metrics.scrape()).contains("profilebot_index_reloads_total{outcome=\"done\"}");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
