package dev.profilebot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The profile documents copied into the test resources, and helpers to read them. */
public final class TestProfiles {

    private TestProfiles() {}

    /** The folder holding resume.txt, resume.md and the Logseq page. */
    public static Path folder() {
        try {
            return Path.of(TestProfiles.class.getResource("/profile-data").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The development corpus: one folder per fictional profile, each with docs/ and its question sets. */
    public static Path corpus() {
        try {
            return Path.of(TestProfiles.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(String fileName) {
        try {
            return Files.readString(folder().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
