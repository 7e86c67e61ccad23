package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.testing.TestProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

    private static final long ONE_MIB = 1024 * 1024;

    @TempDir
    Path folder;

    private final ProfileLoader loader = new ProfileLoader(ONE_MIB);

    @Test
    void should_load_the_three_profile_documents_each_with_its_parser() {
        ProfileLoader.Result result = loader.load(TestProfiles.folder());

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents())
                .extracting(ProfileDocument::fileName)
                .containsExactly("logseq-senior-backend-engineer.md", "resume.md", "resume.txt");
        ProfileDocument logseq = result.documents().get(0);
        assertThat(logseq.blocks().get(1).sectionPath()).containsExactly("Senior Backend Engineer", "Responsibilities");
    }

    @Test
    void should_cite_a_notion_exports_pages_by_their_names_without_the_ids() throws IOException {
        Path pages = Files.createDirectories(folder.resolve("Ines Albrecht 5e0c2b9d7a4f4c61b8a3e17d92f4c0a6"));
        Files.writeString(
                folder.resolve("Ines Albrecht 5e0c2b9d7a4f4c61b8a3e17d92f4c0a6.md"),
                "# Ines Albrecht\n\nData scientist.\n");
        Files.writeString(
                pages.resolve("About me FAQ 8d41f0e2c6b94a7e9f3d5b1a0c8e2d74.md"), "# About me\n\nI live in Berlin.\n");

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.documents())
                .extracting(ProfileDocument::fileName)
                .containsExactlyInAnyOrder(
                        "Ines Albrecht.md", "Ines Albrecht" + java.io.File.separator + "About me FAQ.md");
    }

    @Test
    void should_skip_bad_files_by_name_and_still_load_the_others() throws IOException {
        Files.writeString(folder.resolve("good.md"), "# Work\n\nBuilt a compiler.\n");
        Files.writeString(folder.resolve("slides.pdf"), "%PDF-1.4");
        Files.write(folder.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        // no zero byte, and no text in any encoding: a picture renamed
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }
        Files.write(folder.resolve("photo.txt"), noise);
        Files.writeString(folder.resolve("empty.md"), "");
        Files.writeString(folder.resolve("huge.txt"), "word ".repeat(300_000));
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main");

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("good.md");
        assertThat(result.problems())
                .containsExactlyInAnyOrder(
                        "binary.txt: not a text file",
                        "photo.txt: not a text file",
                        "empty.md: no text in it",
                        "huge.txt: larger than 1024 KiB (PROFILE_MAX_FILE_KB)",
                        "slides.pdf: not a readable PDF (damaged or cut short): save it again, or add a .md or .txt");
    }

    @Test
    void should_read_a_text_cv_saved_by_notepad_as_ansi_or_unicode() throws IOException {
        String cv =
                "EXPERIENCE\r\n==========\r\n\r\nLogistics Coordinator \u2013 Falls City Freight, 03/2018 \u2013 11/2021\r\n"
                        + "\u2022 Cut \u201cdock-to-stock\u201d time by 22% at the Louisville caf\u00e9 depot\r\n";
        Files.write(folder.resolve("ansi.txt"), cv.getBytes("windows-1252"));
        byte[] utf16 = cv.replace("Falls City", "Ohio Valley").getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Files.write(
                folder.resolve("unicode.txt"),
                java.nio.ByteBuffer.allocate(bom.length + utf16.length)
                        .put(bom)
                        .put(utf16)
                        .array());

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("ansi.txt", "unicode.txt");
        assertThat(text(result.documents().get(0)))
                .contains("Logistics Coordinator \u2013 Falls City Freight, 03/2018 \u2013 11/2021")
                .contains("\u201cdock-to-stock\u201d")
                .contains("caf\u00e9");
        assertThat(text(result.documents().get(1)))
                .contains("Ohio Valley Freight")
                .doesNotContain("\u0000");
    }

    private static String text(ProfileDocument document) {
        return document.blocks().stream().map(b -> b.text()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void should_load_a_five_megabyte_document_when_the_limit_allows_it() throws IOException {
        String paragraph = "Maintained the billing service in Java and Go for a large retailer.\n\n";
        Files.writeString(folder.resolve("big.txt"), "# Work\n\n" + paragraph.repeat(5_000_000 / paragraph.length()));

        ProfileLoader.Result result = new ProfileLoader(8 * ONE_MIB).load(folder);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents().get(0).blocks()).hasSizeGreaterThan(70_000);
    }

    @Test
    void should_read_documents_in_subfolders_such_as_a_logseq_graph() throws IOException {
        Files.createDirectories(folder.resolve("pages"));
        Files.createDirectories(folder.resolve("logseq"));
        Files.writeString(folder.resolve("pages/job.md"), "- Engineer\n\t- Built a compiler.\n");
        Files.writeString(folder.resolve("logseq/config.edn"), "{}");

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("pages/job.md");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void should_say_which_folder_was_read_when_no_document_is_usable() throws IOException {
        Files.writeString(folder.resolve("notes.pages"), "PK");

        assertThatThrownBy(() -> loader.load(folder))
                .isInstanceOf(ProfileLoadException.class)
                .hasMessageContaining(folder.toAbsolutePath().toString())
                .hasMessageContaining("notes.pages: not a type profile-bot reads");
    }

    @Test
    void should_name_the_folder_and_the_variable_when_the_folder_is_missing() {
        Path missing = folder.resolve("nope");

        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(ProfileLoadException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("PROFILE_DATA_DIR");
    }

    @Test
    void should_tell_logseq_pages_from_markdown_by_their_content() {
        assertThat(DocumentFormat.of("a.md", "title:: Job\n\n- did things\n")).contains(DocumentFormat.LOGSEQ);
        assertThat(DocumentFormat.of("a.md", "- one\n\t- two\n- three\n")).contains(DocumentFormat.LOGSEQ);
        assertThat(DocumentFormat.of("a.md", "# Title\n\nText with a list:\n\n- one\n"))
                .contains(DocumentFormat.MARKDOWN);
        assertThat(DocumentFormat.of("a.txt", "- one\n")).contains(DocumentFormat.PLAIN_TEXT);
        assertThat(DocumentFormat.of("a.docx", "")).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.of("a.pages", "")).isEmpty();
    }
}
