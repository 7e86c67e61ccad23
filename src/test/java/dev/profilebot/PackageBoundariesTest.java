package dev.profilebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each outside system is known to one package: chat platforms are adapters, storage is the log's. */
class PackageBoundariesTest {

    private static final Path MAIN = Path.of("src/main/java/dev/profilebot");

    @Test
    void should_keep_jda_in_the_discord_package() throws IOException {
        assertThat(importersOf("net.dv8tion.")).allMatch(file -> file.startsWith(MAIN.resolve("discord")));
    }

    @Test
    void should_keep_slacks_sdk_in_the_slack_package() throws IOException {
        assertThat(importersOf("com.slack.api.")).isNotEmpty().allMatch(file -> file.startsWith(MAIN.resolve("slack")));
    }

    @Test
    void should_keep_sqlite_and_flyway_in_the_question_log_package() throws IOException {
        List<Path> files = new ArrayList<>(importersOf("org.sqlite."));
        files.addAll(importersOf("org.flywaydb."));
        files.addAll(importersOf("java.sql."));
        assertThat(files).isNotEmpty().allMatch(file -> file.startsWith(MAIN.resolve("questionlog")));
    }

    private static List<Path> importersOf(String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (text.contains("import " + prefix)
                        || text.contains("import static " + prefix)
                        || text.contains(" " + prefix)) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
