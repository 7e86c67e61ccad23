package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.StructuredProfile;
import dev.profilebot.profile.facts.StructuredProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word processors' other formats (RTF, OpenDocument, Word 97–2003, each written by LibreOffice from
 * one résumé) and web pages read as the same résumé.
 */
class OfficeFormatsTest {

    @TempDir
    Path folder;

    private ProfileLoader.Result load() {
        return new ProfileLoader(1024 * 1024).load(folder);
    }

    private static StructuredProfile profile(ProfileLoader.Result result) {
        return new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
    }

    private void copy(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/formats/" + resource)) {
            Files.copy(in, folder.resolve(resource));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada.odt", "ada.rtf", "ada.doc"})
    void should_read_a_word_processors_file_as_the_resume_it_holds(String file) throws IOException {
        // given: the same résumé saved by LibreOffice as OpenDocument, Rich Text and Word 97-2003
        copy(file);

        // when
        ProfileLoader.Result result = load();
        StructuredProfile profile = profile(result);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(profile.identity().name()).contains("Ada Example");
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Tailspin Toys | Software Engineer | June 2017 to February 2021",
                        "Northwind Systems | Senior Platform Engineer | March 2021 to present");
        assertThat(profile.education()).hasSize(1);
        assertThat(text)
                .contains("Led the move of 40 services to Kubernetes")
                .contains("Deploys went from 50 minutes to 9.")
                .contains("Built the order pipeline in Go handling 2.5 million orders a day.")
                .contains("AWS, Terraform");
    }

    @Test
    void should_keep_a_sub_bullet_under_its_bullet_and_name_a_table_cell_by_its_bold_header_row() throws IOException {
        // given
        copy("ada.odt");

        // when
        String text = Documents.allText(load().documents().get(0));

        // then
        assertThat(text)
                // the sub-bullet read with its bullet's words, as in a Word or Markdown résumé
                .contains("Led the move of 40 services to Kubernetes: Deploys went from 50 minutes to 9.")
                .contains("Area: Cloud; Tools: AWS, Terraform");
    }

    @Test
    void should_warn_about_a_damaged_rtf_or_odt_and_keep_the_rest() throws IOException {
        // given
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nLikes Go.\n");
        Files.writeString(folder.resolve("cv.rtf"), "{\\rtf1\\ansi {\\fonttbl", StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("cv.odt"), "PK not really a zip");

        // when
        ProfileLoader.Result result = load();

        // then
        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("notes.md");
        assertThat(result.problems())
                .containsExactlyInAnyOrder(
                        "cv.odt: a damaged OpenDocument file or one that cannot be read (ZipException):"
                                + " save it as .docx, or add a .md or .txt",
                        "cv.rtf: no text in it");
    }

    /** A personal site's CV page, as the browser saves it. */
    private static final String SITE_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Ada Example · CV</title>
            <style>body { font: 16px sans-serif }</style>
            <script>window.analytics = "https://tracker.example";</script></head>
            <body>
            <nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/cv">CV</a></nav>
            <header><h1>Ada Example</h1>
              <p>Platform Engineer &middot; Leeds, UK<br>
              <a href="mailto:ada@example.org">ada@example.org</a> ·
              <a href="https://www.linkedin.com/in/ada-example">LinkedIn</a></p></header>
            <main>
              <section><h2>Experience</h2>
                <article><h3>Senior Platform Engineer, Northwind Systems</h3>
                  <p class="dates">March 2021 – present</p>
                  <ul><li>Led the move of 40 services to Kubernetes.
                        <ul><li>Deploys went from 50 minutes to 9.</li></ul></li>
                      <li><p>Mentored <strong>four</strong> engineers.</p></li></ul></article>
                <article><h3>Software Engineer, Tailspin Toys</h3>
                  <p class="dates">Jun 2017 – Feb 2021</p>
                  <ul><li>Built the order pipeline in Go.</li></ul></article></section>
              <section><h2>Education</h2>
                <p><strong>BSc Computer Science</strong>, University of Leeds, 2013–2016</p></section>
              <section><h2>Skills</h2>
                <table><thead><tr><th>Area</th><th>Tools</th></tr></thead>
                  <tbody><tr><td>Cloud</td><td>AWS, Terraform</td></tr></tbody></table>
                <dl><dt>Languages</dt><dd>English (native), German (B2)</dd></dl></section>
            </main>
            <footer><p>© 2026 Ada Example · <a href="/feed.xml">RSS</a></p></footer>
            </body></html>
            """;

    @Test
    void should_read_a_web_page_resume_without_the_sites_navigation_scripts_or_footer() throws IOException {
        // given
        Files.writeString(folder.resolve("cv.html"), SITE_PAGE);

        // when
        ProfileLoader.Result result = load();
        StructuredProfile profile = profile(result);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(profile.identity().name()).contains("Ada Example");
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.dates().display())
                .containsExactly(
                        "Tailspin Toys | June 2017 to February 2021", "Northwind Systems | March 2021 to present");
        assertThat(profile.education()).hasSize(1);
        assertThat(text)
                .contains("ada@example.org")
                .contains("Deploys went from 50 minutes to 9.")
                .contains("Mentored four engineers.")
                .contains("Area: Cloud; Tools: AWS, Terraform")
                .contains("Languages: English (native), German (B2)")
                .contains("linkedin.com/in/ada-example")
                .doesNotContain("Home")
                .doesNotContain("tracker.example")
                .doesNotContain("font:")
                .doesNotContain("©");
    }

    @Test
    void should_read_a_web_page_in_the_encoding_it_declares() throws IOException {
        // given: a word processor's "Save as web page" in Windows-1252
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><h1>Zoë Brûlé</h1><h2>Experience</h2>"
                + "<p><b>Café Manager, Crème Ltd</b></p><p>2019 – 2023</p></body></html>";
        Files.write(folder.resolve("cv.htm"), page.getBytes(java.nio.charset.Charset.forName("windows-1252")));

        // when
        String text = Documents.allText(load().documents().get(0));

        // then
        assertThat(text).contains("Café Manager, Crème Ltd").contains("2019 – 2023");
        assertThat(List.of(text.split("\n"))).noneMatch(line -> line.contains("\uFFFD"));
    }
}
