package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.PdfDocuments;
import dev.profilebot.testing.TestProfiles;
import dev.profilebot.testing.WordDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus profile written in Markdown, given to the bot only as a Word document (with heading
 * styles, and laid out as one table) or a PDF (one column, and two), must give the timeline its
 * author wrote down and answer its question set about as well as the Markdown it was made from;
 * the corpus's LinkedIn page as text against the same person's LinkedIn data export, unpacked
 * and zipped.
 */
class DocumentFormatsTest {

    private static final String PROFILE = "maya-okafor";
    private static final List<String> FORMATS = List.of("-docx", "-docx-table", "-pdf", "-pdf-columns");
    private static final String LINKEDIN = "marcus-obi-linkedin";
    private static final List<String> EXPORTS = List.of("-export", "-export-zip");
    private static final String EXPORT_FOLDER = "Basic_LinkedInDataExport_11-30-2026";
    private static final List<String> QUESTION_FILES =
            List.of("questions.jsonl", "conversations.jsonl", "expected-profile.json");
    private static final Pattern ALL = Pattern.compile("(?m)^(\\S+)\\s.*\\ball (\\d+)/(\\d+)");
    /** How many percentage points of all cases a format may lose against its Markdown. */
    private static final double MAX_POINTS_LOST = 5;

    @TempDir
    static Path corpus;

    @BeforeAll
    static void makeCorpus() throws IOException {
        Path source = TestProfiles.corpus().resolve(PROFILE);
        String markdown = Files.readString(source.resolve("docs/resume.md"));
        Files.createDirectories(corpus.resolve(PROFILE));
        copy(source, corpus.resolve(PROFILE), "docs/resume.md", markdown.getBytes(StandardCharsets.UTF_8));
        copy(source, corpus.resolve(PROFILE + "-docx"), "docs/resume.docx", WordDocuments.fromMarkdown(markdown));
        copy(source, corpus.resolve(PROFILE + "-docx-table"), "docs/resume.docx", WordDocuments.asOneTable(markdown));
        copy(source, corpus.resolve(PROFILE + "-pdf"), "docs/resume.pdf", PdfDocuments.oneColumn(markdown));
        copy(source, corpus.resolve(PROFILE + "-pdf-columns"), "docs/resume.pdf", PdfDocuments.twoColumns(markdown));
        // the corpus's LinkedIn page as text, and the same person's data export, unpacked and zipped
        Path text = TestProfiles.corpus().resolve(LINKEDIN);
        Path export = TestProfiles.corpus().resolve(LINKEDIN + "-export");
        copyTree(text, corpus.resolve(LINKEDIN));
        copyTree(export, corpus.resolve(LINKEDIN + "-export"));
        Path zipped = corpus.resolve(LINKEDIN + "-export-zip");
        copyTree(export, zipped);
        Path folder = zipped.resolve("docs").resolve(EXPORT_FOLDER);
        Files.write(zipped.resolve("docs").resolve(EXPORT_FOLDER + ".zip"), zip(folder));
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
    }

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.getFileName() + "/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void copy(Path source, Path target, String document, byte[] bytes) throws IOException {
        Files.createDirectories(target.resolve("docs"));
        Files.write(target.resolve(document), bytes);
        for (String file : QUESTION_FILES) {
            Files.copy(source.resolve(file), target.resolve(file));
        }
    }

    @Test
    void should_read_the_same_timeline_from_every_format() throws IOException {
        List<Path> folders = new java.util.ArrayList<>();
        FORMATS.forEach(format -> folders.add(corpus.resolve(PROFILE + format)));
        EXPORTS.forEach(format -> folders.add(corpus.resolve(LINKEDIN + format)));
        for (Path folder : folders) {
            ProfileCommandTest.assertProfileAsExpected(folder.resolve("expected-profile.json"), folder.resolve("docs"));
        }
    }

    @Test
    void should_answer_within_five_points_of_the_markdown_profile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.run(
                new String[] {"eval", corpus.toString()},
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);

        Map<String, Double> rates = new HashMap<>();
        Matcher line = ALL.matcher(report);
        while (line.find()) {
            rates.put(line.group(1), 100.0 * Integer.parseInt(line.group(2)) / Integer.parseInt(line.group(3)));
        }
        Function<String, Double> rate = name -> rates.getOrDefault(name, -1.0);
        assertThat(rate.apply(PROFILE)).as(report).isGreaterThan(80);
        for (String format : FORMATS) {
            assertThat(rate.apply(PROFILE + format))
                    .as(format + "\n" + report)
                    .isGreaterThanOrEqualTo(rate.apply(PROFILE) - MAX_POINTS_LOST);
        }
        assertThat(rate.apply(LINKEDIN)).as(report).isGreaterThan(80);
        for (String format : EXPORTS) {
            assertThat(rate.apply(LINKEDIN + format))
                    .as(format + "\n" + report)
                    .isGreaterThanOrEqualTo(rate.apply(LINKEDIN) - MAX_POINTS_LOST);
        }
        // the export's other people — connections, senders of messages — are never in an answer
        assertThat(report).doesNotContain("Halvorsen", "Ferreira", "Adebayo", "Harrowgate", "185,000", "555-0172");
    }
}
