package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.profile.facts.StructuredProfileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfConverterTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path folder;

    private final ProfileLoader loader = new ProfileLoader(1024 * 1024);

    /** {text, x, y, size, bold} on each page. */
    private static byte[] pdf(List<List<Object[]>> pages, boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Object[]> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Object[] line : lines) {
                        content.beginText();
                        content.setFont((boolean) line[4] ? BOLD : REGULAR, (float) line[3]);
                        content.newLineAtOffset((float) line[1], (float) line[2]);
                        content.showText((String) line[0]);
                        content.endText();
                    }
                }
            }
            if (encrypted) {
                document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Object[] text(String text, float x, float y) {
        return new Object[] {text, x, y, 10f, false};
    }

    private static Object[] heading(String text, float y, float size) {
        return new Object[] {text, 50f, y, size, true};
    }

    private static List<Object[]> page(int number) {
        return List.of(
                heading("Noor Haddad", 780, 20),
                heading("Experience", 740, 14),
                // the dates pushed to the right margin of the title line
                heading("Kadecraft, Platform Engineer", 715, 11),
                new Object[] {"Sep 2021 \u2013 present", 460f, 715f, 10f, false},
                text(
                        "\u2022 Moved 60 services to Kubernetes and cut deploy time from forty minutes to six with a",
                        60,
                        700),
                text("progressive-delivery pipeline that the team still uses in 2024 for every experi\u00AD", 68, 687),
                text("ment, running 2019\u00AD2021 alongside the old one.", 68, 674),
                heading("Lumenpay, DevOps Engineer", 640, 11),
                new Object[] {"May 2018 \u2013 Aug 2021", 460f, 640f, 10f, false},
                text("\u2022 Ran the incident rota for the payments platform.", 60, 625),
                text("Curriculum vitae \u00B7 page " + number + " of 2", 50, 40));
    }

    @Test
    void should_read_headings_right_aligned_dates_bullets_and_words_split_at_a_line_end() throws IOException {
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page(1)), false));

        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
        String text = Documents.allText(result.documents().get(0));

        assertThat(result.problems()).isEmpty();
        assertThat(profile.identity().name()).contains("Noor Haddad");
        assertThat(Documents.timeline(result))
                .containsExactly("Lumenpay: May 2018 to August 2021", "Kadecraft: September 2021 to present");
        assertThat(text)
                .contains("for every experiment, running 2019-2021 alongside")
                .doesNotContain("\u00AD", "\u2022");
    }

    @Test
    void should_allow_a_pdf_sixteen_times_the_document_size_limit() throws IOException {
        byte[] pdf = pdf(List.of(page(1)), false);
        Files.write(folder.resolve("cv.pdf"), pdf);

        assertThat(new ProfileLoader(pdf.length / 8).load(folder).problems()).isEmpty();
        assertThatThrownBy(() -> new ProfileLoader(pdf.length / 32).load(folder))
                .isInstanceOf(ProfileLoadException.class)
                .hasMessageContaining("cv.pdf: larger than")
                .hasMessageContaining("(16 × PROFILE_MAX_FILE_KB)");
    }

    @Test
    void should_read_words_placed_one_by_one_without_space_characters_as_a_line() throws IOException {
        // pdfLaTeX and many generators place each word on its own, with no space glyph between
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(heading("Noor Haddad", 780, 20));
        float x = 50;
        for (String word : "Senior Software Engineer at Kadecraft since 2021".split(" ")) {
            page.add(text(word, x, 700));
            x += REGULAR.getStringWidth(word) / 1000 * 10 + 3;
        }
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        assertThat(Documents.allText(loader.load(folder).documents().get(0)))
                .isEqualTo("Senior Software Engineer at Kadecraft since 2021");
    }

    @Test
    void should_drop_a_footer_repeated_on_every_page() throws IOException {
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page(1), page(2)), false));

        ProfileDocument document = loader.load(folder).documents().get(0);

        assertThat(Documents.allText(document))
                .doesNotContain("page 1 of 2", "page 2 of 2")
                .contains("Ran the incident rota");
        assertThat(document.blocks())
                .allSatisfy(b -> assertThat(b.sectionPath()).startsWith("Noor Haddad"));
    }

    @Test
    void should_warn_about_an_encrypted_a_scanned_and_a_broken_pdf_and_keep_the_rest() throws IOException {
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nLikes Go.\n");
        Files.write(folder.resolve("locked.pdf"), pdf(List.of(page(1)), true));
        Files.write(folder.resolve("scan.pdf"), pdf(List.of(List.of()), false));
        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.4 and then nothing");

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("notes.md");
        assertThat(result.problems())
                .hasSize(3)
                .contains(
                        "locked.pdf: an encrypted PDF that needs a password: export it without one, or add a .md or .txt",
                        "scan.pdf: a PDF with no text layer (a scan?): export it with text, or add a .md or .txt")
                .anySatisfy(p -> assertThat(p).startsWith("broken.pdf: not a readable PDF"));
    }
}
