package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.profile.facts.StructuredProfileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** Marks a page's entry as a ruled line from (x0, y0) to (x1, y1), not text. */
    private static final Object RULE = new Object();

    private static Object[] rule(float x0, float y0, float x1, float y1) {
        return new Object[] {RULE, x0, y0, x1, y1};
    }

    private static byte[] pdf(List<List<Object[]>> pages, boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Object[]> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Object[] line : lines) {
                        if (line[0] == RULE) {
                            content.moveTo((float) line[1], (float) line[2]);
                            content.lineTo((float) line[3], (float) line[4]);
                            content.stroke();
                            continue;
                        }
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

    /** A Canva-like page's wide left column, two jobs, beside the sidebar lines given. */
    /**
     * A résumé builder's right sidebar of skills beside the main column: short skills in bold, a certification's
     * name in bold wrapping at the sidebar's edge over its issuer; then the given lines under them.
     */
    private static List<Object[]> withSkillsSidebar(Object[]... below) {
        List<Object[]> sidebar = new ArrayList<>(List.of(
                at("SKILLS", 420, 740, 11, true),
                at("Go-to-market strategy", 420, 722, 9, false),
                at("Demand generation", 420, 708, 9, false),
                at("Excel", 420, 694, 9, true),
                at("Tableau", 420, 680, 9, true),
                at("Google Analytics Certified", 420, 666, 9, true),
                at("Professional Marketer", 420, 655, 9, true),
                at("Google \u00b7 2021", 420, 641, 9, false)));
        sidebar.addAll(List.of(below));
        return withCanvaMainColumn(sidebar.toArray(Object[][]::new));
    }

    private static List<Object[]> withCanvaMainColumn(Object[]... sidebar) {
        List<Object[]> page = new java.util.ArrayList<>(List.of(
                at("NOEMI CASTELLANOS", 40, 790, 24, true),
                at("EXPERIENCE", 40, 740, 12, true),
                at("HEAD OF GROWTH MARKETING", 40, 720, 10, true),
                at("Lumacart \u00b7 Toronto, ON | Jul 2022 \u2013 Present", 40, 706, 9, false),
                at("Lead a 9-person team for an e-commerce SaaS", 40, 692, 9, false),
                at("platform; report to the CMO.", 40, 680, 9, false),
                at("SENIOR MARKETING MANAGER", 40, 660, 10, true),
                at("Tidewell Financial \u00b7 Toronto, ON | Feb 2019 \u2013 Jun 2022", 40, 646, 9, false),
                at("Led the brand refresh and the Quebec launch of", 40, 632, 9, false),
                at("the Tidewell Save app.", 40, 620, 9, false)));
        page.addAll(List.of(sidebar));
        return page;
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
    void should_keep_a_contact_line_led_by_an_icon_fonts_hash_as_text_under_the_line_above() throws IOException {
        // moderncv's envelope in its icon font comes out as "#" before the e-mail
        Files.write(
                folder.resolve("cv.pdf"),
                pdf(
                        List.of(List.of(
                                heading("Magdalena Zielinska", 780, 20),
                                text("8037 Zurich", 400, 740),
                                text("# magdalena.zielinska@chem.ethz.ch", 400, 728),
                                heading("Research Positions", 680, 14),
                                text("2021-present Postdoctoral Researcher, ETH Zurich", 50, 660))),
                        false));

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.documents().get(0).blocks())
                .noneSatisfy(block -> assertThat(block.sectionPath()).contains("magdalena.zielinska@chem.ethz.ch"));
        assertThat(Documents.allText(result.documents().get(0))).contains("magdalena.zielinska@chem.ethz.ch");
    }

    @Test
    void should_keep_a_year_written_first_at_a_lines_start_as_text_not_a_numbered_lists_number() throws IOException {
        // a Hungarian CV's "2020. március – jelenleg": "2020." would open an ordered list
        Files.write(
                folder.resolve("cv.pdf"),
                pdf(
                        List.of(List.of(
                                heading("Vörös Gergely", 780, 20),
                                heading("Szakmai tapasztalat", 700, 14),
                                text("2020. március – jelenleg Tech Lead, Fintrix Zrt.", 50, 680))),
                        false));

        ProfileLoader.Result result = loader.load(folder);

        assertThat(Documents.allText(result.documents().get(0))).contains("2020. március – jelenleg");
    }

    @Test
    void should_read_an_agencys_bold_line_too_long_for_one_line_as_one_employer_over_its_address() throws IOException {
        // given: a federal résumé's current post, its agency in bold wrapping onto a second bold line, then the
        // office's address with its building and mail stop, then the dates; the post before it laid out alike
        Files.write(
                folder.resolve("resume.pdf"),
                pdf(
                        List.of(List.of(
                                heading("Rebecca Halvorsen", 780, 20),
                                heading("WORK EXPERIENCE", 740, 12),
                                at("Geographer (GIS)", 50, 715, 10, true),
                                at(
                                        "U.S. Department of the Interior, U.S. Geological Survey (USGS) \u2013 National"
                                                + " Geospatial Technical",
                                        50,
                                        701,
                                        10,
                                        true),
                                at("Operations Center (NGTOC)", 50, 689, 10, true),
                                text(
                                        "Denver Federal Center, Building 810, MS 510, Lakewood, CO 80225, United States",
                                        50,
                                        675),
                                text("Dates: 06/2019 \u2013 Present", 50, 661),
                                text("Lead hydrography data production for The National Map.", 50, 647),
                                at("GIS Specialist", 50, 620, 10, true),
                                text("U.S. Department of the Interior, Bureau of Land Management (BLM)", 50, 606),
                                text("2850 Youngfield Street, Lakewood, CO 80215, United States", 50, 592),
                                text("Dates: 11/2014 \u2013 06/2019", 50, 578),
                                text("Provided GIS analysis and cartography for resource programs.", 50, 564))),
                        false));

        ProfileLoader.Result result = loader.load(folder);

        assertThat(Documents.timeline(result))
                .containsExactly(
                        "U.S. Department of the Interior, Bureau of Land Management (BLM): November 2014 to June 2019",
                        "U.S. Department of the Interior, U.S. Geological Survey (USGS), National Geospatial Technical"
                                + " Operations Center (NGTOC): June 2019 to present");
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
    void should_read_a_table_whose_cells_wrap_one_row_a_line_with_its_cells_named_by_the_header() throws IOException {
        // given: a trainee doctor's rotations, each row's cells over two baselines, rows set apart by padding
        List<Object[]> table = List.of(
                heading("Dr Ana Brennan", 780, 20),
                heading("Clinical Experience", 740, 14),
                at("Dates", 50, 715, 10, true),
                at("Post / Specialty", 150, 715, 10, true),
                at("Hospital", 300, 715, 10, true),
                at("Supervisor", 430, 715, 10, true),
                at("06/08/2026 \u2013", 50, 697, 10, false),
                at("CT2 General Surgery (Upper", 150, 697, 10, false),
                at("Doncaster Royal Infirmary,", 300, 697, 10, false),
                at("Mr Adebayo Okafor,", 430, 697, 10, false),
                at("present", 50, 685, 10, false),
                at("GI)", 150, 685, 10, false),
                at("Doncaster", 300, 685, 10, false),
                at("Consultant Surgeon", 430, 685, 10, false),
                at("05/02/2026 \u2013", 50, 665, 10, false),
                at("CT1 Trauma and", 150, 665, 10, false),
                at("Chesterfield Royal Hospital", 300, 665, 10, false),
                at("Mr Gareth Lloyd,", 430, 665, 10, false),
                at("05/08/2026", 50, 653, 10, false),
                at("Orthopaedics", 150, 653, 10, false),
                at("Consultant Surgeon", 430, 653, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(table), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text)
                .contains("Dates: 06/08/2026 \u2013 present; Post: CT2 General Surgery (Upper GI); Hospital: Doncaster"
                        + " Royal Infirmary, Doncaster; Supervisor: Mr Adebayo Okafor, Consultant Surgeon")
                .contains(
                        "Dates: 05/02/2026 \u2013 05/08/2026; Post: CT1 Trauma and Orthopaedics; Hospital: Chesterfield"
                                + " Royal Hospital; Supervisor: Mr Gareth Lloyd, Consultant Surgeon");
        assertThat(Documents.timeline(result))
                .containsExactly(
                        "Chesterfield Royal Hospital: February 2026 to August 2026",
                        "Doncaster Royal Infirmary: August 2026 to present");
    }

    @Test
    void should_read_a_table_of_centred_cells_that_wrap_at_an_even_pitch_one_row_a_line() throws IOException {
        // given: an Indian fresher's qualifications table, each cell centred in its column, a cell's second line set
        // as far below as the next row
        float[] centres = {95, 210, 345, 436, 506};
        String[][] lines = {
            {"Qualification", "Institute", "Board/University", "Year", "CGPA/"},
            {null, null, null, null, "Percentage"},
            {"B.Tech (CSE)", "Vasavi College of Engineering,", "Osmania University", "2019-2023", "8.62 CGPA"},
            {null, "Ibrahimbagh, Hyderabad", null, null, "(up to VIII"},
            {null, null, null, null, "Sem)"},
            {"Class XII (MPC)", "Sri Chaitanya Junior College,", "Board of Intermediate", "2019", "96.4%"},
            {null, "Madhapur, Hyderabad", "Education, Telangana", null, null},
        };
        List<Object[]> page = new java.util.ArrayList<>(List.of(
                heading("Meghana Kolluri", 800, 20),
                heading("CAREER OBJECTIVE", 780, 11),
                text(
                        "To secure a challenging position as a Software Engineer in a reputed organisation where I can",
                        50,
                        767),
                text(
                        "utilise my skills in full stack development and machine learning, learn new technologies and",
                        50,
                        754),
                heading("ACADEMIC QUALIFICATIONS", 740, 11)));
        for (int row = 0; row < lines.length; row++) {
            for (int column = 0; column < centres.length; column++) {
                String cell = lines[row][column];
                if (cell != null) {
                    page.add(centred(cell, centres[column], 715 - 12.1f * row, row < 2));
                }
            }
        }
        page.add(heading("INTERNSHIPS", 610, 11));
        page.add(text(
                "Machine Learning Intern \u2013 Brightpath Analytics LLP \u00b7 January 2023 \u2013 April 2023",
                50,
                592));
        page.add(text(
                "Built a customer churn prediction model using XGBoost and scikit-learn on 1.2 lakh telecom", 50, 579));
        page.add(text(
                "customer records, achieving 87% accuracy, and presented the insights to the client team.", 50, 566));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text)
                .contains(
                        "Qualification: B.Tech (CSE); Institute: Vasavi College of Engineering, Ibrahimbagh, Hyderabad;"
                                + " Board: Osmania University; Year: 2019-2023; CGPA: 8.62 CGPA (up to VIII Sem)")
                .contains(
                        "Qualification: Class XII (MPC); Institute: Sri Chaitanya Junior College, Madhapur, Hyderabad;"
                                + " Board: Board of Intermediate Education, Telangana; Year: 2019; CGPA: 96.4%")
                .doesNotContain("Board/University");
    }

    /** A line of text centred on a column's middle. */
    private static Object[] centred(String text, float centre, float y, boolean bold) throws IOException {
        float width = (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * 10;
        return at(text, centre - width / 2, y, 10, bold);
    }

    @Test
    void should_read_a_date_centred_beside_a_cell_of_two_lines_as_that_rows() throws IOException {
        // given: a rirekisho's grid, rows 15 points apart; the graduation's text wraps in its cell and the year and
        // month beside it are centred, half a line below its first line
        List<Object[]> table = List.of(
                heading("Education and Work History", 760, 12),
                at("2011", 60, 730, 10, false),
                at("3", 112, 730, 10, false),
                at("Graduated from Osaka Prefectural Mikunigaoka High School", 137, 730, 10, false),
                at("2011", 60, 715, 10, false),
                at("4", 112, 715, 10, false),
                at("Entered Kansai University, Faculty of Informatics", 137, 715, 10, false),
                at("Graduated from Kansai University, Faculty of Informatics", 137, 700, 10, false),
                at("2015", 60, 694.8f, 10, false),
                at("3", 112, 694.8f, 10, false),
                at("(Bachelor of Informatics)", 137, 689.5f, 10, false),
                at("2015", 60, 670, 10, false),
                at("4", 112, 670, 10, false),
                at("Joined Kansai Telecommunication Network Co., Ltd.", 137, 670, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(table), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text)
                .contains("2015 \u00b7 3 \u00b7 Graduated from Kansai University, Faculty of Informatics (Bachelor of"
                        + " Informatics)")
                .contains("2015 \u00b7 4 \u00b7 Joined Kansai Telecommunication Network Co., Ltd.");
    }

    @Test
    void should_read_a_ruled_tables_row_of_cells_wrapped_and_centred_as_one_line_named_by_its_header()
            throws IOException {
        // given: an Indian résumé's qualifications table drawn with borders, each cell's text centred in it and
        // wrapped over as many lines as it needs
        float[] columns = {40, 150, 300, 420, 480, 560};
        float[] rows = {720, 700, 660, 630};
        List<Object[]> page = new ArrayList<>();
        page.add(heading("ACADEMIC QUALIFICATIONS", 740, 11));
        for (float y : rows) {
            page.add(rule(columns[0], y, columns[columns.length - 1], y));
        }
        for (float x : columns) {
            page.add(rule(x, rows[0], x, rows[rows.length - 1]));
        }
        page.addAll(List.of(
                at("Degree / Course", 60, 707, 8, true),
                at("Institute", 200, 707, 8, true),
                at("Board / University", 330, 707, 8, true),
                at("Year", 440, 707, 8, true),
                at("CGPA /", 500, 711, 8, true),
                at("Percentage", 494, 702, 8, true),
                at("B.Tech (Computer", 60, 686, 8, false),
                at("Science & Engineering)", 50, 676, 8, false),
                at("Sri Sai Ram Institute of", 170, 690, 8, false),
                at("Engineering & Technology,", 165, 680, 8, false),
                at("Kurnool", 205, 670, 8, false),
                at("Jawaharlal Nehru", 325, 686, 8, false),
                at("Technological University", 310, 676, 8, false),
                at("2019 \u2013", 435, 686, 8, false),
                at("2023", 440, 676, 8, false),
                at("8.71 CGPA", 495, 681, 8, false),
                at("Class XII \u2013 Intermediate", 50, 650, 8, false),
                at("(MPC)", 80, 640, 8, false),
                at("Sri Chaitanya Junior College,", 160, 650, 8, false),
                at("Kurnool", 205, 640, 8, false),
                at("Board of Intermediate", 315, 650, 8, false),
                at("Education, Andhra Pradesh", 305, 640, 8, false),
                at("2019", 440, 645, 8, false),
                at("95.8%", 500, 645, 8, false)));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        // then: each row one line, its cells named by the header's columns
        assertThat(text)
                .contains("Degree: B.Tech (Computer Science & Engineering); Institute: Sri Sai Ram Institute of"
                        + " Engineering & Technology, Kurnool; Board: Jawaharlal Nehru Technological University; Year:"
                        + " 2019 \u2013 2023; CGPA: 8.71 CGPA")
                .contains(
                        "Degree: Class XII \u2013 Intermediate (MPC); Institute: Sri Chaitanya Junior College, Kurnool;"
                                + " Board: Board of Intermediate Education, Andhra Pradesh; Year: 2019; CGPA: 95.8%");
    }

    @Test
    void should_keep_a_role_under_a_blank_company_cell_a_row_of_its_own() throws IOException {
        // given: rows evenly spaced under a header set apart: no cell wraps, the second role leaves the company blank
        List<Object[]> table = List.of(
                heading("Tom Brown", 780, 20),
                heading("Experience", 740, 14),
                at("Company", 50, 715, 10, true),
                at("Role", 200, 715, 10, true),
                at("Dates", 400, 715, 10, true),
                at("Acme Ltd", 50, 695, 10, false),
                at("Senior Engineer", 200, 695, 10, false),
                at("2021 \u2013 present", 400, 695, 10, false),
                at("Engineer", 200, 683, 10, false),
                at("2018 \u2013 2021", 400, 683, 10, false),
                at("Globex Corp", 50, 671, 10, false),
                at("Analyst", 200, 671, 10, false),
                at("2015 \u2013 2018", 400, 671, 10, false),
                at("Initech", 50, 659, 10, false),
                at("Intern", 200, 659, 10, false),
                at("2014 \u2013 2015", 400, 659, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(table), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text)
                .contains("Role: Engineer; Dates: 2018 \u2013 2021")
                .contains("Company: Initech; Role: Intern; Dates: 2014 \u2013 2015")
                .doesNotContain("Senior Engineer Engineer");
        assertThat(Documents.timeline(result)).hasSize(4);
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
    void should_keep_an_entrys_dates_whole_across_a_page_break_and_a_footer_of_contact_details_once()
            throws IOException {
        // given: the last entry of page 1 breaks its range at the page's foot, above the running footer with the
        // person's e-mail; page 2 opens with the range's end
        String footer = "Kristine Abellana | Front Office | kj.abellana@example.com";
        Files.write(
                folder.resolve("cv.pdf"),
                pdf(
                        List.of(
                                List.of(
                                        heading("Kristine Abellana", 780, 20),
                                        heading("Work Experience", 740, 14),
                                        at("GUEST RELATIONS OFFICER", 50, 715, 10, true),
                                        text("Shangri-La Mactan Resort, Cebu | June 2015 \u2013 May 2017", 50, 701),
                                        text("Greeted and escorted arriving guests.", 50, 687),
                                        at("FRONT DESK AGENT", 50, 100, 10, true),
                                        text("Waterfront Cebu City Hotel, Lahug, Cebu City | July 2013 \u2013", 50, 86),
                                        text(footer, 50, 40)),
                                List.of(
                                        text("May 2015", 50, 790),
                                        text("Check-in and check-out for a 561-room hotel.", 50, 776),
                                        heading("Education", 740, 14),
                                        text("BS Hospitality Management, University of San Jose, 2013", 50, 720),
                                        text(footer, 50, 40))),
                        false));

        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        assertThat(Documents.timeline(result))
                .containsExactly(
                        "Waterfront Cebu City Hotel: July 2013 to May 2015",
                        "Shangri-La Mactan Resort: June 2015 to May 2017");
        assertThat(text.indexOf(footer))
                .isEqualTo(text.lastIndexOf(footer))
                .isGreaterThan(text.indexOf("BS Hospitality"));
    }

    @Test
    void should_keep_a_footers_contact_details_once_when_it_numbers_the_pages_too() throws IOException {
        // given: a consultant's profile whose only e-mail and web addresses are in the footer beside "Seite 1"
        Files.write(
                folder.resolve("profil.pdf"),
                pdf(
                        List.of(
                                List.of(
                                        heading("Thorsten Wiebusch", 780, 20),
                                        heading("Projekthistorie", 740, 14),
                                        text("Zeitraum: 04/2023 \u2013 heute", 50, 715),
                                        text(
                                                "kontakt@wiebusch-it.de \u00b7 www.wiebusch-it.de \u00b7 Seite 1",
                                                50,
                                                40)),
                                List.of(
                                        heading("Ausbildung", 780, 14),
                                        text("Diplom-Informatiker, Universit\u00e4t Hamburg, 2003", 50, 760),
                                        text(
                                                "kontakt@wiebusch-it.de \u00b7 www.wiebusch-it.de \u00b7 Seite 2",
                                                50,
                                                40))),
                        false));

        String text = Documents.allText(loader.load(folder).documents().get(0));

        assertThat(text).contains("Diplom-Informatiker").doesNotContain("Seite 1");
        assertThat(text.indexOf("kontakt@wiebusch-it.de"))
                .isEqualTo(text.lastIndexOf("kontakt@wiebusch-it.de"))
                .isGreaterThan(text.indexOf("Diplom-Informatiker"));
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

    /** A sidebar's lines beside the main column of a finance manager's two-column template. */
    private static List<Object[]> besideDelphinesMainColumn(Object[]... sidebar) {
        List<Object[]> page = new java.util.ArrayList<>(List.of(sidebar));
        page.addAll(List.of(
                at("Delphine Achterberg", 200, 790, 22, true),
                at("EXPERIENCE", 200, 750, 13, true),
                at("FP&A Manager", 200, 730, 12, true),
                at("Mar 2022 \u2013 Present", 470, 730, 10, false),
                at("Corvanne Foods Group plc, Brindleford", 200, 716, 10, true),
                at("\u2022 Lead a team of 4 analysts supporting three divisions with", 200, 687, 10, false),
                at("combined revenue of \u00A3310m across the group", 208, 674, 10, false),
                at("\u2022 Rebuilt the rolling forecast in Anaplan for the group", 200, 661, 10, false),
                at("Senior Financial Analyst", 200, 636, 12, true),
                at("June 2019 \u2013 Feb 2022", 470, 636, 10, false),
                at("Halvergate Logistics Ltd, Marlow Cross", 200, 622, 10, true),
                at("\u2022 Built a driver-based cost model for a fleet of 640 vans", 200, 608, 10, false)));
        return page;
    }

    private static Object[] at(String text, float x, float y, float size, boolean bold) {
        return new Object[] {text, x, y, size, bold};
    }

    @Test
    void should_read_a_name_set_large_beside_a_phone_number_on_its_baseline_with_a_small_space_between_its_words()
            throws IOException {
        // given: a web page printed to PDF, the name's space set in the body's size, the phone number
        // right-aligned on the name's baseline
        float nadia = REGULAR.getStringWidth("Nadia") / 1000 * 36;
        float space = REGULAR.getStringWidth(" ") / 1000 * 9;
        List<Object[]> page = List.of(
                at("Lindengracht 87-III", 470, 800, 10, false),
                at("Nadia", 57, 780, 36, false),
                at(" ", 57 + nadia, 780, 9, false),
                at("Petrakis", 57 + nadia + space, 780, 36, false),
                at("+31 6 0042 7719", 470, 780.8f, 10, false),
                at("Senior Data Scientist", 57, 740, 14, false),
                at("Experience", 57, 700, 14, true),
                at(
                        "Senior Data Scientist, Vennhoek Mobility B.V., Amsterdam \u00b7 2022\u2013present",
                        57,
                        680,
                        10,
                        false),
                at("\u2022 Lead the demand-forecasting workstream.", 57, 666, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(profile.identity().name()).contains("Nadia Petrakis");
        assertThat(text).doesNotContain("NadiaPetrakis").doesNotContain("7719 \u00b7 Nadia");
    }

    @Test
    void should_read_a_template_with_a_sidebar_beside_the_main_column() throws IOException {
        // given: initials in the sidebar set larger than the name, headings in spaced capitals, and
        // the sidebar's lines a point below the main column's
        List<Object[]> page = besideDelphinesMainColumn(
                at("DA", 60, 790, 28, true),
                at("C O N T A C T", 30, 740, 10, true),
                at("d.achterberg@ledgerline.example", 30, 726, 8, false),
                at("S K I L L S", 30, 700, 10, true),
                at("Budgeting", 30, 686, 10, false),
                at("Forecasting", 30, 673, 10, false),
                at("Variance analysis", 30, 660, 10, false),
                at("Anaplan", 30, 647, 10, false),
                at("Power BI", 30, 634, 10, false),
                at("SQL", 30, 621, 10, false),
                at("L A N G U A G E S", 30, 600, 10, true),
                at("Dutch \u2013 fluent", 30, 586, 10, false));
        Files.write(folder.resolve("resume.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(profile.identity().name()).contains("Delphine Achterberg");
        assertThat(text)
                .contains("with combined revenue of £310m", "Budgeting")
                .doesNotContain("withBudgeting", "with Budgeting");
        assertThat(result.documents().get(0).blocks())
                .extracting(b -> String.join(" › ", b.sectionPath()))
                .anyMatch(path -> path.endsWith("SKILLS"))
                .anyMatch(path -> path.endsWith("LANGUAGES"))
                .noneMatch(path -> path.contains("S K I L L S"));
        assertThat(Documents.timeline(result))
                .containsExactly(
                        "Halvergate Logistics Ltd: June 2019 to February 2022",
                        "Corvanne Foods Group plc: March 2022 to present");
    }

    @Test
    void should_not_take_the_next_job_for_a_bullets_wrapped_line() throws IOException {
        // given: a US résumé's employer with its town, then each title there with its dates, at the margin
        List<Object[]> page = List.of(
                at("Keandra Whitlow", 200, 790, 20, true),
                at("PROFESSIONAL EXPERIENCE", 50, 750, 12, true),
                at("Halvorsen Cold Chain Logistics", 50, 730, 10, true),
                at("Groveport, OH", 480, 730, 10, false),
                at("Operations Manager", 50, 717, 10, false),
                at("Mar. 2021 \u2013 Present", 460, 717, 10, false),
                at("\u2022", 60, 703, 10, false),
                at(
                        "Direct day-to-day operations of a 410,000 sq. ft. distribution center with six",
                        70,
                        703,
                        10,
                        false),
                at("shift supervisors and 140 associates across three shifts", 70, 690, 10, false),
                at("\u2022", 60, 677, 10, false),
                at("Cut dock-to-stock time on inbound loads from 26 hrs to 9 hrs.", 70, 677, 10, false),
                at("Warehouse Supervisor", 50, 664, 10, false),
                at("Aug 2018 \u2013 Feb. 2021", 460, 664, 10, false),
                at("\u2022", 60, 650, 10, false),
                at("Supervised 2nd shift (38 associates) covering receiving and putaway", 70, 650, 10, false));
        Files.write(folder.resolve("resume.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text).contains("with six shift supervisors").doesNotContain("9 hrs. Warehouse Supervisor");
        assertThat(Documents.timeline(result))
                .containsExactly(
                        "Halvorsen Cold Chain Logistics: August 2018 to February 2021",
                        "Halvorsen Cold Chain Logistics: March 2021 to present");
    }

    @Test
    void should_start_the_next_entry_at_its_dates_in_the_left_column_though_they_begin_in_small_letters()
            throws IOException {
        // given: a German Lebenslauf: the dates in a column of their own, each entry's bullets to their right, the
        // next entry's "seit 10/2021" back in the dates' column
        List<Object[]> page = List.of(
                at("Florian Wiesinger", 200, 790, 20, true),
                at("Berufserfahrung", 50, 750, 12, true),
                at("03/2009 – 08/2009", 50, 730, 10, false),
                at("Praktikant SAP-Anwendungsbetreuung Finanzen", 160, 730, 10, false),
                at("Dräxlmaier Group, Vilsbiburg", 160, 717, 10, false),
                at("•", 165, 703, 10, false),
                at("Ticketbearbeitung im 1st-Level-Support, Berechtigungsanträge,", 175, 703, 10, false),
                at("Dokumentation", 175, 690, 10, false),
                at("seit 10/2021", 50, 677, 10, false),
                at("Lehrbeauftragter (nebenberuflich), Hochschule Landshut", 160, 677, 10, false));
        Files.write(folder.resolve("lebenslauf.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(text).contains("Berechtigungsanträge, Dokumentation").doesNotContain("Dokumentation seit");
    }

    @Test
    void should_read_the_europass_forms_labels_in_its_left_column_as_the_sections_they_head() throws Exception {
        // given: a Europass CV, its section labels in plain capitals at the body's size in the left column, the
        // dates there too, each entry's title set larger in the right column
        List<Object[]> page = List.of(
                at("WORK EXPERIENCE", 80, 780, 11, false),
                at("07/2012 \u2013 09/2012", 97, 760, 11, false),
                at("SUMMER JOB \u2013 TECHNICAL OFFICE ASSISTANT", 187, 760, 13, false),
                at("Fonderie Orobiche S.p.A. \u2013 Bergamo, Italy", 187, 747, 11, false),
                at("EDUCATION AND TRAINING", 48, 720, 11, false),
                at("10/2013 \u2013 21/07/2016", 85, 700, 11, false),
                at("LAUREA MAGISTRALE (MSc) IN ENERGY ENGINEERING", 187, 700, 13, false),
                at("Politecnico di Milano \u2013 Milan, Italy", 187, 687, 11, false),
                at("PERSONAL SKILLS", 86, 660, 11, false),
                at("MOTHER TONGUE(S) \u00B7 Italian", 187, 640, 11, false),
                at("DRIVING LICENCE", 89, 620, 11, false),
                at("B", 187, 602, 11, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("europass-cv.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("## EDUCATION AND TRAINING")
                .contains("## PERSONAL SKILLS")
                .contains("## DRIVING LICENCE");
    }

    @Test
    void should_join_an_entrys_title_set_large_and_wrapped_under_its_first_words_to_its_line() throws Exception {
        // given: the 2021 Europass form, an entry's dates and the first words of its title on one line, the rest of
        // the title wrapped under those words in the title's larger font
        List<Object[]> page = List.of(
                at("EDUCATION AND TRAINING", 50, 780, 11, true),
                at(
                        "09/2012 \u2013 07/2014 Master of Science in Computer Science and Engineering (Mestrado em",
                        112,
                        760,
                        10,
                        false),
                at("Engenharia Inform\u00e1tica e de Computadores)", 191, 743, 12, true),
                at("EQF level 7", 480, 743, 9, false),
                at(
                        "Instituto Superior T\u00e9cnico \u2013 Universidade de Lisboa [ tecnico.ulisboa.pt ]",
                        191,
                        730,
                        9,
                        false),
                at("Lisbon, Portugal", 191, 718, 9, false),
                at("Thesis: Adaptive Replica Placement for Geo-Replicated Key-Value Stores", 191, 706, 9, false),
                at("Field of study Software and applications development and analysis", 191, 694, 9, false),
                at("LANGUAGE SKILLS", 50, 676, 12, true),
                at("Portuguese \u00b7 Mother tongue(s)", 191, 660, 9, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("europass-cv.pdf", bytes);

        // then
        assertThat(markdown)
                .containsPattern("Computer Science and Engineering \\(Mestrado em\\s+Engenharia Inform\u00e1tica e de"
                        + " Computadores\\)")
                .doesNotContain("## Engenharia")
                .contains("## LANGUAGE SKILLS");
    }

    @Test
    void should_read_dates_in_a_margin_beside_their_entries_line_by_line() throws Exception {
        // given: a European CV's second page, the dates and labels in a margin column on the baseline of
        // the entry each belongs to
        List<Object[]> page = List.of(
                at("EDUCATION", 50, 780, 10, true),
                at("10/2015 \u2013 02/2019", 50, 760, 10, false),
                at("PhD in Environmental Engineering, Universidade de Montalvo", 150, 760, 10, false),
                at("Thesis: microalgae-bacteria consortia for nutrient removal in wastewaters", 150, 747, 10, false),
                at("2007 \u2013 2012", 50, 727, 10, false),
                at(
                        "Integrated Master (MSc) in Environmental Engineering, Universidade de Montalvo",
                        150,
                        727,
                        10,
                        false),
                at("2020", 50, 707, 10, false),
                at("IPMA Level D \u2013 Certified Project Management Associate", 150, 707, 10, false),
                at("LANGUAGES", 50, 680, 10, true),
                at("Portuguese", 50, 660, 10, false),
                at("native", 150, 660, 10, false),
                at("English", 50, 647, 10, false),
                at("fluent \u2013 C1 (IELTS 8.0, 2015)", 150, 647, 10, false),
                at("PROJECTS", 50, 620, 10, true),
                at("2024\u20132027", 50, 600, 10, false),
                at("STRUVIA \u2013 struvite recovery at Hoogveld WWTP; coordinator of the pilot", 150, 600, 10, false),
                at("2022\u20132023", 50, 587, 10, false),
                at(
                        "ANAMMOX-SIDE \u2013 sidestream partial nitritation pilot; technical lead for it",
                        150,
                        587,
                        10,
                        false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("10/2015 \u2013 02/2019 \u00B7 PhD in Environmental Engineering, Universidade de Montalvo")
                .contains("Portuguese \u00B7 native")
                .contains("2022\u20132023 \u00B7 ANAMMOX-SIDE");
    }

    @Test
    void should_read_small_dates_in_a_margin_beside_the_larger_titles_whose_tops_they_are_level_with()
            throws Exception {
        // given: a Europass form's first page: the personal details' labels, then each job's dates in 8 pt in the
        // margin, set level with the top of its title in 11 pt across the gutter, so a little above its baseline
        List<Object[]> page = List.of(
                at("Address", 60, 780, 8, false),
                at("Str. Observatorului nr. 84, 400363 Cluj-Napoca, Romania", 200, 780, 8, false),
                at("E-mail", 60, 768, 8, false),
                at("radu.ciobanu.devops@example.com", 200, 768, 8, false),
                at("Nationality", 60, 756, 8, false),
                at("Romanian", 200, 756, 8, false),
                at("WORK EXPERIENCE", 60, 730, 9, true),
                at("01/04/2020 \u2013 Current", 60, 712.3f, 8, false),
                at("Senior DevOps Engineer / DevOps Team Lead", 200, 710, 11, true),
                at("Accesa IT Consulting S.R.L. \u2013 Cluj-Napoca, Romania", 200, 697, 9, true),
                at(
                        "Lead a team of 5 DevOps engineers supporting 9 product teams for a German client",
                        200,
                        684,
                        9,
                        false),
                at("02/07/2018 \u2013 31/03/2020", 60, 662.3f, 8, false),
                at("DevOps Engineer", 200, 660, 11, true),
                at("Fortech S.R.L. \u2013 Cluj-Napoca, Romania", 200, 647, 9, true),
                at(
                        "Built and maintained AWS infrastructure as code with Terraform for 6 product teams",
                        200,
                        634,
                        9,
                        false),
                at("01/04/2016 \u2013 30/06/2018", 60, 612.3f, 8, false),
                at("System Engineer", 200, 610, 11, true),
                at("Endava Romania S.R.L. \u2013 Cluj-Napoca, Romania", 200, 597, 9, true),
                at("Automated configuration management with Ansible across 300 servers", 200, 584, 9, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("europass-cv.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("01/04/2020 \u2013 Current \u00B7 Senior DevOps Engineer / DevOps Team Lead")
                .contains("02/07/2018 \u2013 31/03/2020 \u00B7 DevOps Engineer")
                .contains("01/04/2016 \u2013 30/06/2018 \u00B7 System Engineer");
    }

    @Test
    void should_read_dates_in_bold_in_a_margin_beside_their_entries_line_by_line() throws Exception {
        // given: a Chinese job site's CV, its personal details' labels, its section headings and its entries'
        // dates all in bold in the margin, each entry's institution and degree in bold beside its dates
        List<Object[]> page = List.of(
                at("Personal Information", 54, 780, 13, true),
                at("Name:", 59, 760, 10, true),
                at("Zhou Jiawei", 209, 760, 10, false),
                at("Gender:", 59, 745, 10, true),
                at("Male", 209, 745, 10, false),
                at("Nationality:", 59, 730, 10, true),
                at("Chinese", 209, 730, 10, false),
                at("Current Location:", 59, 715, 10, true),
                at("Shanghai, China", 209, 715, 10, false),
                at("Education Background", 54, 690, 13, true),
                at("2020.09-2023.06", 54, 670, 10, true),
                at("Tongji University, Shanghai", 149, 670, 10, true),
                at("Master of Engineering (Part-time)", 395, 670, 10, true),
                at("Major: Industrial Engineering, part-time in-service programme", 149, 656, 10, false),
                at("2012.09-2016.06", 54, 636, 10, true),
                at("Huazhong University of Science and Technology", 149, 636, 10, true),
                at("Bachelor of Engineering", 438, 636, 10, true),
                at("Major: Mechanical Design, Manufacturing and Automation", 149, 622, 10, false),
                at("Work Experience", 54, 600, 13, true),
                at("2022.07-Present", 54, 580, 10, true),
                at("Shanghai Xingchi New Energy Automobile Co., Ltd.", 149, 580, 10, true),
                at("Senior Manufacturing Engineer", 400, 580, 10, true),
                at("Lead a team of 5 manufacturing engineers on 2 battery pack assembly lines.", 149, 566, 10, false),
                at("Raised line output from 12 JPH to 20 JPH through line balancing.", 149, 552, 10, false),
                at("OEE improved from 71% to 86% after robot path optimisation.", 149, 538, 10, false),
                at("Own PFMEA, control plans and work instructions for module stacking.", 149, 524, 10, false),
                at("Cut the air-tightness test failure rate from 1.8% to 0.4%.", 149, 510, 10, false),
                at("Technical interface to equipment suppliers in China and Germany.", 149, 496, 10, false),
                at("2020.03-2022.06", 54, 476, 10, true),
                at("Shanghai Xingchi New Energy Automobile Co., Ltd.", 149, 476, 10, true),
                at("Manufacturing Engineer", 420, 476, 10, true),
                at("Responsible for bolt tightening, TIM dispensing and end-of-line testing.", 149, 462, 10, false),
                at("Supported the start of production of the first model in 2020.10.", 149, 448, 10, false),
                at("Led a Six Sigma Green Belt project that cut torque defects by 63%.", 149, 434, 10, false),
                at("Designed 15 lifting fixtures and assist devices in SolidWorks.", 149, 420, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then: read line by line, not as a sidebar of dates and labels after the entries
        assertThat(markdown)
                .contains("2020.09-2023.06 \u00B7 Tongji University, Shanghai")
                .contains("Current Location: \u00B7 Shanghai, China")
                .containsSubsequence(
                        "## Work Experience", "2022.07-Present \u00B7 Shanghai Xingchi", "12 JPH", "2020.03-2022.06");
    }

    @Test
    void should_read_a_header_band_across_both_columns_and_the_wider_column_first_on_to_the_next_page()
            throws Exception {
        // given: a template of floating boxes: a header band across the page, a sidebar of skills at the left, the
        // experience in the wider column at the right, and its last job alone on the second page
        List<Object[]> first = new ArrayList<>(List.of(
                at("R\u00F3is\u00EDn Mulcahy", 43, 800, 26, true),
                at("HEAD CHEF | KITCHEN MANAGER", 43, 779, 12, false),
                at("E: roisin@example.com   M: +353 87 412 3659", 43, 760, 9, false),
                at("KEY SKILLS", 55, 700, 10, true),
                at("EXPERIENCE", 218, 700, 12, true)));
        String[] skills = {
            "Menu development",
            "GP and food cost",
            "HACCP systems",
            "Brigade leadership",
            "Butchery",
            "Fermentation",
            "Banqueting",
            "Supplier sourcing",
            "Rotas",
            "Recruitment",
            "Stock control",
            "Allergens",
            "Sous-vide",
            "Curing",
            "Pastry",
            "Tasting menus",
            "Events",
            "Training"
        };
        String[] duties = {
            "Head Chef & Kitchen Manager, Saltmarsh Brasserie, Dublin, Mar 2021 - Present",
            "Lead a brigade of 16 chefs and 5 kitchen porters across a 140-cover brasserie.",
            "Lifted kitchen GP from 64% to 72% within 18 months through menu engineering.",
            "Manage an annual food budget of 1.4m and cut food waste by 35% in a year.",
            "Sous Chef, Heron & Wren, Bath, Jun 2017 - Feb 2021",
            "Second-in-command of a 9-strong brigade in a 70-cover modern British restaurant.",
            "Launched a meal-kit service during the 2020 lockdowns, selling 450 kits a week.",
            "Chef de Partie, Kilbrannagh House Hotel, Kenmare, Apr 2014 - May 2017",
            "Ran the fish and sauce sections in a 60-cover fine-dining room and weddings.",
            "Hotel restaurant went from one to two AA Rosettes in 2016 with the team.",
            "Promoted to Senior Chef de Partie in 2016, covering the pass on days off.",
            "Trained commis chefs and worked directly with local boats on the daily catch.",
            "Cooked for weddings of up to 200 guests in the hotel's marquee each summer.",
            "Kept the fish section's food cost at 26% of sales through whole-fish butchery.",
            "Wrote the section's HACCP records and cleaning schedules for inspections.",
            "Ran the staff meal on Sundays for a team of twenty-five in high season.",
            "Helped design the bar menu when the hotel opened its terrace in 2015.",
            "Worked the pass at the hotel's charity dinner for 180 guests in 2016."
        };
        for (int i = 0; i < skills.length; i++) {
            first.add(at(skills[i], 55, 684 - i * 16, 9, false));
            first.add(at(duties[i], 218, 690 - i * 14, 9, false));
        }
        List<Object[]> second = List.of(
                at("Commis Chef, The Mariner's Table, Cork, Sep 2011 - Mar 2014", 43, 800, 10, true),
                at("Started on larder and pastry in a 110-cover seafood restaurant.", 43, 786, 10, false),
                at("EDUCATION", 43, 760, 12, true),
                at("BA (Hons) Culinary Arts, Technological University Dublin, 2007 - 2011", 43, 744, 10, false));
        byte[] bytes = pdf(List.of(first, second), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then: the header whole, the jobs in order over the page break, the sidebar after them
        assertThat(markdown)
                .contains("HEAD CHEF | KITCHEN MANAGER")
                .containsSubsequence("EXPERIENCE", "Chef de Partie", "Commis Chef", "EDUCATION", "KEY SKILLS", "Rotas");
    }

    @Test
    void should_join_dates_wrapped_in_a_narrow_margin_onto_the_line_of_the_entry_they_head() throws Exception {
        // given: a French CV's dates column too narrow for "Depuis septembre 2020": its year wraps onto the line of
        // the employer's description
        List<Object[]> page = List.of(
                at("EXP\u00C9RIENCES PROFESSIONNELLES", 50, 780, 10, true),
                at("Depuis septembre", 50, 760, 10, false),
                at("Responsable Marketing \u2013 Maison Vellane, Lyon (69)", 150, 760, 10, false),
                at("2020", 50, 747, 10, false),
                at("Marque de cosm\u00E9tiques bio et vegan \u2013 PME de 85 salari\u00E9s", 150, 747, 10, false),
                at("Sept. 2012 \u2013 ao\u00FBt", 50, 720, 10, false),
                at(
                        "Alternance \u2013 Assistante chef de produit \u2013 Savoie Lait, Chamb\u00E9ry",
                        150,
                        720,
                        10,
                        false),
                at("2013", 50, 707, 10, false),
                at("Appui au lancement d'une gamme de yaourts", 150, 707, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("Depuis septembre 2020 \u00B7 Responsable Marketing \u2013 Maison Vellane")
                .contains("Sept. 2012 \u2013 ao\u00FBt 2013 \u00B7 Alternance")
                .contains("Marque de cosm\u00E9tiques bio et vegan")
                .doesNotContain("2020 \u00B7 Marque");
    }

    @Test
    void should_read_labels_set_flush_right_in_a_margin_beside_their_lines_even_when_few_are_years() throws Exception {
        // given: a LaTeX CV's second page, its margin labels (mostly words, two years) set flush right
        // against the entries they name, each on its entry's baseline
        String[][] rows = {
            {"[1]", "I. Valdes and R. Okoro. Gaussian process priors for irregular vital signs, 2016."},
            {"[2]", "I. Valdes and R. Okoro. Hierarchical shrinkage for sparse time series, 2017."},
            {"Talk", "MLOps for clinical models: what broke in production, PyData, November 2023."},
            {"Languages", "Python, R, SQL and Stan for most of the modelling work"},
            {"Data", "Spark, Databricks and dbt on the forecasting pipelines"},
            {"2022", "AWS Certified Machine Learning \u2013 Specialty"},
            {"2020", "Databricks Certified Associate Developer for Apache Spark"},
            {"Norwegian", "Mother tongue, and the language of the first job"},
            {"English", "Fluent \u2013 C2; working language since 2013"},
            {"Music", "Alto in an Edinburgh community choir for ten years"}
        };
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Publications", 150, 790, 14, false));
        for (int i = 0; i < rows.length; i++) {
            float y = 760 - 22 * i;
            float width = REGULAR.getStringWidth(rows[i][0]) / 1000 * 8;
            page.add(at(rows[i][0], 140 - width, y, 8, false));
            page.add(at(rows[i][1], 150, y, 8, false));
        }
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("2022 \u00B7 AWS Certified Machine Learning \u2013 Specialty")
                .contains("Norwegian \u00B7 Mother tongue")
                .contains("Talk \u00B7 MLOps for clinical models");
    }

    @Test
    void should_join_an_item_wrapped_in_a_narrow_sidebar_but_keep_short_items_and_contact_lines_apart()
            throws Exception {
        // given: a profile export's sidebar, each certification wrapped over two lines, beside a wide main column
        List<Object[]> page = new java.util.ArrayList<>();
        String[] sidebar = {
            "Contact",
            "ines@kerr.example",
            "linkedin.com/in/ineskerr",
            "Certifications",
            "Databricks Certified Data Engineer",
            "Professional",
            "Microsoft Certified: Azure Data",
            "Engineer Associate",
            "Google Ads Search Certification (2024)",
            "Salesforce Marketing Cloud Consultant",
            "Languages",
            "English (Native)",
            "French (Professional)"
        };
        for (int i = 0; i < sidebar.length; i++) {
            page.add(at(sidebar[i], 30, 780 - 14 * i, 10, sidebar[i].matches("Contact|Certifications|Languages")));
        }
        page.add(at("Ines Kerr", 230, 780, 20, false));
        for (int i = 0; i < 12; i++) {
            page.add(at(
                    "Built and ran the data platform for the retail analytics team across three countries.",
                    230,
                    740 - 14 * i,
                    10,
                    false));
        }
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("Profile.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("Databricks Certified Data Engineer Professional")
                .contains("Microsoft Certified: Azure Data Engineer Associate")
                .doesNotContain("(2024) Salesforce", "English (Native) French", "ines@kerr.example linkedin");
    }

    @Test
    void should_head_entries_set_larger_with_the_section_named_in_bold_capitals_above_them() throws Exception {
        List<Object[]> page = List.of(
                at("Ines Morais", 50, 790, 22, false),
                at("EXPERIENCE", 50, 750, 10, true),
                at("Farolim Payments \u2014 Lead Product Designer", 50, 730, 12, true),
                at("Led a design team of five across payments and onboarding for the retail app.", 50, 714, 10, false),
                at("Ran usability testing every sprint and set up the research repository.", 50, 700, 10, false),
                at("EDUCATION", 50, 670, 10, true),
                at("Universidade Nova de Lisboa \u2014 MSc in Human-Computer Interaction", 50, 650, 12, true),
                at("Part-time, while working. Dissertation on onboarding in mobile banking.", 50, 634, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        assertThat(markdown)
                .contains("## EXPERIENCE\n")
                .contains("## EDUCATION\n")
                .contains("### Universidade Nova de Lisboa");
    }

    @Test
    void should_head_sections_by_their_larger_bold_labels_and_keep_a_smaller_bold_entry_title_alone_in_its_section()
            throws Exception {
        // (the employer's name run on after the title, a space apart)
        // a Europass CV: the sections' labels in bold capitals a size above the entries' titles, also bold capitals,
        // one of them alone on its line
        List<Object[]> page = List.of(
                at("Beatriz Salgueiro", 50, 790, 18, false),
                at("WORK EXPERIENCE", 50, 750, 11.5f, true),
                at("01/03/2021 – CURRENT Lisbon, Portugal", 50, 730, 10, false),
                at("SENIOR QA AUTOMATION ENGINEER", 50, 716, 10.5f, true),
                at(
                        "VERTIZ PAYMENTS, S.A.",
                        50 + BOLD.getStringWidth("SENIOR QA AUTOMATION ENGINEER ") / 1000f * 10.5f,
                        716,
                        10.5f,
                        false),
                at("Led test automation for the merchant platform in a squad of nine engineers.", 50, 702, 10, false),
                at("EDUCATION AND TRAINING", 50, 670, 11.5f, true),
                at("06/2022 Lisbon, Portugal", 50, 650, 10, false),
                at("ISTQB CERTIFIED TESTER ADVANCED LEVEL", 50, 636, 10.5f, true),
                at("Portuguese Software Testing Qualifications Board", 50, 622, 10, false),
                at("09/2013 – 07/2015 Coimbra, Portugal", 50, 600, 10, false),
                at("MASTER'S DEGREE IN INFORMATICS ENGINEERING", 50, 586, 10.5f, true),
                at("University of Coimbra", 380, 586, 10.5f, false),
                at("LANGUAGE SKILLS", 50, 560, 11.5f, true),
                at("Mother tongue(s): PORTUGUESE", 50, 540, 10, false),
                at("VOLUNTEER MENTORING", 50, 510, 11.5f, true),
                at("Weekend workshops on software testing for career changers.", 50, 490, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        assertThat(markdown)
                .contains("## WORK EXPERIENCE\n", "## EDUCATION AND TRAINING\n", "## LANGUAGE SKILLS\n")
                .contains("## VOLUNTEER MENTORING\n")
                .contains("**ISTQB CERTIFIED TESTER ADVANCED LEVEL**")
                .contains("**SENIOR QA AUTOMATION ENGINEER** · VERTIZ PAYMENTS, S.A.")
                .doesNotContain("# ISTQB", "# SENIOR");
    }

    @Test
    void should_head_a_section_in_bold_capitals_set_as_the_known_labels_are_though_its_name_is_no_usual_one()
            throws Exception {
        // an American academic CV: the name a step above the body, every section's label in bold capitals at the
        // body's size, "EDUCATION" among the usual ones, "POSTDOCTORAL TRAINING" not
        List<Object[]> page = List.of(
                at("Lauren Okonkwo, MD", 50, 790, 12, true),
                at("EDUCATION", 50, 750, 10, true),
                at(
                        "2008 \u2013 2012 \u00b7 M.D. \u00b7 University of Rochester School of Medicine",
                        50,
                        734,
                        10,
                        false),
                at("POSTDOCTORAL TRAINING", 50, 700, 10, true),
                at("07/2012 \u2013 06/2015 \u00b7 Resident, Internal Medicine", 50, 684, 10, false),
                at("HOSPITAL APPOINTMENTS", 50, 650, 10, true),
                at("08/2018 \u2013 present \u00b7 Attending Physician, UPMC Presbyterian", 50, 634, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        assertThat(markdown).contains("## EDUCATION\n", "## POSTDOCTORAL TRAINING\n", "## HOSPITAL APPOINTMENTS\n");
    }

    @Test
    void should_keep_a_bold_header_row_of_a_grid_in_its_section_not_as_a_heading() throws Exception {
        // given: the Europass grid of languages, its header row in bold capitals, its cells set apart
        List<Object[]> page = List.of(
                at("Federica Lombardini", 40, 790, 20, false),
                at("LANGUAGE SKILLS", 40, 750, 12, true),
                at("Mother tongue(s): ITALIAN", 40, 730, 9, false),
                at("UNDERSTANDING", 140, 716, 9, true),
                at("SPEAKING", 320, 716, 9, true),
                at("WRITING", 470, 716, 9, true),
                at("ENGLISH", 40, 702, 9, false),
                at("C1", 140, 702, 9, false),
                at("C1", 320, 702, 9, false),
                at("C1", 470, 702, 9, false),
                at("GERMAN", 40, 688, 9, false),
                at("B2", 140, 688, 9, false),
                at("B2", 320, 688, 9, false),
                at("B1", 470, 688, 9, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then: the languages stay under "LANGUAGE SKILLS", no heading of the grid's columns between
        assertThat(markdown)
                .contains("UNDERSTANDING \u00b7 SPEAKING \u00b7 WRITING", "ENGLISH \u00b7 C1")
                .doesNotContain("**UNDERSTANDING", "# UNDERSTANDING");
    }

    @Test
    void should_join_a_bold_title_wrapped_inside_its_brackets_into_one_line() throws Exception {
        // given: a Europass degree in bold capitals, its Italian name in brackets wrapped onto a second line
        List<Object[]> page = List.of(
                at("Federica Lombardini", 40, 790, 20, false),
                at("EDUCATION AND TRAINING", 40, 750, 12, false),
                at("09/2009 – 10/2011", 40, 730, 8, false),
                at("MASTER OF SCIENCE IN MANAGEMENT ENGINEERING (LAUREA MAGISTRALE IN INGEGNERIA", 40, 718, 9, true),
                at("GESTIONALE)", 40, 707, 9, true),
                at("Politecnico di Milano – Milan, Italy", 40, 695, 9, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains(
                        "**MASTER OF SCIENCE IN MANAGEMENT ENGINEERING (LAUREA MAGISTRALE IN INGEGNERIA GESTIONALE)**");
    }

    @Test
    void should_read_an_undated_sidebar_set_flush_right_as_a_column_of_its_own() throws Exception {
        // given: a sidebar of skills and languages set flush right, each on a line of the main column
        String[] sidebar = {"SKILLS", "Kubernetes", "Terraform", "Python", "LANGUAGES", "Swedish", "English"};
        String[] main = {
            "EXPERIENCE",
            "Platform Engineer, Oresund Logistics AB",
            "Jan 2020 \u2013 present",
            "Automated the provisioning of forty build agents with Terraform and Ansible.",
            "DevOps Engineer, Skane Energi AB",
            "Mar 2016 \u2013 Dec 2019",
            "Moved the billing services to Kubernetes and cut deploy time by half."
        };
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Ingrid Lund", 220, 790, 20, false));
        for (int i = 0; i < main.length; i++) {
            float y = 750 - 16 * i;
            page.add(at(main[i], 220, y, 10, i == 0));
            if (i < sidebar.length) {
                float width = REGULAR.getStringWidth(sidebar[i]) / 1000 * 10;
                page.add(at(sidebar[i], 190 - width, y, 10, false));
            }
        }
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("Platform Engineer, Oresund Logistics AB")
                .doesNotContain("Terraform \u00B7 Jan 2020", "Swedish \u00B7");
    }

    @Test
    void should_read_a_tabular_cvs_labels_and_dates_beside_their_values_line_by_line() throws Exception {
        // given: a German-style CV's first page, personal details' labels and the jobs' dates in a margin
        // column on the baseline of the value or entry each belongs to; more labels than dates
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Personal Data", 50, 780, 11, true));
        String[][] details = {
            {"Name", "Jonas Falkner"},
            {"Address", "Ahornweg 7, 70565 Stuttgart"},
            {"Mobile", "+49 151 2345678"},
            {"E-mail", "j.falkner@example.de"},
            {"LinkedIn", "linkedin.com/in/jonas-falkner"},
            {"Date/place of birth", "2 May 1985 in Ulm"},
            {"Nationality", "German"},
            {"Marital status", "married"}
        };
        for (int i = 0; i < details.length; i++) {
            page.add(at(details[i][0], 50, 762 - 14 * i, 10, false));
            page.add(at(details[i][1], 200, 762 - 14 * i, 10, false));
        }
        page.add(at("Professional Experience", 50, 630, 11, true));
        String[][] jobs = {
            {"since 04/2020", "Vollmer Hydraulik GmbH, Stuttgart", "Head of Assembly"},
            {"05/2015 \u2013 03/2020", "Vollmer Hydraulik GmbH, Stuttgart", "Assembly Engineer"},
            {"09/2010 \u2013 04/2015", "Rauch Pumpen und Armaturen AG, Neu-Ulm", "Process Engineer"}
        };
        for (int i = 0; i < jobs.length; i++) {
            float y = 612 - 60 * i;
            page.add(at(jobs[i][0], 50, y, 10, false));
            page.add(at(jobs[i][1], 200, y, 10, true));
            page.add(at(jobs[i][2], 200, y - 13, 10, false));
            page.add(
                    at("\u2022 Led the assembly of hydraulic units for agricultural machines", 200, y - 26, 10, false));
            page.add(at("\u2022 Cut rework on the test benches by a quarter in two years", 200, y - 39, 10, false));
        }
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("Date/place of birth \u00B7 2 May 1985 in Ulm")
                .contains("since 04/2020 \u00B7 Vollmer Hydraulik GmbH, Stuttgart")
                .contains("09/2010 \u2013 04/2015 \u00B7 Rauch Pumpen und Armaturen AG, Neu-Ulm  \nProcess Engineer");
    }

    @Test
    void should_keep_a_tabular_cvs_margin_on_a_later_page_of_labels_alone() throws Exception {
        // given: the dates' margin on the first page; the last page's skills and languages labelled in it, no
        // date among the labels, a place and date over a signature's line across it at the end
        List<Object[]> first = new java.util.ArrayList<>();
        first.add(at("Berufserfahrung", 50, 780, 11, true));
        String[][] jobs = {
            {"seit 04/2020", "Vollmer Hydraulik GmbH, Stuttgart", "Leiter Montage"},
            {"05/2015 \u2013 03/2020", "Vollmer Hydraulik GmbH, Stuttgart", "Montageingenieur"},
            {"09/2010 \u2013 04/2015", "Rauch Pumpen und Armaturen AG, Neu-Ulm", "Prozessingenieur"},
            {"10/2008 \u2013 08/2010", "Bosch Rexroth AG, Lohr am Main", "Werkstudent"}
        };
        for (int i = 0; i < jobs.length; i++) {
            float y = 762 - 60 * i;
            first.add(at(jobs[i][0], 50, y, 10, false));
            first.add(at(jobs[i][1], 200, y, 10, true));
            first.add(at(jobs[i][2], 200, y - 13, 10, false));
            first.add(at(
                    "\u2022 Montage von Hydraulikaggregaten f\u00FCr Landmaschinen geleitet", 200, y - 26, 10, false));
            first.add(at(
                    "\u2022 Nacharbeit an den Pr\u00FCfst\u00E4nden um ein Viertel gesenkt", 200, y - 39, 10, false));
        }
        List<Object[]> last = new java.util.ArrayList<>();
        last.add(at("Kenntnisse", 50, 780, 11, true));
        String[][] labels = {
            {"CAD", "CATIA V5 (sehr gut), Siemens NX (gut)"},
            {"Berechnung", "ANSYS Workbench (sehr gut), KISSsoft (sehr gut)"},
            {"Programmierung", "MATLAB/Simulink (gut), Python (Grundkenntnisse)"},
            {"Methoden", "DFMEA, APQP/PPAP, GD&T, DoE, 8D-Report"},
            {"Deutsch", "Muttersprache"},
            {"Englisch", "verhandlungssicher (C1)"},
            {"Schwedisch", "Grundkenntnisse (A2)"},
            {"Freizeit", "Bergsteigen, Rennradfahren"}
        };
        for (int i = 0; i < labels.length; i++) {
            last.add(at(labels[i][0], 50, 762 - 20 * i, 10, false));
            last.add(at(labels[i][1], 200, 762 - 20 * i, 10, false));
        }
        last.add(at("Stuttgart, 28.11.2026", 50, 560, 10, false));
        last.add(at("_______________________________________", 50, 520, 10, false));
        last.add(at("Jonas Falkner", 50, 505, 10, false));
        byte[] bytes = pdf(List.of(first, last), false);

        // when
        String markdown = new PdfConverter().toMarkdown("Lebenslauf.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("seit 04/2020 \u00B7 Vollmer Hydraulik GmbH, Stuttgart")
                .contains("Englisch \u00B7 verhandlungssicher (C1)")
                .contains("Schwedisch \u00B7 Grundkenntnisse (A2)");
    }

    @Test
    void should_keep_a_bold_entry_line_wrapped_onto_a_second_line_whole() throws Exception {
        // given: a Google Docs template's "Employer, Town — Title" in bold, wrapped, then its dates
        List<Object[]> page = List.of(
                at("Bronagh Keaveney", 50, 780, 24, true),
                at("EXPERIENCE", 50, 740, 9, true),
                at(
                        "St Ebba's Hospitals NHS Trust, Carrowby \u2014 Clinical Specialist Physiotherapist,",
                        50,
                        720,
                        11,
                        true),
                at("MSK Outpatients (Band 7)", 50, 706, 11, true),
                at("JUL 2019 \u2013 FEB 2022", 50, 692, 8, false),
                at(
                        "Led a team of 6 Band 5/6 physiotherapists and 2 rehab assistants at the outpatient dept.",
                        50,
                        676,
                        10,
                        false),
                at(
                        "Lanterne Valley Primary Care Network, Carrowby \u2014 First Contact Physiotherapist",
                        50,
                        650,
                        11,
                        true),
                at("(FCP)", 50, 636, 11, true),
                at("MARCH 2022 - PRESENT", 50, 622, 8, false),
                at(
                        "Assess and manage 14 to 16 patients a day across five GP practices in the network.",
                        50,
                        606,
                        10,
                        false));
        byte[] bytes = pdf(List.of(page), false);
        Files.write(folder.resolve("Resume.pdf"), bytes);

        // when
        String markdown = new PdfConverter().toMarkdown("Resume.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("**St Ebba's Hospitals NHS Trust, Carrowby \u2014 Clinical Specialist Physiotherapist, MSK "
                        + "Outpatients (Band 7)**")
                .contains("First Contact Physiotherapist (FCP)**");
        assertThat(Documents.timeline(loader.load(folder)))
                .containsExactly(
                        "St Ebba's Hospitals NHS Trust: July 2019 to February 2022",
                        "Lanterne Valley Primary Care Network: March 2022 to present");
    }

    @Test
    void should_read_a_moderncv_header_and_bullets_set_larger_than_their_words() throws Exception {
        // given: the name set large with small contact lines right-aligned beside it, and each bullet
        // glyph a size larger than its item's words, as LaTeX's moderncv sets them
        byte[] bytes = onePage(content -> {
            show(content, REGULAR, 30, 50, 780, "Ingrid Valtersen");
            show(content, REGULAR, 8.8f, 420, 794, "27 Marchmont Crescent");
            show(content, REGULAR, 8.8f, 420, 774, "ivaltersen.data@gmail.com");
            show(content, BOLD, 14, 50, 730, "Experience");
            show(
                    content,
                    REGULAR,
                    9,
                    50,
                    710,
                    "04/2019 \u2013 06/2021 \u00b7 Data Scientist, Brambleway Energy plc, Glasgow.");
            content.beginText();
            content.setFont(REGULAR, 11);
            content.newLineAtOffset(52, 696);
            content.showText("\u2022");
            content.setFont(REGULAR, 9);
            content.showText(" Moved the forecasting pipelines to Spark.");
            content.endText();
            show(
                    content,
                    REGULAR,
                    9,
                    50,
                    676,
                    "10/2017 \u2013 03/2019 \u00b7 Data Scientist, Kelpie Insurance Group, Edinburgh.");
        });
        Files.write(folder.resolve("CV.pdf"), bytes);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown).contains("# Ingrid Valtersen\n").doesNotContain("### \u2022");
        assertThat(Documents.timeline(loader.load(folder)))
                .containsExactly(
                        "Kelpie Insurance Group: October 2017 to March 2019",
                        "Brambleway Energy plc: April 2019 to June 2021");
    }

    @Test
    void should_read_a_sidebar_apart_and_a_narrow_column_of_dates_beside_the_entries_they_head() throws Exception {
        // given: three columns (a sidebar; each entry's dates, wrapped, and a label; the entries)
        List<Object[]> page = new java.util.ArrayList<>(List.of(
                at("Tamsin Okafor", 190, 790, 24, false),
                at("contact", 42, 740, 11, true),
                at("tamsin@okafor.example", 42, 726, 8, false),
                at("languages", 42, 700, 11, true),
                at("English (native)", 42, 686, 8, false),
                at("French (fluent)", 42, 676, 8, false),
                at("tools", 42, 650, 11, true),
                at("Python, pandas, SQL", 42, 636, 8, false),
                at("Datawrapper, Flourish", 42, 626, 8, false),
                at("Adobe Audition", 42, 616, 8, false),
                at("Teeline shorthand", 42, 606, 8, false),
                at("experience", 252, 740, 14, true)));
        String[][] jobs = {
            {
                "Apr 2017 – now",
                "",
                "staff",
                "Senior Investigations Reporter · Northbridge Daily Record",
                "Lead the paper’s investigations desk."
            },
            {"Mar 2014 – Mar", "2017", "staff", "Political Reporter · Wyvern FM News, Halbridge", "Covered the council."
            },
            {
                "Jul 2011 – Feb",
                "2014",
                "staff",
                "Reporter · Calder Evening Post, Halbridge",
                "Courts, crime and council."
            },
            {
                "Sep 2010 – Jun",
                "2011",
                "trainee",
                "Trainee Reporter · Wexley Gazette, Wexley",
                "First job after the NCTJ."
            }
        };
        float y = 720;
        for (String[] job : jobs) {
            page.add(at(job[0], 173, y, 7, false));
            if (!job[1].isEmpty()) {
                page.add(at(job[1], 173, y - 9.5f, 7, false));
            }
            page.add(at(job[2], 173, y - 19, 7, false));
            page.add(at(job[3], 252, y, 9, true));
            page.add(at(job[4], 252, y - 12, 9, false));
            y -= 40;
        }
        byte[] bytes = pdf(List.of(page), false);
        Files.write(folder.resolve("CV.pdf"), bytes);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown).contains("Mar 2014 – Mar 2017 · Political Reporter");
        assertThat(Documents.timeline(loader.load(folder)))
                .contains(
                        "Wyvern FM News: March 2014 to March 2017", "Calder Evening Post: July 2011 to February 2014");
    }

    @Test
    void should_read_a_sparse_dates_column_with_its_entries_and_a_sidebars_dropped_labels_with_their_values()
            throws Exception {
        // given: "Twenty Seconds" in LaTeX: a sidebar with the name and details, each bold label centred on
        // its value and so set lower than it; a column of dates; the entries
        List<Object[]> page = new java.util.ArrayList<>(List.of(
                at("Mateus", 40, 760, 22, false),
                at("Carvalho", 40, 735, 22, false),
                at("Contact", 17, 600, 10, true),
                at("3 Feb 1991, Campinas (Brazil)", 55, 580, 7, false),
                at("Born", 17, 574.8f, 7, true),
                at("married, one daughter", 55, 566, 7, false),
                at("Family", 17, 560.8f, 7, true),
                at("m.carvalho@example.com", 55, 552, 7, false),
                at("E-mail", 17, 546.8f, 7, true),
                at("github.com/mcarvalho", 55, 538, 7, false),
                at("GitHub", 17, 532.8f, 7, true),
                at("Skills", 17, 500, 10, true),
                at("Python", 17, 486, 7, false),
                at("SQL", 17, 476, 7, false),
                at("Spark", 17, 466, 7, false),
                at("Experience", 212, 790, 12, true)));
        String[][] jobs = {
            {"2024 – now", "Lead Data Scientist", "Corvane Health, Toronto, ON", "Lead a team of five data scientists."
            },
            {"2021 – 2024", "Senior Data Scientist", "Corvane Health, Toronto, ON", "Built the readmission model."},
            {"2019 – 2021", "Data Scientist", "Maplecart Grocery Inc., Toronto", "Forecast demand for 3,200 SKUs."},
            {"2018 – 2019", "Junior Data Scientist", "Ridgeline Analytics, Waterloo", "Built churn models for clients."
            },
            {"2017 – 2018", "Research Assistant", "Humber Shore University, Toronto", "Ran survival analyses."},
            {"2013 – 2016", "Data Analyst", "Banco Paulista Aliança, São Paulo", "Automated the PD reports."},
            {"2012 – 2013", "Statistics Intern", "Instituto Campineiro, Campinas", "Weighted survey samples in R."},
            {"2010 – 2012", "Research Intern", "Vale Paulista University, Campinas", "Cleaned census extracts."}
        };
        float y = 765;
        for (String[] job : jobs) {
            page.add(at(job[0], 213.5f, y, 9, false));
            page.add(at(job[1], 275, y, 9, true));
            page.add(at(job[2], 275, y - 11, 9, false));
            page.add(at(job[3], 275, y - 22, 9, false));
            y -= 45;
        }
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains(
                        "Born · 3 Feb 1991, Campinas (Brazil)",
                        "Family · married, one daughter",
                        "2024 – now · Lead Data Scientist",
                        "2010 – 2012 · Research Intern");
        assertThat(markdown.indexOf("Experience")).isLessThan(markdown.indexOf("2024 – now"));
    }

    @Test
    void should_end_an_employer_line_in_italics_that_fills_the_column_before_the_text_under_it() throws Exception {
        // given: LaTeX's entry: the title in bold, the employer in italics as wide as the text, then the text
        PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        byte[] bytes = onePage(content -> {
            show(content, BOLD, 20, 50, 780, "Mateus Carvalho");
            show(content, BOLD, 10, 50, 740, "Statistics Intern");
            show(content, italic, 10, 50, 728, "Instituto Campineiro de Pesquisa de Opinião, Campinas, Brazil");
            show(content, REGULAR, 10, 50, 716, "Survey weighting and sampling in R for election and consumer");
            show(content, REGULAR, 10, 50, 704, "polls, for a market research institute of forty analysts.");
        });

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("Instituto Campineiro de Pesquisa de Opinião, Campinas, Brazil  \nSurvey weighting")
                .contains("election and consumer polls");
    }

    @Test
    void should_end_a_list_at_a_title_in_italics_dated_after_an_items_full_stop() throws Exception {
        // given: a Word CV printed to PDF, the employer's second title in italics at the bullets' left edge
        PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        byte[] bytes = onePage(content -> {
            show(content, BOLD, 20, 50, 780, "Linnea Hakansson");
            show(content, REGULAR, 10, 50, 740, "Volvander Cars AB, Goteborg");
            show(content, italic, 10, 50, 728, "Senior Software Engineer, ADAS Platform (March 2023 - present)");
            show(
                    content,
                    REGULAR,
                    10,
                    50,
                    716,
                    "\u2022 Technical lead for a team of 7 developing the fusion middleware.");
            show(content, REGULAR, 10, 50, 704, "\u2022 Mentor for 3 junior engineers; supervised 2 master's theses.");
            show(content, italic, 10, 50, 692, "Software Engineer, Body & Chassis (August 2019 - February 2023)");
            show(content, REGULAR, 10, 50, 680, "\u2022 Developed AUTOSAR Classic software components in C.");
        });

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("master's theses.\n")
                .doesNotContain("theses. Software Engineer")
                .contains("Software Engineer, Body & Chassis (August 2019 - February 2023)");
    }

    @Test
    void should_join_an_entry_led_by_its_dates_to_the_words_that_go_on_below_in_lower_case() throws Exception {
        // given: LaTeX's tabular, the dates in a left column, the entry wrapped in its right one
        byte[] bytes = onePage(content -> {
            show(content, BOLD, 20, 50, 780, "Henrike Lindqvist");
            show(content, REGULAR, 10, 50, 740, "2021–present");
            show(
                    content,
                    REGULAR,
                    10,
                    125,
                    740,
                    "Research Fellow, Department of Geography and Environmental Science, University");
            show(
                    content,
                    REGULAR,
                    10,
                    125,
                    740 - 12,
                    "of Easthaven, UK. Independent fellowship; leads a group of two.");
            show(content, REGULAR, 10, 50, 700, "2017");
            show(content, REGULAR, 10, 125, 700, "Visiting Researcher, Nordic Centre for Catchment Modelling, Norway.");
        });

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown).contains("Environmental Science, University of Easthaven, UK.");
    }

    @Test
    void should_read_words_set_with_their_actual_text_as_words_of_one_line() throws Exception {
        // given: XeLaTeX's accessible text, each word a span whose ActualText is the word: the
        // stripper gives the word to its first glyph and nothing to the others
        byte[] bytes = onePage(content -> {
            show(content, BOLD, 20, 50, 780, "Tamsin Okafor");
            float x = 50;
            for (String word : "Investigative journalist with fourteen years in regional newspapers".split(" ")) {
                org.apache.pdfbox.cos.COSDictionary span = new org.apache.pdfbox.cos.COSDictionary();
                span.setString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT, word);
                content.beginMarkedContent(
                        org.apache.pdfbox.cos.COSName.getPDFName("Span"),
                        org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(span));
                show(content, REGULAR, 9, x, 740, word);
                content.endMarkedContent();
                x += REGULAR.getStringWidth(word) / 1000 * 9 + 1.8f;
            }
        });

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown).contains("Investigative journalist with fourteen years in regional newspapers");
    }

    @Test
    void should_read_a_narrow_sidebar_on_the_right_apart_from_the_main_column() throws Exception {
        // given: a Canva-like page: the wide left column holds the jobs, the narrow right one contact and skills
        List<Object[]> page = withCanvaMainColumn(
                at("SKILLS", 420, 740, 11, true),
                at("Go-to-market strategy", 420, 722, 9, false),
                at("Demand generation", 420, 708, 9, false),
                at("Lifecycle & CRM", 420, 694, 9, false),
                at("Brand positioning", 420, 680, 9, false),
                at("Team leadership", 420, 666, 9, false),
                at("Budget management", 420, 652, 9, false),
                at("A/B testing & CRO", 420, 638, 9, false),
                at("Content strategy", 420, 624, 9, false));
        byte[] bytes = pdf(List.of(page), false);
        Files.write(folder.resolve("Resume.pdf"), bytes);

        // when
        String markdown = new PdfConverter().toMarkdown("Resume.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("Lead a 9-person team for an e-commerce SaaS platform; report to the CMO.")
                .contains("Go-to-market strategy");
        assertThat(Documents.timeline(loader.load(folder)))
                .containsExactly("Tidewell Financial: February 2019 to June 2022", "Lumacart: July 2022 to present");
    }

    @Test
    void should_drop_a_continuation_header_atop_a_later_page_but_keep_a_role_line_that_starts_with_cv()
            throws Exception {
        // given: two two-page CVs; the second page opens with the CV's running title, or with a role
        List<Object[]> first = List.of(
                at("Leonie Fairbairn", 50, 790, 20, true),
                at("Experience", 50, 750, 14, true),
                at("Thistlegate Health \u00b7 Apr 2018 \u2013 Aug 2020", 50, 730, 10, true),
                at("UX Researcher", 50, 716, 10, false),
                at("\u2022 Ran moderated usability tests on the symptom-checker.", 50, 702, 10, false));
        byte[] titled = pdf(
                List.of(
                        first,
                        List.of(
                                at("Leonie Fairbairn \u2014 Curriculum Vitae", 50, 800, 9, false),
                                at("\u2022 Moved all research to remote methods in March 2020.", 50, 770, 10, false))),
                false);
        byte[] role = pdf(
                List.of(
                        first,
                        List.of(
                                at("CV Engineer, Visionary AI, Manchester, 2019 \u2013 2021", 50, 800, 10, true),
                                at("\u2022 Trained detection models for retail shelves.", 50, 786, 10, false))),
                false);

        // then
        assertThat(new PdfConverter().toMarkdown("CV.pdf", titled))
                .doesNotContain("Curriculum Vitae")
                .contains("Moved all research to remote methods");
        assertThat(new PdfConverter().toMarkdown("CV.pdf", role)).contains("CV Engineer, Visionary AI");
    }

    @Test
    void should_join_a_bold_name_wrapped_at_the_sidebars_edge_but_keep_short_bold_items_apart() throws Exception {
        // given: a résumé builder's right sidebar, a certification's name in bold wrapping at the sidebar's edge
        // onto a second line, over its issuer; and short skills in bold, one a line
        List<Object[]> page = withSkillsSidebar(at("Content strategy", 420, 624, 9, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("Resume.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("**Google Analytics Certified Professional Marketer**")
                .contains("**Excel**\n\n**Tableau**");
    }

    @Test
    void should_join_a_bold_line_that_stops_on_a_preposition_to_the_bold_line_under_it() throws Exception {
        // given: a sidebar's diploma in bold, broken after "in" well short of the sidebar's edge
        List<Object[]> page = withSkillsSidebar(
                at("Diploma in", 420, 624, 9, true),
                at("UX Design", 420, 613, 9, true),
                at("PUCRS Online \u00b7 2020", 420, 599, 9, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("Resume.pdf", bytes);

        // then
        assertThat(markdown).contains("**Diploma in UX Design**");
    }

    @Test
    void should_keep_an_employer_line_that_ends_with_room_to_spare_apart_from_the_text_under_it() throws Exception {
        // given: a word processor's CV, the employer's line ending in a bracket well before the margin, the
        // role's prose starting on the next line (a paragraph of its own that the page spaces like a wrap)
        List<Object[]> page = List.of(
                at("Helen Marchbanks", 50, 790, 20, true),
                at("Employment History", 50, 750, 14, true),
                at("Headteacher \u00b7 September 2019 \u2013 present", 50, 730, 10, true),
                at(
                        "St Aldhelm\u2019s Church of England Primary School, Fernleigh (voluntary aided, ages 3\u201311)",
                        50,
                        718,
                        10,
                        false),
                at(
                        "I lead a one-and-a-half-form-entry school with a nursery, a staff of 31 and a budget of \u00a31.4 million,",
                        50,
                        706,
                        10,
                        false),
                at(
                        "reporting to the governing body and working closely with the Diocese of Fernleigh.",
                        50,
                        694,
                        10,
                        false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("(voluntary aided, ages 3\u201311)  \nI lead a one-and-a-half-form-entry school")
                // a line that was wrapped is still joined
                .contains("\u00a31.4 million, reporting to the governing body");
    }

    @Test
    void should_read_a_run_in_bold_title_wrapped_onto_the_next_line_and_justified_lines_as_text() throws Exception {
        // given: pandoc's CV, each role a paragraph opening with its title, employer and dates in bold,
        // and lines justified to the margin, their spaces wider than a column's gap
        String boldRunIn = "Connectivity (2019\u2013present).";
        float afterBold = 50 + BOLD.getStringWidth(boldRunIn + " ") / 1000 * 10;
        String research = "Research Officer, Office for Regional Statistics (2009\u20132011).";
        float afterResearch = 50 + BOLD.getStringWidth(research + " ") / 1000 * 10;
        List<Object[]> page = new java.util.ArrayList<>(List.of(
                at("Helen Marchbank", 50, 790, 20, true),
                at("Employment", 50, 750, 14, true),
                at("Head of Bus Strategy and Funding (Grade 6), Department for Local Transport and", 50, 730, 10, true),
                at(boldRunIn, 50, 718, 10, true),
                at("I lead the Bus Strategy and Funding division in the Leeds", afterBold, 718, 10, false),
                at("hub, with fourteen staff across policy, analysis and grants.", 50, 706, 10, false)));
        // a justified line: its words spread evenly from the left margin to the right one
        String[] words = {
            "Ran", "the", "Regional", "Connectivity", "Challenge", "Fund", "(\u00a3240m),", "and", "its", "data."
        };
        float right = 560;
        float letters = 0;
        for (String word : words) {
            letters += REGULAR.getStringWidth(word) / 1000 * 10;
        }
        float gap = (right - 50 - letters) / (words.length - 1);
        float x = 50;
        for (String word : words) {
            page.add(at(word, x, 694, 10, false));
            x += REGULAR.getStringWidth(word) / 1000 * 10 + gap;
        }
        page.add(at(research, 50, 670, 10, true));
        page.add(at("First post after my master's degree.", afterResearch, 670, 10, false));
        byte[] bytes = pdf(List.of(page), false);
        Files.write(folder.resolve("cv.pdf"), bytes);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(gap).isGreaterThan(9f);
        assertThat(markdown)
                .contains(
                        "**Head of Bus Strategy and Funding (Grade 6), Department for Local Transport and Connectivity"
                                + " (2019\u2013present).** I lead the Bus Strategy and Funding division in the Leeds hub, with")
                .contains("Ran the Regional Connectivity Challenge Fund (\u00a3240m), and its data.")
                .contains("**" + research + "** First post after my master's degree.");
        assertThat(Documents.timeline(loader.load(folder)))
                .containsExactly(
                        "Office for Regional Statistics: 2009 to 2011",
                        "Department for Local Transport and Connectivity: 2019 to present");
    }

    @Test
    void should_end_the_bullets_at_the_next_employers_name_in_bold_and_drop_a_marker_drawn_twice() throws Exception {
        // given: the next employer in bold, then what it was in regular type, back at the bullets' left edge
        List<Object[]> page = List.of(
                at("Ioana Dumitrescu", 50, 790, 20, true),
                at("Hellenic Skyways \u2013 Cabin Manager since Sep 2024", 50, 750, 10, false),
                at(
                        "\u2022 \u00b7 Managed an in-flight cardiac emergency on an ATH\u2013LHR flight; received a",
                        56,
                        736,
                        10,
                        false),
                at("commendation from the Chief of Cabin Crew.", 66, 724, 10, false),
                at("Maltair Leisure \u2013", 50, 710, 10, true),
                at("charter & ACMI", 140, 710, 10, false),
                at("\u2022 \u00b7 Maltair ceased operations in October 2020.", 56, 696, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("received a commendation from the Chief of Cabin Crew.\n")
                .contains("- Maltair ceased operations in October 2020.")
                .doesNotContain("\u00b7 Managed")
                .doesNotContain("Crew. Maltair");
    }

    @Test
    void should_keep_a_labelled_line_under_an_entrys_bullets_out_of_the_last_bullet() throws Exception {
        // given
        List<Object[]> page = List.of(
                at("Oskar Haverland", 50, 790, 20, true),
                at("Selected engagements", 50, 750, 14, true),
                at("Client: Brederode Bank \u2014 14 months, 2022\u20132023", 50, 730, 10, true),
                at("\u2022 Designed idempotent payment-event handling", 50, 716, 10, false),
                at("\u2022 Pair-programmed with permanent staff", 50, 704, 10, false),
                at("Stack: Java 17, Spring Boot, Kafka, Oracle", 50, 692, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("- Pair-programmed with permanent staff\n")
                .contains("\nStack: Java 17, Spring Boot, Kafka, Oracle");
    }

    @Test
    void should_read_a_drawn_timelines_years_with_the_entries_they_stand_beside() throws Exception {
        // given: a designer's timeline, each entry's years set large in bold, right-aligned left of a
        // line drawn down the page, a little below the title's baseline; the current one's range broken
        // over two lines
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Lotte Vermeulen", 40, 780, 32, true));
        page.add(at("Graphic & Brand Designer", 40, 755, 13, false));
        String[][] entries = {
            {"2023", "Design Lead", "Maasbrug Creative, Rotterdam"},
            {"2020\u20132023", "Senior Designer", "Maasbrug Creative, Rotterdam"},
            {"2017\u20132020", "Graphic Designer", "Van Asperen Drukwerk, Dordrecht"},
            {"2015\u20132017", "Junior Designer", "Studio Lijnwerk, Utrecht"}
        };
        for (int i = 0; i < entries.length; i++) {
            float y = 680 - 78 * i;
            float size = i == 0 ? 26 : 19;
            page.add(rightAligned(entries[i][0], 180, y - 4, size, true));
            if (i == 0) {
                page.add(rightAligned("\u2014 now", 180, y - 20, 12, false));
            }
            page.add(at(entries[i][1], 216, y, 12, true));
            page.add(at(entries[i][2], 216, y - 14, 10.5f, false));
            page.add(at("Identity systems and packaging for food and retail clients.", 216, y - 28, 8.6f, false));
        }
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then: each range on its entry's title line, not all the years first and the entries after
        assertThat(markdown)
                .contains("Design Lead \u00B7 2023 \u2014 now")
                .contains("Senior Designer \u00B7 2020\u20132023")
                .contains("Junior Designer \u00B7 2015\u20132017")
                .doesNotContain("# 2023\n");
    }

    @Test
    void should_join_a_year_to_one_range_end_only_when_two_stand_under_it() throws Exception {
        // given: two ends of ranges right-aligned under one large year
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Lotte Vermeulen", 40, 780, 32, true));
        page.add(rightAligned("2023", 180, 676, 26, true));
        page.add(rightAligned("\u2013 2024", 180, 660, 12, false));
        page.add(rightAligned("\u2013 2025", 180, 650, 12, false));
        page.add(at("Design Lead", 216, 680, 12, true));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown).contains("2023 \u2013 2024").contains("2025").contains("Design Lead");
    }

    @Test
    void should_read_a_section_label_set_small_in_letter_spaced_capitals_as_a_heading() throws Exception {
        // given: a Figma export, "E X P E R I E N C E" in small grey capitals over entries set a little larger
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Lotte Brandsma", 40, 790, 26, true));
        page.add(at("Product designer with 13 years of experience across agency and fintech.", 40, 760, 9, false));
        page.add(at("E X P E R I E N C E", 40, 730, 8, false));
        page.add(at("Senior Product Designer  |  Groenhaven", 40, 712, 11, false));
        page.add(at("Lead the app design team (3 designers); created the Dune design system.", 40, 698, 9, false));
        page.add(at("E D U C A T I O N", 40, 670, 8, false));
        page.add(at("BA Communication & Multimedia Design", 40, 652, 11, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown).contains("## EXPERIENCE\n").contains("## EDUCATION\n");
    }

    @Test
    void should_read_a_heading_in_letter_spaced_small_capitals_as_its_words() throws Exception {
        // given: a Pages-style heading, "Professional Experience" in small capitals (the first letter of each
        // word larger) with the letters tracked apart by a little more than a tenth of their size
        byte[] bytes;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(BOLD, 20);
                content.newLineAtOffset(40, 790);
                content.showText("Lucia Beltran");
                content.endText();
                content.beginText();
                content.setCharacterSpacing(1.4f);
                content.newLineAtOffset(40, 750);
                for (String[] piece :
                        new String[][] {{"P", "12"}, {"ROFESSIONAL", "9"}, {" E", "12"}, {"XPERIENCE", "9"}}) {
                    content.setFont(BOLD, Float.parseFloat(piece[1]));
                    content.showText(piece[0]);
                }
                content.endText();
                // "EDUCATION", its "AT" kerned closer than the other letters
                content.beginText();
                content.newLineAtOffset(40, 700);
                for (String[] piece :
                        new String[][] {{"E", "12", "1.4"}, {"DUCA", "9", "1.4"}, {"T", "9", "0.6"}, {"ION", "9", "1.4"}
                        }) {
                    content.setFont(BOLD, Float.parseFloat(piece[1]));
                    content.setCharacterSpacing(Float.parseFloat(piece[2]));
                    content.showText(piece[0]);
                }
                content.endText();
                content.beginText();
                content.setCharacterSpacing(0);
                content.setFont(REGULAR, 10);
                content.newLineAtOffset(40, 680);
                content.showText("BBA, Institut Hotelier de Lavaux, 2010 \u2013 2013");
                content.endText();
                content.beginText();
                content.setFont(REGULAR, 10);
                content.newLineAtOffset(40, 730);
                content.showText("Receptionist, Hotel Puerta del Ebro, Zaragoza, 2013 \u2013 2014");
                content.endText();
            }
            document.save(out);
            bytes = out.toByteArray();
        }

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown).contains("PROFESSIONAL EXPERIENCE").contains("EDUCATION");
    }

    @Test
    void should_head_a_section_with_a_heading_in_capitals_set_like_the_known_sections_labels() throws Exception {
        // given: "EDUCATION" and "RESEARCH POSITIONS" set alike, a little larger than the text
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("HANNAH E. LINDQVIST", 40, 790, 20, true));
        page.add(at("EDUCATION", 40, 750, 12, false));
        page.add(at("2016 \u2013 2021 \u00b7 Ph.D. in Computational Biology", 40, 734, 10, false));
        page.add(at("RESEARCH POSITIONS", 40, 706, 12, false));
        page.add(at("2021 \u2013 present \u00b7 Postdoctoral Research Fellow", 40, 690, 10, false));
        page.add(at("Calder Institute for Genome Sciences", 40, 677, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then: a section of its own, not a part of the education
        assertThat(markdown).contains("\n## EDUCATION\n").contains("\n## RESEARCH POSITIONS\n");
    }

    @Test
    void should_read_an_academic_cvs_sections_in_capitals_at_the_body_size_as_headings() throws Exception {
        // given: a LaTeX res.cls CV: the sections' names in capitals on lines of their own, no larger than the
        // text, the entries indented under them
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("ISLA M. FAIRBAIRN", 200, 790, 16, true));
        page.add(at("APPOINTMENTS", 40, 750, 10, false));
        page.add(at("2018 – present · Lecturer in Environmental Science", 60, 736, 10, false));
        page.add(at("School of Geography & Environmental Science, Tarnbeck University", 60, 723, 10, false));
        page.add(at("GRANTS", 40, 700, 10, false));
        page.add(at("2023 – 2027 · NERC Standard Grant, PEATNET. PI. £612,400.", 60, 686, 10, false));
        page.add(at("SELECTED PUBLICATIONS", 40, 660, 10, false));
        page.add(at("[1] Fairbairn, I.M. (2026). Nitrate export after peatland rewetting.", 60, 646, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("## APPOINTMENTS\n")
                .contains("## GRANTS\n")
                .contains("## SELECTED PUBLICATIONS\n");
    }

    @Test
    void should_not_take_a_label_in_capitals_inside_an_entry_for_a_section() throws Exception {
        // given: "TEACHING" and "SERVICE" over a line each, at the entry's own margin, under a role
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Priya Shah", 40, 790, 16, true));
        page.add(at("EXPERIENCE", 40, 760, 10, false));
        page.add(at("Associate Professor of Chemistry, University of Nottingham, 2019 – present", 40, 746, 10, true));
        page.add(at("TEACHING", 40, 732, 10, false));
        page.add(at("Physical chemistry to second-year undergraduates.", 40, 718, 10, false));
        page.add(at("SERVICE", 40, 704, 10, false));
        page.add(at("Deputy director of teaching.", 40, 690, 10, false));
        page.add(at("Lecturer in Chemistry, University of Bath, 2014 – 2019", 40, 670, 10, true));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("## EXPERIENCE")
                .doesNotContain("## TEACHING")
                .doesNotContain("## SERVICE");
    }

    @Test
    void should_read_dates_drawn_in_a_sidebar_with_the_entries_they_stand_level_with() throws Exception {
        // given: a design tool's export that draws the whole narrow left column first (the contact details, a
        // heading set a little larger, then each job's dates level with its title), then the main column
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("CONTACT", 30, 740, 10, true));
        page.add(at("eleanor@example.com", 30, 726, 8, false));
        page.add(at("Bishopston, Bristol", 30, 713, 8, false));
        page.add(at("2021 – now", 30, 690, 10, true));
        page.add(at("2017 – 2021", 30, 610, 10, true));
        page.add(at("LANGUAGES", 30, 540, 12, true));
        page.add(at("English · native", 30, 526, 10, false));
        page.add(at("Eleanor Whitcombe", 200, 790, 22, true));
        page.add(at("E X P E R I E N C E", 200, 715, 14, true));
        page.add(at("Principal Engineer – Bridges", 200, 690, 11, true));
        page.add(at("Halloran Brooke Consulting, Bristol", 200, 676, 10, false));
        page.add(at("• Leads the Bristol bridges team of nine engineers and technicians", 200, 662, 10, false));
        page.add(at("• Design lead for the Avon Meads Viaduct replacement, four spans", 200, 649, 10, false));
        page.add(at("Structural Engineer", 200, 610, 11, true));
        page.add(at("Kestrel Infrastructure Ltd, Cardiff", 200, 596, 10, false));
        page.add(at("• Highway structures for road improvement schemes in South Wales", 200, 582, 10, false));
        page.add(at("• Temporary works design and site support during construction", 200, 569, 10, false));
        page.add(at("S E L E C T E D   P R O J E C T S", 200, 540, 14, true));
        page.add(at("• Avon Meads Viaduct replacement, Bristol, design lead since 2022", 200, 526, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        String markdown = new PdfConverter().toMarkdown("cv.pdf", Files.readAllBytes(folder.resolve("cv.pdf")));

        // then: each job has its dates; the two words of a heading in spaced capitals stay one heading; the
        // sidebar's heading heads a section of its own, not one inside the main column's last
        assertThat(Documents.timeline(result))
                .containsExactly(
                        "Kestrel Infrastructure Ltd: 2017 to 2021", "Halloran Brooke Consulting: 2021 to present");
        assertThat(markdown).contains("## SELECTED PROJECTS\n").contains("## LANGUAGES\n");
        assertThat(result.documents().get(0).blocks())
                .extracting(b -> String.join(" › ", b.sectionPath()))
                .noneMatch(path -> path.contains("PROJECTS › LANGUAGES"));
    }

    @Test
    void should_keep_a_colon_set_in_a_column_of_its_own_after_its_label() throws Exception {
        // given: personal details typed as label, a colon at a tab stop, and the value
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("PERSONAL DETAILS", 50, 780, 11, true));
        String[][] details = {
            {"Surname", "Mthembu"}, {"ID number", "880923 0412 083"}, {"Date of birth", "23 September 1988"}
        };
        for (int i = 0; i < details.length; i++) {
            page.add(at(details[i][0], 50, 760 - 14 * i, 10, false));
            page.add(at(": " + details[i][1], 170, 760 - 14 * i, 10, false));
        }
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("cv.pdf", bytes);

        // then
        assertThat(markdown).contains("ID number: 880923 0412 083").contains("Date of birth: 23 September 1988");
    }

    private static Object[] rightAligned(String text, float right, float y, float size, boolean bold)
            throws IOException {
        float width = (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * size;
        return at(text, right - width, y, size, bold);
    }

    @Test
    void should_keep_the_hyphen_of_a_link_wrapped_at_it_and_join_a_word_split_by_one() throws Exception {
        // given
        List<Object[]> page = List.of(
                at("Tamsin Raeburn", 50, 790, 20, true),
                at("Contact", 50, 750, 14, true),
                at("A data engineer with fourteen years of experi-", 50, 730, 10, false),
                at("ence in energy and insurance.", 50, 718, 10, false),
                at("www.linkedin.com/in/tamsin-", 50, 700, 10, false),
                at("raeburn-data (LinkedIn)", 50, 688, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("Profile.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("fourteen years of experience in energy")
                .contains("www.linkedin.com/in/tamsin-raeburn-data (LinkedIn)");
    }

    /** What draws a page's content. */
    @FunctionalInterface
    private interface PageDrawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    /** The bytes of a one-page A4 PDF that the given steps draw. */
    private static byte[] onePage(PageDrawing drawing) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    @Test
    void should_head_each_section_labelled_in_a_left_column_with_its_label() throws Exception {
        // given: a USAJOBS résumé: each section's label in a column of its own, on its first line's baseline,
        // one label in two lines ("Professional" / "Publications:"); a skills table's labels beside them
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Gideon P. Marchetti", 50, 790, 14, false));
        page.add(at("Work Experience:", 50, 740, 9, false));
        page.add(at("Bureau of Land Management, U.S. Department of the Interior", 168, 740, 9, false));
        page.add(at("Grand Junction, CO US", 168, 727, 9, false));
        page.add(at("11/2019 - Present", 168, 714, 9, false));
        page.add(at("Management and Program Analyst", 168, 701, 9, true));
        String[] duties = {
            "Led the workforce transition analysis for the 187 positions affected by the Headquarters",
            "relocation, including vacancy, retirement-eligibility and cost modeling, and wrote the options",
            "papers used by the Deputy Director for Operations. Serve as Contracting Officer's Representative",
            "for a 5-year, $2.1M IT help-desk support contract: review invoices, monitor contractor performance",
            "and prepare CPARS evaluations. Coordinated the bureau's responses to 23 GAO and OIG audit",
            "recommendations; 19 have been closed as implemented. Work leader (non-supervisory) for two",
            "GS-9/11 analysts. Trained 60+ employees in Lean process mapping. Tools: Power BI, Excel, SQL.",
            "Received the BLM Director's Special Act Award (2020) for relocation support, and a time-off",
            "award (2022) for the bureau's first consolidated field-office budget dashboard in Power BI.",
            "Supervisor: Lorraine Fitch (970-555-0183)",
            "May contact: Yes"
        };
        for (int i = 0; i < duties.length; i++) {
            page.add(at(duties[i], 168, 688 - 13 * i, 9, false));
        }
        page.add(at("Education:", 50, 542, 9, false));
        page.add(at("Front Range State University Denver, CO US", 168, 542, 9, false));
        page.add(at("Master's Degree 12/2013", 168, 529, 9, false));
        page.add(at("Major: Public Administration", 168, 516, 9, false));
        page.add(at("GPA: 3.82 of a maximum 4.0", 168, 503, 9, false));
        page.add(at("Mesa Ridge University Pueblo, CO US", 168, 490, 9, false));
        page.add(at("Bachelor's Degree 05/2008", 168, 477, 9, false));
        page.add(at("Major: Political Science Minor: Economics", 168, 464, 9, false));
        page.add(at("Fremont Plains High School Canon City, CO US", 168, 451, 9, false));
        page.add(at("High School or equivalent 05/2004", 168, 438, 9, false));
        page.add(at("Language Skills:", 50, 414, 9, false));
        page.add(at("Language: Spanish Spoken: Intermediate", 168, 414, 9, false));
        page.add(at("Professional", 50, 394, 9, false));
        page.add(at("Oyelaran, M., & Marchetti, G. P. (2014). Counting what counts: Performance", 168, 394, 9, false));
        page.add(at("Publications:", 50, 381, 9, false));
        page.add(at("measurement in small Colorado counties.", 168, 381, 9, false));
        page.add(at("Desired locations:", 50, 354, 9, false));
        page.add(at("United States - CO - Lakewood", 168, 354, 9, false));

        // when
        String markdown = new PdfConverter().toMarkdown("Resume.pdf", pdf(List.of(page), false));

        // then
        assertThat(markdown)
                .contains("## Work Experience\n\nBureau of Land Management, U.S. Department of the Interior  \n"
                        + "Grand Junction, CO US")
                .contains("## Education\n\nFront Range State University Denver, CO US")
                .contains("## Language Skills\n\nLanguage: Spanish")
                .contains("## Professional Publications\n\nOyelaran, M., & Marchetti, G. P. (2014). Counting what"
                        + " counts: Performance measurement in small Colorado counties.")
                // a label that names no section of the page stays on its line
                .contains("Desired locations: \u00B7 United States - CO - Lakewood");
    }

    @Test
    void should_leave_an_entrys_repeated_label_on_its_line() throws Exception {
        // given: a South African CV's entries, each with its "Position:" label at the margin
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Sizwe Mthembu", 50, 790, 14, false));
        String[] employers = {"Mphepo Coal Holdings (Pty) Ltd", "Imvula Mining Services (Pty) Ltd", "Goldvale Coal Ltd"
        };
        for (int e = 0; e < employers.length; e++) {
            float y = 760 - 180 * e;
            page.add(at(employers[e], 168, y, 9, true));
            page.add(at(e == 1 ? "Positions:" : "Position:", 50, y - 13, 9, false));
            page.add(at("Mine Manager", 168, y - 13, 9, false));
            for (int d = 0; d < 9; d++) {
                page.add(at(
                        "Led production, safety and planning for the underground sections and their crews",
                        168,
                        y - 26 - 13 * d,
                        9,
                        false));
            }
        }

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", pdf(List.of(page), false));

        // then
        assertThat(markdown).contains("Position: \u00B7 Mine Manager").doesNotContain("## Position");
    }

    @Test
    void should_head_a_section_beside_an_empty_cell_and_a_forms_table_by_the_section_its_header_row_names()
            throws Exception {
        // given: moderncv's coloured bar beside each section's title, a cell holding only a no-break space; a
        // rirekisho's grid whose header row reads "Year | Month | Licenses and Qualifications"
        List<Object[]> page = List.of(
                at("Giulia Ferraresi", 57, 780, 24, true),
                at("\u00A0", 57, 740, 14, false),
                at("Experience", 120, 740, 14, false),
                at(
                        "Mar 2023 \u2013 present Senior Machine Learning Engineer, Corvana Labs, London, UK.",
                        57,
                        720,
                        10,
                        false),
                at("Year", 57, 680, 10, false),
                at("Month", 100, 680, 10, false),
                at("Licenses and Qualifications", 200, 680, 10, false),
                at("2014", 57, 666, 10, false),
                at("12", 100, 666, 10, false),
                at("Passed Fundamental Information Technology Engineer Examination", 200, 666, 10, false));

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", pdf(List.of(page), false));

        // then
        assertThat(markdown)
                .contains("## Experience\n", "## Licenses and Qualifications\n")
                .doesNotContain("\u00B7 Experience");
    }

    @Test
    void should_leave_a_skills_tables_labels_on_their_lines() throws Exception {
        // given: labels beside values in a skills table, no work or education among them
        List<Object[]> page = new java.util.ArrayList<>();
        page.add(at("Technical Skills", 50, 760, 12, true));
        String[][] rows = {{"Languages:", "Java, Kotlin, Go"}, {"Skills:", "Kafka, gRPC"}, {"Tools:", "Docker, Helm"}};
        for (int i = 0; i < rows.length; i++) {
            page.add(at(rows[i][0], 50, 740 - 14 * i, 10, false));
            page.add(at(rows[i][1], 160, 740 - 14 * i, 10, false));
        }

        // when
        String markdown = new PdfConverter().toMarkdown("Resume.pdf", pdf(List.of(page), false));

        // then
        assertThat(markdown).contains("Languages: \u00B7 Java, Kotlin, Go").doesNotContain("## Languages");
    }

    @Test
    void should_join_the_end_of_a_range_of_dates_wrapped_under_its_start_not_read_it_as_a_list_item()
            throws IOException {
        // given: "– Present" wrapped onto a line of its own under "… | 2019"
        List<Object[]> page = List.of(
                at("Marisol Quintero", 57, 780, 24, true),
                at("Experience", 57, 740, 14, true),
                at("Store Manager | Halden & Rowe, Riverbend Galleria, Columbus, OH | 2019", 57, 720, 10, false),
                at("\u2013 Present", 57, 708, 10, false),
                at("Full P&L responsibility for a 9,500 sq ft apparel flagship.", 57, 696, 10, false),
                at("Assistant Store Manager | Copperfield Home, Columbus, OH | 2016 \u2013 2019", 57, 670, 10, false),
                at("Co-led a $3.6M home furnishings store and a team of 18.", 57, 658, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());

        // then
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().current())
                .contains("Halden & Rowe | Store Manager | true");
    }

    @Test
    void should_join_the_end_of_a_range_with_its_month_wrapped_under_its_start() throws IOException {
        // given: "– Jul 2017" wrapped onto a line of its own under "… | Sep 2013"
        List<Object[]> page = List.of(
                at("Ahsan Memon", 57, 780, 24, true),
                at("Professional Experience", 57, 740, 14, true),
                at("Habib Bank Limited (HBL), Karachi | Relationship Officer | Sep 2013", 57, 720, 10, false),
                at("\u2013 Jul 2017", 57, 708, 10, false),
                at("Managed 45 commercial clients with PKR 3.2 billion of funded limits.", 57, 696, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());

        // then
        assertThat(profile.roles())
                .extracting(r -> r.title() + " | " + r.dates().display())
                .containsExactly("Relationship Officer | September 2013 to July 2017");
    }

    @Test
    void should_join_a_bold_entrys_range_end_wrapped_alone_under_its_dash_or_its_start() throws IOException {
        // given: a Nigerian CV's entries, "… – Sept. 2014 –" over "May 2018" and "… – June 2018" over "till date", each
        // end
        // wrapped alone in bold
        List<Object[]> page = List.of(
                at("Tonye Amachree", 57, 780, 24, true),
                at("WORK EXPERIENCE", 57, 740, 14, true),
                at(
                        "Shell Petroleum Development Company (SPDC) \u2013 Production Engineer \u2013 June 2018",
                        57,
                        720,
                        10,
                        false),
                at("till date", 57, 708, 10, true),
                at("Responsible for production optimisation of 38 producing strings.", 57, 696, 10, false),
                at(
                        "Petrogrid Oilfield Services Limited \u2013 Process Engineer \u2013 Sept. 2014 \u2013",
                        57,
                        670,
                        10,
                        false),
                at("May 2018", 57, 658, 10, true),
                at("Performed HYSYS simulation of two gas processing trains.", 57, 646, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());

        // then
        assertThat(profile.roles())
                .extracting(r -> r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Process Engineer | September 2014 to May 2018", "Production Engineer | June 2018 to present");
    }

    /** A title set at x, then spaced dots in 10-point type up to the dates set at the margin. */
    private static String ledTo(String title, float x, float margin) throws IOException {
        StringBuilder text = new StringBuilder(title);
        while (x + REGULAR.getStringWidth(text + " .") / 1000 * 10 < margin) {
            text.append(" .");
        }
        return text.toString();
    }

    @Test
    void should_drop_the_dot_leaders_from_a_title_to_its_dates_and_keep_the_employer_below_on_its_own_line()
            throws IOException {
        // given: an Awesome-CV-like page, each title led by spaced dots across the page to its dates at the margin,
        // the employer and town on the line below
        List<Object[]> page = List.of(
                at("Mei-Ling Hsu", 57, 780, 24, true),
                at("EXPERIENCE", 57, 740, 14, true),
                at(ledTo("Senior Firmware Engineer", 57, 465), 57, 720, 10, false),
                at("· Jun. 2021 – Present", 470, 720, 10, false),
                at("Realtek Semiconductor Corp., Hsinchu", 57, 708, 10, false),
                at("- Lead a team of 4 engineers on USB-C controller firmware.", 57, 694, 10, false),
                at(ledTo("Firmware Engineer", 57, 465), 57, 670, 10, false),
                at("· Aug. 2017 – May 2021", 470, 670, 10, false),
                at("Foxconn Technology Group, New Taipei", 57, 658, 10, false),
                at("- Wrote boot loaders for notebook embedded controllers.", 57, 644, 10, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());

        // then
        assertThat(Documents.allText(result.documents().get(0))).doesNotContain(". . . .");
        assertThat(profile.roles())
                .extracting(r ->
                        r.title() + " | " + r.organization() + " | " + r.dates().display())
                .containsExactly(
                        "Firmware Engineer | Foxconn Technology Group | August 2017 to May 2021",
                        "Senior Firmware Engineer | Realtek Semiconductor Corp. | June 2021 to present");
    }

    @Test
    void should_join_a_dated_entrys_bracket_wrapped_onto_the_next_line_and_read_its_employer_below()
            throws IOException {
        // given: a Europass entry, its dates set apart before the title, whose "(dal" wraps over "01/01/2021)"
        List<Object[]> page = List.of(
                at("Lorenzo Ferraresi", 57, 780, 20, true),
                at("ESPERIENZA PROFESSIONALE", 57, 740, 12, true),
                at("01/03/2018 \u2013 alla data attuale", 57, 720, 9, false),
                at(
                        "Responsabile di commessa (Project Manager) \u2013 Divisione Infrastrutture (dal",
                        200,
                        720,
                        9,
                        false),
                at("01/01/2021)", 200, 709, 9, false),
                at("Ponti & Strade Engineering S.p.A., Bologna (Italia)", 200, 690, 9, false),
                at("- Coordinamento di un gruppo di lavoro di 9 tecnici", 200, 676, 9, false));
        Files.write(folder.resolve("cv.pdf"), pdf(List.of(page), false));

        // when
        ProfileLoader.Result result = loader.load(folder);
        var profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());

        // then
        assertThat(Documents.allText(result.documents().get(0))).contains("Divisione Infrastrutture (dal 01/01/2021)");
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.dates().current())
                .containsExactly("Ponti & Strade Engineering S.p.A. | true");
    }

    @Test
    void should_join_a_line_wrapped_in_a_sidebar_under_a_headline_set_large_across_the_page() throws Exception {
        // given: a headline across the page over a sidebar, whose award wraps after "of the"
        List<Object[]> page = besideDelphinesMainColumn(
                at("Finance business partner \u00b7 FP&A \u00b7 Brindleford, United Kingdom", 30, 815, 14, false),
                at("C O N T A C T", 30, 740, 10, true),
                at("d.achterberg@ledgerline.example", 30, 726, 8, false),
                at("S K I L L S", 30, 700, 10, true),
                at("Budgeting", 30, 686, 10, false),
                at("Forecasting", 30, 673, 10, false),
                at("Variance analysis", 30, 660, 10, false),
                at("A W A R D S", 30, 640, 10, true),
                at("Corvanne Analyst of the", 30, 626, 10, false),
                at("Year, 2021", 30, 613, 10, false));
        byte[] bytes = pdf(List.of(page), false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown).contains("Corvanne Analyst of the Year, 2021");
    }

    @Test
    void should_start_the_next_entry_at_its_dates_in_small_letters_atop_a_page_not_carry_the_last_bullet_on()
            throws Exception {
        // given: a Dutch CV whose first page ends on a full bullet line, the second opening with the next entry's
        // dates, their month in small letters ("jan. 2016 – feb. 2018")
        byte[] bytes = pdf(
                List.of(
                        List.of(
                                at("Ruud de Gracht", 50, 790, 20, true),
                                at("WERKERVARING", 50, 750, 14, true),
                                at("mrt. 2018 – aug. 2021 · Backend Developer", 50, 730, 10, false),
                                at("Parkwijs B.V., Amsterdam", 160, 716, 10, false),
                                at(
                                        "• Infrastructuur als code ingevoerd met Terraform en Docker op Google"
                                                + " Cloud (GKE) voor alle teams.",
                                        160,
                                        702,
                                        10,
                                        false)),
                        List.of(
                                at("jan. 2016 – feb. 2018 · Software Engineer", 50, 800, 10, false),
                                at("Brainhaven Logistics B.V., Eindhoven", 160, 786, 10, false),
                                at("• RabbitMQ ingevoerd; het aantal storingen daalde met 40%.", 160, 772, 10, false))),
                false);

        // when
        String markdown = new PdfConverter().toMarkdown("CV.pdf", bytes);

        // then
        assertThat(markdown)
                .contains("(GKE) voor alle teams.\n\njan. 2016 – feb. 2018 · Software Engineer")
                .doesNotContain("teams. jan. 2016");
    }
}
