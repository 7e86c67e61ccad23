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
    void should_read_an_opendocuments_own_styles_for_a_section_in_capitals_and_an_employer_in_bold()
            throws IOException {
        // given: a LibreOffice template's named styles, kept in styles.xml where Tika does not look: the section
        // heading's style sets capitals and a rule under it, the employer's style bold
        String ns = "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'"
                + " xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0'"
                + " xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0'"
                + " xmlns:fo='urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0'";
        String styles = "<office:document-styles " + ns + " office:version='1.3'><office:styles>"
                + "<style:style style:name='CV_20_Section' style:family='paragraph'>"
                + "<style:paragraph-properties fo:border-bottom='0.74pt solid #2e6b4f'/>"
                + "<style:text-properties fo:text-transform='uppercase'/></style:style>"
                + "<style:style style:name='CV_20_Post' style:family='paragraph'>"
                + "<style:text-properties fo:font-weight='bold'/></style:style>"
                + "</office:styles></office:document-styles>";
        String content = "<office:document-content " + ns + " office:version='1.3'>"
                + "<office:automatic-styles/><office:body><office:text>"
                + "<text:p text:style-name='CV_20_Post'>Bethan Carraway</text:p>"
                + "<text:p text:style-name='CV_20_Section'>Teaching Experience</text:p>"
                + "<text:p text:style-name='CV_20_Post'>Hawksworth Grange Academy, Leeds</text:p>"
                + "<text:p text:style-name='Standard'>11–18 academy, 1,450 pupils</text:p>"
                + "<text:p text:style-name='Standard'>Teacher of Geography — September 2021 – present</text:p>"
                + "<text:p text:style-name='CV_20_Section'>Education</text:p>"
                + "<text:p text:style-name='Standard'>BA (Hons) Geography, 2:1, University of Sheffield, 2010 – 2013"
                + "</text:p></office:text></office:body></office:document-content>";
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(folder.resolve("cv.odt")))) {
            for (String[] part : new String[][] {
                {"mimetype", "application/vnd.oasis.opendocument.text"},
                {"content.xml", content},
                {"styles.xml", styles}
            }) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                zip.write(part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        // when
        ProfileLoader.Result result = load();

        // then
        assertThat(result.documents().get(0).blocks())
                .anySatisfy(b -> assertThat(b.sectionPath()).contains("Teaching Experience"))
                .anySatisfy(b -> assertThat(b.sectionPath()).contains("Education"));
        assertThat(profile(result).roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly("Hawksworth Grange Academy | Teacher of Geography");
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

    /** TextEdit's Rich Text: one paragraph whose lines end in a line break, bold headings, tab-stop dates. */
    private static final String TEXTEDIT_RTF = """
            {\\rtf1\\ansi\\ansicpg1252\\cocoartf2761
            {\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fswiss\\fcharset0 Helvetica-Bold;}
            \\paperw11900\\paperh16840\\margl1440\\margr1440
            \\pard\\tx566\\tqr\\tx9000\\pardirnatural\\partightenfactor0

            \\f1\\b\\fs40 \\cf0 Harriet Quennell\\
            \\f0\\b0\\fs24 Senior Project Manager\\
            \\f1\\b EXPERIENCE\\
            \\f0\\b0 Senior Project Manager, Digital Programmes\tApr 2020 \\uc0\\u8211  present\\
            Wrenfield Health Partnership, Castlemere\\
            Lead a portfolio of six digital projects with a combined budget of \\'a34.2m.\\
            \\f1\\b Project Manager\\f0\\b0 \tJun 2016 \\uc0\\u8211  Mar 2020\\
            Calloway & Finch Logistics, Castlemere\\
            Managed the \\'a31.8m replacement of the warehouse management system.}
            """;

    @Test
    void should_read_each_line_of_a_textedit_paragraph_as_a_line_of_its_own() throws IOException {
        // given
        Files.writeString(folder.resolve("Resume.rtf"), TEXTEDIT_RTF, StandardCharsets.US_ASCII);

        // when
        ProfileLoader.Result result = load();
        StructuredProfile profile = profile(result);

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.dates().display())
                .containsExactly(
                        "Calloway & Finch Logistics | June 2016 to March 2020",
                        "Wrenfield Health Partnership | April 2020 to present");
        assertThat(Documents.allText(result.documents().get(0)))
                .contains("Lead a portfolio of six digital projects with a combined budget of £4.2m.")
                .doesNotContain("Castlemere Lead");
    }

    /** Word's or LibreOffice's Rich Text with a table: each cell's text ends in {@code \\cell}, each row in {@code \\row}. */
    private static final String TABLE_RTF = """
            {\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}
            \\pard\\plain\\b Language pairs\\b0\\par
            \\trowd\\cellx3000\\cellx6000\\cellx9000
            \\pard\\intbl English \\u8594? Polish\\cell\\pard\\intbl Sworn (TP/2871/14)\\cell\\pard\\intbl 2007\\cell\\row
            \\trowd\\cellx3000\\cellx6000\\cellx9000
            \\pard\\intbl German \\u8594? Polish\\cell\\pard\\intbl Sworn (TP/0412/19)\\cell\\pard\\intbl 2012\\cell\\row
            \\pard\\plain Member of the Association of Legal and Court Translators\\par}
            """;

    @Test
    void should_read_a_rich_text_tables_row_as_one_line_of_its_cells() throws IOException {
        // given
        Files.writeString(folder.resolve("CV.rtf"), TABLE_RTF, StandardCharsets.US_ASCII);

        // when
        ProfileLoader.Result result = load();

        // then
        assertThat(Documents.allText(result.documents().get(0)))
                .contains("English → Polish · Sworn (TP/2871/14) · 2007")
                .contains("German → Polish · Sworn (TP/0412/19) · 2012")
                .contains("Member of the Association of Legal and Court Translators");
    }

    /** A personal site's CV page, as the browser saves it. */
    private static final String SITE_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Ada Example · CV</title>
            <style>body { font: 16px sans-serif }</style>
            <script>window.analytics = "https://tracker.example";</script></head>
            <body>
            <a class="skip-link" href="#main">Skip to content</a>
            <div class="cookie-banner" id="cookie-banner" role="dialog"><p>This site uses a small number of cookies
              to count visits. <a href="/privacy.html">Privacy &amp; cookies</a></p></div>
            <nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/cv">CV</a></nav>
            <header><h1>Ada Example</h1>
              <p>Platform Engineer &middot; Leeds, UK<br>
              <a href="mailto:ada@example.org">ada@example.org</a> ·
              <a href="https://www.linkedin.com/in/ada-example">LinkedIn</a></p></header>
            <main>
              <section><h2>Experience</h2>
                <article><h3>Senior Platform Engineer, Northwind Systems</h3>
                  <p class="meta"><span class="where">Leeds (hybrid)</span>
                    <span class="dates"><time datetime="2021-03">March 2021</time> – present</span></p>
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
                // a job's fields, each in its own <span>, parted as a line's fields are
                .contains("Leeds (hybrid) · March 2021 – present")
                .doesNotContain("Skip to content")
                .doesNotContain("cookies")
                .doesNotContain("Home")
                .doesNotContain("tracker.example")
                .doesNotContain("font:")
                .doesNotContain("©");
    }

    @Test
    void should_read_a_staff_pages_tab_panels_and_a_long_dated_description_but_not_its_editors_bar_or_hidden_panel()
            throws IOException {
        // given: a university page saved while its owner was logged in: the CMS bar, a panel only she sees, the
        // tabs not shown until clicked, positions held as a definition list
        Files.writeString(folder.resolve("profile.html"), """
                <html><body>
                <div id="cms-toolbar" class="cms-toolbar">Logged in as <strong>ncalloway</strong> (Profile owner)
                  <a href="/cms/edit">Edit my profile</a> · <a href="/cms/logout">Log out</a></div>
                <main><h1>Dr Niamh Calloway</h1><p>Senior Lecturer in Hydrology</p>
                <section id="owner" hidden=""><p>Staff number: 40117726</p></section>
                <section id="overview" role="tabpanel"><h2>Profile</h2><h3>Positions held</h3><dl>
                  <dt>2019 – present</dt><dd>Senior Lecturer in Hydrology, Northbridge University</dd>
                  <dt>2010 – 2014</dt><dd>Postdoctoral Research Associate, Riverside Institute of Hydrology, Wallingford
                  (the Centre relocated to Lancaster in 2012). Field hydrologist on the NERC-funded MOORFLUX project,
                  monitoring runoff and carbon export from peat catchments in the Pennines.</dd></dl></section>
                <section id="research" role="tabpanel" aria-hidden="true"><h2>Research</h2>
                  <table><tr><th>Funder</th><th>Title</th><th>Amount</th></tr>
                  <tr><td>Leverhulme Trust</td><td>Hidden pipes in upland bogs</td><td>£148,900</td></tr></table>
                </section></main></body></html>
                """);

        // when
        ProfileLoader.Result result = load();
        StructuredProfile profile = profile(result);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text)
                .contains("Leverhulme Trust")
                .doesNotContain("Logged in")
                .doesNotContain("40117726");
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Riverside Institute of Hydrology | Postdoctoral Research Associate | 2010 to 2014",
                        "Northbridge University | Senior Lecturer in Hydrology | 2019 to present");
    }

    @Test
    void should_read_a_section_name_in_capitals_on_a_paragraph_of_its_own_as_a_heading() throws IOException {
        // given: Google Docs' web page, its headings paragraphs styled by class, not heading tags
        Files.writeString(folder.resolve("cv.html"), """
                <html><body><h1 class="c7"><span class="c2">Dr Hamish Penrose</span></h1>
                <h2 class="c8"><span class="c2">CLINICAL EXPERIENCE</span></h2>
                <p class="c3"><span class="c1">Dental Foundation Trainee — Millbrook Dental Practice, Ravensholt</span></p>
                <p class="c3"><span class="c1">August 2014 – July 2015</span></p>
                <p class="c3"><span class="c5">EDUCATION &amp; QUALIFICATIONS</span></p>
                <p class="c3"><span class="c1">BDS (Hons) — University of Ravensholt, 2009 – 2014.</span></p>
                <p class="c3"><span class="c1">ACME LTD</span></p>
                <p class="c3"><span class="c1">KEY ACHIEVEMENTS</span></p>
                </body></html>
                """);

        // when
        ProfileDocument cv = load().documents().get(0);

        // then
        assertThat(cv.blocks())
                .filteredOn(b -> b.text().contains("University of Ravensholt"))
                .singleElement()
                .satisfies(b ->
                        assertThat(b.sectionPath()).containsExactly("Dr Hamish Penrose", "EDUCATION & QUALIFICATIONS"));
        assertThat(cv.blocks())
                .noneMatch(b ->
                        b.sectionPath().contains("ACME LTD") || b.sectionPath().contains("KEY ACHIEVEMENTS"));
    }

    @Test
    void should_read_a_notion_export_with_its_typed_line_breaks_toggles_and_bullets_in_a_table_cell()
            throws IOException {
        // given: Notion's "Export → HTML": the page keeps typed line breaks (white-space: pre-wrap), a toggle is a
        // <details> in a list of one, a database's cell holds "•" lines
        Files.writeString(folder.resolve("Marcus Oyelaran Resume 1a4c.html"), """
                <html><head><style>
                body { line-height: 1.5; white-space: pre-wrap; }
                </style></head><body><article><header><h1 class="page-title">Marcus Oyelaran Resume</h1></header>
                <div class="page-body"><figure class="callout"><div><strong>Marcus Oyelaran</strong> · Product Manager
                Austin, TX
                <a href="mailto:hello@oyelaran.example">hello@oyelaran.example</a></div></figure>
                <ul class="toggle"><li><details open=""><summary>📜 Certifications</summary>
                <ul class="bulleted-list"><li>Certified Scrum Product Owner (CSPO), Scrum Alliance — 2019</li></ul>
                </details></li></ul>
                <h2>Experience</h2>
                <table class="collection-content"><thead><tr><th>Company</th><th>Role</th><th>Start</th><th>End</th>
                <th>Highlights</th></tr></thead><tbody><tr><td>Fernleaf Health</td><td>Senior Product Manager</td>
                <td>@March 1, 2021</td><td></td><td>Own patient self-scheduling for outpatient clinics.
                • Lead a squad of 9 (6 engineers, 1 designer, 1 data analyst, 1 QA)
                • Self-scheduling launch cut no-shows by 18%</td></tr></tbody></table>
                </div></article></body></html>
                """);

        // when
        ProfileLoader.Result result = load();
        ProfileDocument page = result.documents().get(0);
        ContactCard card = ContactCard.from(result.documents(), "Marcus Oyelaran");

        // then
        assertThat(card.location()).contains("Austin, TX");
        assertThat(page.blocks())
                .filteredOn(b -> b.text().contains("CSPO"))
                .singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).last().isEqualTo("📜 Certifications"));
        assertThat(page.blocks())
                .filteredOn(b -> b.text().contains("squad of 9"))
                .singleElement()
                .satisfies(b -> assertThat(b.text().lines())
                        .contains(
                                "Lead a squad of 9 (6 engineers, 1 designer, 1 data analyst, 1 QA)",
                                "Self-scheduling launch cut no-shows by 18%"));
    }

    @Test
    void should_keep_a_sentence_whole_that_a_page_keeping_line_breaks_wraps_in_its_source() throws IOException {
        // given: the whole page keeps line breaks, and its source wraps a paragraph by hand
        Files.writeString(folder.resolve("cv.html"), """
                <html><head><style>body { white-space: pre-wrap; }</style></head><body>
                <h1>Jonas Berg</h1>
                <p>Worked with Oslo and Bergen teams on the
                  payments platform, cutting costs by 30%.</p>
                <p>Senior Engineer, Fjordline AS
                Oslo, Norway</p>
                </body></html>
                """);

        // when
        String text = Documents.allText(load().documents().get(0));

        // then
        assertThat(text)
                .contains("teams on the payments platform, cutting costs by 30%.")
                .doesNotContain("Fjordline AS Oslo");
    }

    @Test
    void should_read_a_table_of_labels_beside_their_values_as_labelled_lines() throws IOException {
        // given: a Word 97-2003 CV's personal details, as Tika's XHTML gives them: two columns, no header
        Files.writeString(folder.resolve("cv.html"), """
                <html><body><p><b>CURRICULUM VITAE</b></p>
                <table><tr><td><p>Name</p></td><td><p>Gareth Pennington BEng MSc CEng</p></td></tr>
                <tr><td><p>Nationality</p></td><td><p>British</p></td></tr>
                <tr><td><p>Driving Licence</p></td><td><p>Full, clean</p></td></tr>
                <tr><td><p>LinkedIn</p></td><td><p><a href="https://www.linkedin.com/in/gpennington">profile</a></p>
                </td></tr></table>
                <p><b>CAREER HISTORY</b></p><p><b>Head of Structures – Fenmarch Combined Authority</b></p>
                <p>Nov 2015 – present</p></body></html>
                """);

        // when
        String text = Documents.allText(load().documents().get(0));

        // then
        assertThat(text)
                .contains("Name: Gareth Pennington BEng MSc CEng")
                .contains("Nationality: British")
                .contains("Driving Licence: Full, clean")
                .contains("linkedin.com/in/gpennington");
    }

    @Test
    void should_not_take_a_styled_sentence_a_bold_current_job_or_a_copyright_agency_for_page_furniture()
            throws IOException {
        // given: Google Docs' HTML, every styled run in a <span>; a site's <nav> holding the e-mail link
        Files.writeString(folder.resolve("cv.html"), """
                <html><body><nav><a href="/">Home</a> <a href="mailto:ruth@example.com">Email</a></nav>
                <h1>Ruth Adeyemi</h1>
                <p><span>Backend engineer with </span><span>eight years</span><span> of Java, most recently at </span>
                <span>Lanternfish Labs</span><span>.</span></p>
                <h2>Experience</h2>
                <table><tr><td><b>Copyright Licensing Executive</b></td><td><b>Copyright Licensing Agency</b></td>
                <td><b>2020 – Present</b></td></tr>
                <tr><td>Trade Mark Paralegal</td><td>Hale &amp; Whitcombe Solicitors</td><td>2017 – 2020</td></tr>
                </table>
                <p>Copyright Licensing Agency, London</p>
                </body></html>
                """);

        // when
        ProfileLoader.Result result = load();
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text)
                .contains("Backend engineer with eight years of Java, most recently at Lanternfish Labs.")
                .contains("Copyright Licensing Agency, London")
                .contains("ruth@example.com")
                .doesNotContain("Home");
        // a bold first row with dates is a job, not the table's header
        assertThat(Documents.timeline(result)).hasSize(2);
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
