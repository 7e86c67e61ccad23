package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import dev.profilebot.profile.facts.StructuredProfileReader;
import dev.profilebot.testing.WordDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxConverterTest {

    private static final String RESUME = """
            # Noor Haddad

            Rotterdam · noor@haddad.example

            ## Experience

            ### Kadecraft — Platform Engineer (Sep 2021 – present)

            - Led the move to Kubernetes
              - moved 60 services in 9 months
            - Cut build times from 25 to 6 minutes

            ### Lumenpay — DevOps Engineer (May 2018 – Aug 2021)

            **On-call lead**

            Ran the incident rota for the payments platform.

            ## Education

            ### TU Delft

            MSc in Computer Science, 2014 – 2016
            """;

    @TempDir
    Path folder;

    private final ProfileLoader loader = new ProfileLoader(1024 * 1024);

    @Test
    void should_read_headings_bullets_and_bold_lines_of_a_word_document_as_the_markdown_resume() throws IOException {
        Files.write(folder.resolve("resume.docx"), WordDocuments.fromMarkdown(RESUME));

        assertSameProfileAsMarkdown();
    }

    @Test
    void should_take_a_templates_own_style_with_an_outline_level_for_a_section_heading() throws IOException {
        // given: "CV Section Heading", a style of the template's own that Word lists in its navigation pane
        Files.write(folder.resolve("resume.docx"), word(document -> {
            org.apache.poi.xwpf.usermodel.XWPFStyles styles = document.createStyles();
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle section =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            section.setStyleId("CVSectionHeading");
            section.addNewName().setVal("CV Section Heading");
            section.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            section.addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(section));
            paragraph(document, null, "Rebecca Thwaite");
            paragraph(document, "CVSectionHeading", "Career History");
            paragraph(document, null, "Marks & Spencer, Sheffield\tOct 2008 – Jun 2011");
            paragraph(document, null, "Customer Assistant");
            paragraph(document, "CVSectionHeading", "Education");
            paragraph(document, null, "The University of Sheffield · 2008 – 2011");
            paragraph(document, null, "BA (Hons) History, 2:1");
        }));

        // when
        ProfileLoader.Result result = loader.load(folder);
        StructuredProfile profile = facts(result);

        // then
        assertThat(profile.roles()).extracting(Role::organization).containsExactly("Marks & Spencer");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).contains("University of Sheffield"));
    }

    @Test
    void should_take_a_section_name_set_in_capitals_by_its_runs_for_a_heading() throws IOException {
        // given: Pages' export: "Experience" and "Education" styled text in capitals, barely larger than the body
        Files.write(folder.resolve("resume.docx"), word(document -> {
            paragraph(document, null, "Chloe Marchetti");
            capitals(document, "Experience");
            paragraph(document, null, "Events Intern (placement year) · 2010 – 2011");
            paragraph(document, null, "Cavallo Weddings & Events, Florence, Italy");
            capitals(document, "Education");
            paragraph(document, null, "BA (Hons) International Events Management — 2:1 · 2008 – 2012");
            paragraph(document, null, "University of Wessex");
        }));

        // when
        ProfileLoader.Result result = loader.load(folder);
        StructuredProfile profile = facts(result);

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly("Cavallo Weddings & Events | Events Intern");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).contains("University of Wessex"));
    }

    private static void capitals(org.apache.poi.xwpf.usermodel.XWPFDocument document, String text) {
        org.apache.poi.xwpf.usermodel.XWPFRun run = document.createParagraph().createRun();
        run.setCapitalized(true);
        run.setText(text);
    }

    @Test
    void should_take_paragraphs_bold_by_their_styles_for_headings_and_a_project_for_no_job_of_its_own()
            throws IOException {
        // given: a template whose section heading style and employer character style set the bold, not the runs
        Files.write(folder.resolve("cv.docx"), word(document -> {
            org.apache.poi.xwpf.usermodel.XWPFStyles styles = document.createStyles();
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(boldStyle("SecHead", true)));
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(boldStyle("Bold", false)));
            paragraph(document, null, "Sandeep Kuruvilla");
            paragraph(document, "SecHead", "PROFESSIONAL EXPERIENCE");
            org.apache.poi.xwpf.usermodel.XWPFRun employer =
                    document.createParagraph().createRun();
            employer.setStyle("Bold");
            employer.setText("1. AL RIMAL CONTRACTING L.L.C., DUBAI, U.A.E.");
            paragraph(document, null, "Designation: Senior Site Engineer (Civil)");
            paragraph(document, null, "Duration: Jan 2016 – Till Date");
            paragraph(document, null, "Project 1: Marina Crest Hotel Apartments, Dubai Marina (Mar 2021 – Till Date)");
            paragraph(document, null, "Consultant: Arcadia Design Consultants");
            paragraph(document, "SecHead", "SOFTWARE SKILLS");
            paragraph(document, null, "AutoCAD, Primavera P6");
        }));

        // when
        ProfileLoader.Result result = loader.load(folder);
        StructuredProfile profile = facts(result);

        // then
        assertThat(profile.roles()).singleElement().satisfies(role -> {
            assertThat(role.organization()).isEqualTo("AL Rimal Contracting L.L.C.");
            assertThat(role.title()).startsWith("Senior Site Engineer");
            assertThat(role.location()).hasValueSatisfying(l -> assertThat(l).containsIgnoringCase("Dubai"));
        });
        assertThat(result.documents().get(0).blocks())
                .filteredOn(b -> b.text().contains("AutoCAD"))
                .singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).contains("SOFTWARE SKILLS"));
    }

    /** A paragraph or character style whose run properties set bold. */
    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle boldStyle(
            String id, boolean paragraph) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(id);
        style.setType(
                paragraph
                        ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH
                        : org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.CHARACTER);
        style.addNewRPr().addNewB();
        return style;
    }

    @Test
    void should_read_a_resume_laid_out_as_one_table_cell_by_cell() throws IOException {
        Files.write(folder.resolve("resume.docx"), WordDocuments.asOneTable(RESUME));

        assertSameProfileAsMarkdown();
    }

    @Test
    void should_read_a_jobs_employer_and_dates_set_in_the_cell_right_of_its_title_as_that_jobs() throws IOException {
        // given: one row per job, the title and its duties on the left, the employer, town and dates on the right
        Files.write(folder.resolve("resume.docx"), word(document -> {
            paragraph(document, null, "Rochelle Baptiste");
            paragraph(document, "Heading1", "Professional Experience");
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(2, 2);
            String[][] jobs = {
                {
                    "Executive Assistant to the Chief Executive Officer",
                    "Manage the CEO's calendar across three time zones.",
                    "Carrow Lane Logistics, Inc.",
                    "Charlotte, NC",
                    "March 2021 – Present"
                },
                {
                    "Executive Assistant to the CFO & COO",
                    "Supported two C-suite executives.",
                    "Carrow Lane Logistics, Inc.",
                    "Charlotte, NC",
                    "June 2018 – Feb. 2021"
                }
            };
            for (int r = 0; r < jobs.length; r++) {
                org.apache.poi.xwpf.usermodel.XWPFTableCell left =
                        table.getRow(r).getCell(0);
                left.getParagraphs().get(0).createRun().setText(jobs[r][0]);
                left.addParagraph().createRun().setText(jobs[r][1]);
                org.apache.poi.xwpf.usermodel.XWPFTableCell right =
                        table.getRow(r).getCell(1);
                right.getParagraphs().get(0).createRun().setText(jobs[r][2]);
                right.addParagraph().createRun().setText(jobs[r][3]);
                right.addParagraph().createRun().setText(jobs[r][4]);
            }
        }));

        // when
        ProfileLoader.Result word = loader.load(folder);

        // then: each title with the dates beside it, not the row's below
        assertThat(facts(word).roles())
                .extracting(Role::title, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Executive Assistant to the CFO & COO", "June 2018 to February 2021"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Executive Assistant to the Chief Executive Officer", "March 2021 to present"));
    }

    @Test
    void should_keep_a_bold_job_title_after_a_list_apart_from_the_last_item() throws IOException {
        // given
        String resume = """
                # Joanne Threlfall

                ## Career History

                **Senior Key Account Manager**

                *Brackenridge Foods Ltd, Manchester | March 2021 – Present*

                - Grew Fairway Foodstores net sales by 51%

                **Key Account Manager**

                *Brackenridge Foods Ltd, Manchester | Jun 2018 – Feb 2021*

                - Grew Greenhalgh's sales 27% in 2019
                """;
        Files.write(folder.resolve("resume.docx"), WordDocuments.fromMarkdown(resume));

        // when
        ProfileLoader.Result word = loader.load(folder);

        // then
        assertThat(facts(word).roles())
                .extracting(Role::organization, Role::title, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Brackenridge Foods Ltd", "Key Account Manager", "June 2018 to February 2021"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Brackenridge Foods Ltd", "Senior Key Account Manager", "March 2021 to present"));
    }

    @Test
    void should_give_titles_in_headings_the_employer_of_the_bold_dated_line_above_them() throws IOException {
        // given: experience grouped by employer, each title a heading of its own under the employer's bold line
        String resume = """
                # Joanne Featherstone

                ## Professional Experience

                **KESTREL FULFILMENT LTD, Rotherham — 2021 to Present**

                Third-party e-commerce fulfilment for homeware brands

                #### Head of Operations (2024 – Present)

                - Lead two fulfilment centres

                #### Operations Manager (2021 – 2024)

                - Ran the Rotherham site across 3 shifts

                **CALDER FREIGHT SERVICES (now part of Pennine Logistics Group), Wakefield — 2007 to 2021**

                #### Transport Planner (2007 – 2010)

                - Planned daily routes for a 35-vehicle fleet

                #### Shift Manager (2010 – 2021)

                - Night shift manager for 45 operatives
                """;
        Files.write(folder.resolve("resume.docx"), WordDocuments.fromMarkdown(resume));

        // when
        ProfileLoader.Result word = loader.load(folder);

        // then
        assertThat(facts(word).roles())
                .extracting(Role::organization, Role::title, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Calder Freight Services", "Transport Planner", "2007 to 2010"),
                        org.assertj.core.groups.Tuple.tuple("Calder Freight Services", "Shift Manager", "2010 to 2021"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Kestrel Fulfilment Ltd", "Operations Manager", "2021 to 2024"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Kestrel Fulfilment Ltd", "Head of Operations", "2024 to present"));
    }

    @Test
    void should_read_a_cv_typed_as_one_outline_with_its_sections_in_bold_capitals_as_the_first_level()
            throws IOException {
        // given: sections, roles and achievements as the three levels of one bulleted list
        String resume = """
                Maren Oduya · maren.oduya@example.com

                - **EXPERIENCE**
                  - Kavelbrug Payments — Lead Data Engineer, September 2022 – Present
                    - Lead a team of five data engineers
                  - Tidewell Logistics — BI Developer, July 2015 – January 2018
                    - Built the first data warehouse
                - **OTHER**
                  - Co-organiser of the Utrecht Data Engineering Meetup since 2019
                """;
        Files.write(folder.resolve("resume.docx"), WordDocuments.fromMarkdown(resume));

        // when
        ProfileLoader.Result word = loader.load(folder);

        // then
        assertThat(facts(word).roles())
                .extracting(Role::organization)
                .containsExactly("Tidewell Logistics", "Kavelbrug Payments");
        assertThat(facts(word).currentRoles()).extracting(Role::organization).containsExactly("Kavelbrug Payments");
    }

    @Test
    void should_read_a_sidebar_in_a_text_box_and_withhold_details_whose_colons_sit_at_a_tab() throws Exception {
        // given: a template's sidebar in a text box (given name and family name on lines of their own), and
        // personal details typed "Label<TAB>: value"
        byte[] cv = word(document -> {
            try {
                var box = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR.Factory.parse(
                        "<xml-fragment xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
                                + " xmlns:v='urn:schemas-microsoft-com:vml'><w:pict><v:shape><v:textbox><w:txbxContent>"
                                + "<w:p><w:r><w:t>Imogen</w:t></w:r></w:p>"
                                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Thackeray</w:t></w:r></w:p>"
                                + "<w:p><w:r><w:t>imogen.thackeray@example.com</w:t></w:r></w:p>"
                                + "<w:p><w:r><w:t>Date of birth</w:t></w:r></w:p>"
                                + "<w:p><w:r><w:t>12/03/1990</w:t></w:r></w:p>"
                                + "</w:txbxContent></v:textbox></v:shape></w:pict></xml-fragment>");
                document.createParagraph().getCTP().addNewR().set(box);
            } catch (org.apache.xmlbeans.XmlException e) {
                throw new IllegalStateException(e);
            }
            paragraph(document, "Heading1", "Experience");
            paragraph(document, null, "Head of Customer Operations, Brightwater Energy\tMarch 2022 – Present");
            paragraph(document, "Heading1", "Personal Details");
            paragraph(document, null, "Date of Birth\t: 17-09-1995");
            paragraph(document, null, "PAN No.\t: BQKPD4827M");
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        ProfileLoader.Result word = loader.load(folder);

        // then
        assertThat(facts(word).identity().name()).contains("Imogen Thackeray");
        assertThat(ContactCard.from(word.documents(), "Imogen Thackeray").emails())
                .containsExactly("imogen.thackeray@example.com");
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);
        assertThat(markdown).containsOnlyOnce("imogen.thackeray@example.com");
        assertThat(new dev.profilebot.privacy.PrivateDetailRedactor(
                                java.util.Set.<dev.profilebot.privacy.PrivateDetail>of())
                        .redact(markdown)
                        .text())
                .contains("Head of Customer Operations")
                .doesNotContain("17-09-1995")
                .doesNotContain("12/03/1990")
                .doesNotContain("BQKPD4827M");
    }

    @Test
    void should_read_a_cv_laid_out_in_floating_boxes_column_by_column_and_a_name_set_a_word_a_line() throws Exception {
        // given: a Canva export: empty body paragraphs, one a page, anchoring the boxes; the first page's
        // sidebar was drawn before the main column's continuation on the second page
        byte[] cv = word(document -> {
            var firstPage = document.createParagraph().getCTP();
            floatingBox(
                    firstPage,
                    2844000,
                    576000,
                    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>JOLENE</w:t></w:r></w:p>"
                            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ASHCROFT</w:t></w:r></w:p>"
                            + "<w:p><w:r><w:t>Marketing Coordinator | Social Media</w:t></w:r></w:p>"
                            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>WORK EXPERIENCE</w:t></w:r></w:p>"
                            + "<w:p><w:r><w:t>Marketing Coordinator | Pennant Outdoor Co. | 02/2024 - Present</w:t></w:r></w:p>");
            floatingBox(
                    firstPage,
                    324000,
                    504000,
                    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>SKILLS</w:t></w:r></w:p>"
                            + "<w:p><w:r><w:t>Campaign planning, copywriting</w:t></w:r></w:p>");
            var secondPage = document.createParagraph().getCTP();
            floatingBox(
                    secondPage,
                    2844000,
                    576000,
                    "<w:p><w:r><w:t>Social Media Executive | Fennick &amp; Lowe Creative | 03/2018 - 08/2020</w:t>"
                            + "</w:r></w:p><w:p><w:r><w:t>• Managed social channels for 7 agency clients</w:t></w:r></w:p>");
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);
        StructuredProfile facts = facts(loader.load(folder));

        // then
        assertThat(markdown.indexOf("Fennick")).isBetween(markdown.indexOf("Pennant"), markdown.indexOf("SKILLS"));
        assertThat(facts.identity().name()).contains("Jolene Ashcroft");
        assertThat(facts.roles())
                .extracting(Role::organization)
                .containsExactly("Fennick & Lowe Creative", "Pennant Outdoor Co");
    }

    @Test
    void should_leave_boxes_of_one_line_each_in_the_order_drawn() throws Exception {
        // given: a title in one box and its dates in another beside it, entry after entry
        byte[] cv = word(document -> {
            var page = document.createParagraph().getCTP();
            floatingBox(page, 432000, 900000, "<w:p><w:r><w:t>Senior Designer, Studio Moross Ltd</w:t></w:r></w:p>");
            floatingBox(page, 5220000, 900000, "<w:p><w:r><w:t>Mar 2021 – Present</w:t></w:r></w:p>");
            floatingBox(page, 432000, 1400000, "<w:p><w:r><w:t>Junior Designer, Mytton Williams Ltd</w:t></w:r></w:p>");
            floatingBox(page, 5220000, 1400000, "<w:p><w:r><w:t>Sep 2015 – Feb 2021</w:t></w:r></w:p>");
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown.indexOf("Mar 2021"))
                .isBetween(markdown.indexOf("Senior Designer"), markdown.indexOf("Junior"));
    }

    /** A text box anchored in the paragraph at a place on the page, as Word's drawing markup writes one. */
    private static void floatingBox(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP paragraph, long left, long top, String content) {
        try {
            var run = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR.Factory.parse(
                    "<xml-fragment xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
                            + " xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
                            + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
                            + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                            + "<w:drawing><wp:anchor behindDoc='0' locked='0' layoutInCell='1' allowOverlap='1'"
                            + " relativeHeight='1' simplePos='0' distT='0' distB='0' distL='0' distR='0'>"
                            + "<wp:simplePos x='0' y='0'/>"
                            + "<wp:positionH relativeFrom='page'><wp:posOffset>" + left
                            + "</wp:posOffset></wp:positionH>"
                            + "<wp:positionV relativeFrom='page'><wp:posOffset>" + top
                            + "</wp:posOffset></wp:positionV>"
                            + "<wp:extent cx='4428000' cy='2000000'/><wp:wrapNone/><wp:docPr id='1' name='Box'/>"
                            + "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                            + "<wps:wsp><wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx>"
                            + "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></xml-fragment>");
            paragraph.addNewR().set(run);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_read_the_page_header_list_styles_and_dates_at_a_tab_stop() throws Exception {
        // given: a CV typed in Word: contact details in the page header, the dates at a right tab
        // stop, achievements in the "List Bullet" style (the bullet comes from the style)
        byte[] cv = word(document -> {
            document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Harrogate  |  orla.brennock@fernpost.example  |  linkedin.com/in/orlabrennock");
            paragraph(document, "Title", "Orla Brennock");
            paragraph(document, null, "Nationality:\tIrish");
            paragraph(document, "Heading1", "Career History");
            paragraph(document, null, "Head of Brand, Halcyon Oat Co., York\tApril 2022 – Present");
            paragraph(document, "ListBullet", "Lead a brand team of 6 and a budget of £2.4m.");
            paragraph(document, "ListBullet", "Led the 2023 rebrand.");
            paragraph(document, null, "Marketing Executive, Tallow Lane Mobile, Dublin\tFeb 2011 – Aug 2014");
            paragraph(document, "ListBullet", "Grew the social following from 4k to 65k.");
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        ProfileLoader.Result word = loader.load(folder);
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown.strip())
                .startsWith("Harrogate  |  orla.brennock@fernpost.example")
                .contains("Head of Brand, Halcyon Oat Co., York · April 2022 – Present")
                .contains("- Lead a brand team of 6", "- Led the 2023 rebrand.", "Nationality: Irish");
        assertThat(ContactCard.from(word.documents(), "Orla Brennock").emails())
                .containsExactly("orla.brennock@fernpost.example");
        assertThat(facts(word).roles())
                .extracting(Role::organization, Role::title, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Tallow Lane Mobile", "Marketing Executive", "February 2011 to August 2014"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Halcyon Oat Co", "Head of Brand", "April 2022 to present"));
    }

    @Test
    void should_read_a_footer_of_contact_details_before_the_body_not_under_the_last_section() throws Exception {
        // given: the contact details only in the page footer, beside the page's number
        byte[] cv = word(document -> {
            document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("M: 07700 900418 | E: owen.hartigan@example.com\tPage 1 of 3");
            paragraph(document, "Title", "OWEN HARTIGAN MRICS");
            paragraph(document, "Heading1", "Referees");
            paragraph(document, null, "David Ashdown FRICS, Senior Partner, Mercer Ashdown Partnership");
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        ProfileLoader.Result word = loader.load(folder);
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown.strip())
                .startsWith("M: 07700 900418 | E: owen.hartigan@example.com")
                .doesNotContain("Page 1");
        assertThat(ContactCard.from(word.documents(), "Owen Hartigan").emails())
                .containsExactly("owen.hartigan@example.com");
    }

    @Test
    void should_leave_out_a_footer_that_only_names_the_document_and_its_page() throws Exception {
        // given: "Siobhán Carrick – Curriculum Vitae – page 3 of 3" in the footer, after a references section
        byte[] cv = word(document -> {
            document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Siobhán Carrick – Curriculum Vitae – page 3 of 3");
            paragraph(document, "Title", "Dr Siobhán Carrick");
            paragraph(document, "Heading1", "References");
            paragraph(document, null, "Available on request.");
        });

        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        assertThat(markdown).contains("Available on request.").doesNotContain("Curriculum Vitae", "page 3");
    }

    @Test
    void should_take_the_name_from_the_page_header_and_leave_the_footers_page_number_out() throws Exception {
        // given: the name with its institutions' letters in the page header, "Page 1 of 2" in the footer,
        // an employer named for its people on the line under the title
        byte[] cv = word(document -> {
            var header = document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Owain Treharne  MEng CEng MRAeS");
            header.createParagraph().createRun().setText("Keynsham, Bristol  |  owain.treharne@example.com");
            document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Page 1 of 2");
            paragraph(document, "Heading1", "Experience");
            paragraph(document, null, "Senior Stress Engineer\tMar 2019 – Present");
            paragraph(document, null, "Severnside Aerostructures Ltd, Filton, Bristol");
            paragraph(document, "ListBullet", "Lead a team of six stress engineers.");
            paragraph(document, null, "Graduate Stress Engineer\tSep 2009 – Jul 2011");
            paragraph(document, null, "Tamar Engineering Consultants, Plymouth, Devon");
            paragraph(document, "ListBullet", "Two-year graduate scheme.");
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        ProfileLoader.Result word = loader.load(folder);

        // then
        assertThat(new DocxConverter().toMarkdown("CV.docx", cv)).doesNotContain("Page 1 of 2");
        assertThat(facts(word).identity().name()).contains("Owain Treharne");
        assertThat(facts(word).roles())
                .extracting(Role::organization, Role::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Tamar Engineering Consultants", "Graduate Stress Engineer"),
                        org.assertj.core.groups.Tuple.tuple("Severnside Aerostructures Ltd", "Senior Stress Engineer"));
    }

    @Test
    void should_read_a_templates_content_controls_as_the_paragraphs_and_runs_they_hold() throws Exception {
        // given: a Microsoft résumé template's content controls: a heading in a block control, a job's
        // title, employer and dates each in a run control of one line, and a prompt still showing
        byte[] cv = word(document -> {
            var body = document.getDocument().getBody();
            paragraph(document, "Title", "Gwendolyn Tarrow");
            var heading = body.addNewSdt();
            heading.addNewSdtPr().addNewTag().setVal("ExperienceHeading");
            var headingParagraph = heading.addNewSdtContent().addNewP();
            headingParagraph.addNewPPr().addNewPStyle().setVal("Heading1");
            headingParagraph.addNewR().addNewT().setStringValue("Experience");
            var line = body.addNewP();
            for (String piece :
                    new String[] {"Office Manager", " | ", "Hartwell & Price LLP", " | ", "Jan 2019 – Present"}) {
                if (piece.equals(" | ")) {
                    line.addNewR().addNewT().setStringValue(piece);
                } else {
                    var control = line.addNewSdt();
                    control.addNewSdtPr();
                    control.addNewSdtContent().addNewR().addNewT().setStringValue(piece);
                }
            }
            // a control still flagged as showing its placeholder, though the owner typed over it
            var typedOver = body.addNewSdt();
            typedOver.addNewSdtPr().addNewShowingPlcHdr();
            typedOver.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("Ran the Leeds office.");
            var prompt = body.addNewSdt();
            prompt.addNewSdtPr().addNewShowingPlcHdr();
            prompt.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("Describe your role here.");
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown)
                .contains(
                        "# Experience",
                        "Office Manager | Hartwell & Price LLP | Jan 2019 – Present",
                        "Ran the Leeds office.")
                .doesNotContain("Describe your role");
        assertThat(facts(loader.load(folder)).roles())
                .extracting(Role::organization, Role::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hartwell & Price LLP", "Office Manager"));
    }

    @Test
    void should_read_a_table_of_short_cells_under_a_header_row_as_a_table() throws Exception {
        // given: a career summary as a Word table, "Years | Employer | Title"
        byte[] cv = word(document -> {
            paragraph(document, "Title", "Catriona Delahaye");
            paragraph(document, "Heading1", "Career Summary");
            String[][] rows = {
                {"Years", "Employer", "Title"},
                {"2021 – Present", "Northvale Building Materials plc", "Chief Financial Officer"},
                {"2017 – 2021", "Brackenfold Foods Group Ltd", "Finance Director"},
                {"2007 – 2011", "Marsh Whitley LLP", "Audit Senior (ACA training contract)"}
            };
            table(document, rows);
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        ProfileLoader.Result word = loader.load(folder);

        // then
        assertThat(new DocxConverter().toMarkdown("CV.docx", cv))
                .contains(
                        "| Years | Employer | Title |",
                        "| 2017 – 2021 | Brackenfold Foods Group Ltd | Finance Director |");
        assertThat(facts(word).roles())
                .extracting(Role::organization, Role::title, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Marsh Whitley LLP", "Audit Senior", "2007 to 2011"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Brackenfold Foods Group Ltd", "Finance Director", "2017 to 2021"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Northvale Building Materials plc", "Chief Financial Officer", "2021 to present"));
    }

    @Test
    void should_read_a_japanese_career_sheets_bold_column_names_and_bracketed_labels_as_text_not_as_headings()
            throws Exception {
        // given: a 職務経歴書's table, the employer with its dates across it, then "期間 | 業務内容" in bold over each
        // post's row, its duties under labels in bold "【チーム】…"
        byte[] cv = word(document -> {
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(3, 2);
            bold(table.getRow(0).getCell(0), "株式会社ミナトクラウド　（2018年4月～現在）");
            bold(table.getRow(1).getCell(0), "期間");
            bold(table.getRow(1).getCell(1), "業務内容");
            table.getRow(2).getCell(0).setText("2023年4月～現在");
            bold(table.getRow(2).getCell(1), "【チーム】9名（フィールドセールス5名）");
        });

        // when
        String markdown = new DocxConverter().toMarkdown("職務経歴書.docx", cv);

        // then
        assertThat(markdown).contains("期間 · 業務内容", "【チーム】9名").doesNotContain("**期間**", "**【チーム】");
    }

    @Test
    void should_read_the_older_european_cv_format_in_italian_as_labelled_lines_and_its_posts() throws Exception {
        // given: the "Formato europeo" as one two-column table, its labels each with a bullet, its title and a note
        // in the left column with nothing beside them
        String[][] rows = {
            {"F O R M A T O   E U R O P E O   P E R   I L   C U R R I C U L U M   V I T A E   [logo Unione europea]", ""
            },
            {"Informazioni personali", ""},
            {"Nome", "ROSSETTI, Chiara"},
            {"Esperienza lavorativa", ""},
            {"• Date (da – a)", "Dal 04/2019 ad oggi"},
            {"• Nome e indirizzo del datore di lavoro", "Officine Ravone S.p.A., Via Emilia 12, 40133 Bologna"},
            {"• Tipo di azienda o settore", "Metalmeccanico – produzione di valvole"},
            {"• Tipo di impiego", "Responsabile Contabilità (tempo indeterminato)"},
            {"• Principali mansioni e responsabilità", "Chiusure mensili e bilancio d'esercizio."},
            {"• Date (da – a)", "Da novembre 2012 a marzo 2019"},
            {"• Nome e indirizzo del datore di lavoro", "Studio Associato Lenzi & Poggi, Strada Maggiore 8, Bologna"},
            {"• Tipo di impiego", "Praticante dottore commercialista"},
            {"Capacità e competenze personali", ""},
            {"Acquisite nel corso della vita e della carriera ma non necessariamente riconosciute da certificati", ""}
        };
        byte[] cv = word(document -> table(document, rows));
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);
        StructuredProfile facts = facts(loader.load(folder));

        // then
        assertThat(markdown).contains("Tipo di impiego: Responsabile Contabilità (tempo indeterminato)");
        assertThat(facts.roles())
                .extracting(Role::organization, Role::title, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Studio Associato Lenzi & Poggi",
                                "Praticante dottore commercialista",
                                "November 2012 to March 2019"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Officine Ravone S.p.A.", "Responsabile Contabilità", "April 2019 to present"));
    }

    private static void bold(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text) {
        org.apache.poi.xwpf.usermodel.XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    @Test
    void should_read_a_table_of_labels_and_values_as_labelled_lines_and_withhold_the_private_ones() throws Exception {
        // given: a doctor's personal details box
        byte[] cv = word(document -> {
            paragraph(document, "Title", "Dr Saoirse Rennison");
            paragraph(document, "Heading1", "Personal Details");
            String[][] rows = {
                {"Full name", "Saoirse Áine Rennison"},
                {"Date of birth", "14/03/1993"},
                {"GMC number", "7512846 – full registration with a licence to practise"},
                {"Languages", "English (native), Irish (conversational)"}
            };
            table(document, rows);
            // pairs side by side: "Name | Jane Doe | Nationality | British"
            table(document, new String[][] {
                {"Mobile", "07700 900583", "Nationality", "Irish"},
                {"Passport number", "533401234", "Driving licence", "Full UK"}
            });
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);
        String redacted = new dev.profilebot.privacy.PrivateDetailRedactor(
                        java.util.Set.<dev.profilebot.privacy.PrivateDetail>of())
                .redact(markdown)
                .text();

        // then
        assertThat(markdown)
                .contains("Date of birth: 14/03/1993", "Languages: English (native), Irish (conversational)");
        assertThat(redacted)
                .doesNotContain("14/03/1993", "7512846", "533401234", "900583")
                .contains("Irish", "Nationality: Irish", "Driving licence: Full UK");
    }

    @Test
    void should_read_a_korean_resumes_career_table_with_spaced_column_names_as_records_and_read_its_posts()
            throws Exception {
        // given: 경력사항, its column names with their syllables spaced out, a firm's English name and a rank's
        // grade in brackets on lines of their own
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "경력사항");
            cellParagraphs(document, new String[][] {
                {"기 간", "회 사 명", "부 서", "직 위", "담 당 업 무"},
                {"2024.01 ~ 현재", "(주)핀크래프트\n(FinCraft Inc.)", "데이터플랫폼팀", "팀장\n(수석)", "데이터 플랫폼 총괄"},
                {"2018.10 ~ 2021.02", "(주)카카오", "추천팀", "선임", "추천 피처 파이프라인"}
            });
        });

        String markdown = new DocxConverter().toMarkdown("이력서.docx", cv);
        List<String> posts = new dev.profilebot.profile.facts.StructuredProfileReader(
                        Optional.empty(), Optional.empty())
                .read(List.of(new MarkdownParser().parse("이력서.md", markdown))).roles().stream()
                        .map(r -> r.organization() + " | " + r.title() + " | "
                                + r.dates().display())
                        .toList();

        assertThat(markdown).contains("기간: 2024.01 ~ 현재; 회사명: (주)핀크래프트 (FinCraft Inc.)");
        assertThat(posts)
                .containsExactly(
                        "(주)카카오 | 선임 | October 2018 to February 2021", "(주)핀크래프트 | 팀장 | January 2024 to present");
    }

    @Test
    void should_read_a_labels_colon_set_in_its_values_cell_once() throws Exception {
        // given: a South African CV's personal details, ": Nkwanyana" in the value's cell
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "Personal Details");
            table(document, new String[][] {{"Surname", ": Nkwanyana"}, {"First names", ": Sipho Lungelo"}});
        });

        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        assertThat(markdown)
                .contains("Surname: Nkwanyana", "First names: Sipho Lungelo")
                .doesNotContain(": :");
    }

    @Test
    void should_make_a_section_of_a_labelled_rows_section_name_over_several_lines() throws Exception {
        // given: a Lebenslauf's "Kenntnisse" as a table of labels beside their values, the languages one a line each
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "Kenntnisse");
            cellParagraphs(document, new String[][] {
                {
                    "EDV:",
                    "CAD: PTC Creo Parametric (sehr gut), SolidWorks (gut), Siemens NX (Grundkenntnisse)\n"
                            + "Berechnung: ANSYS Workbench, KISSsoft, MATLAB (gut)\nPDM/ERP: PTC Windchill, SAP ERP / SAP PLM\n"
                            + "Office: MS Office (sehr gut)"
                },
                {"Sprachen:", "Deutsch – Muttersprache\nEnglisch – verhandlungssicher\nFranzösisch – Grundkenntnisse"},
                {"Führerschein:", "Klasse B, BE"}
            });
        });

        // when
        ProfileDocument document = new MarkdownParser().parse("CV.docx", new DocxConverter().toMarkdown("CV.docx", cv));

        // then: each language is read under the languages' own section
        assertThat(document.blocks())
                .filteredOn(b -> b.text().contains("Englisch"))
                .singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).containsExactly("Kenntnisse", "Sprachen"));
        assertThat(document.blocks()).anyMatch(b -> b.text().contains("Führerschein: Klasse B, BE"));
    }

    @Test
    void should_read_an_application_forms_table_with_a_question_among_its_labels_as_labelled_lines() throws Exception {
        // given: a public-sector application form's registration box
        byte[] form = word(document -> {
            paragraph(document, "Heading1", "Section 4: Professional registration");
            table(document, new String[][] {
                {"Registering body", "Social Work England"},
                {"Registration number", "SW112847"},
                {"Date first registered", "08/2014"},
                {"Are there any conditions on your registration?", "No"}
            });
        });

        // when
        String markdown = new DocxConverter().toMarkdown("Application form.docx", form);
        String redacted = new dev.profilebot.privacy.PrivateDetailRedactor(
                        java.util.Set.<dev.profilebot.privacy.PrivateDetail>of())
                .redact(markdown)
                .text();

        // then: the first row is a label and its value, not a header over the others
        assertThat(markdown)
                .contains("Registering body: Social Work England")
                .contains("Registration number: SW112847")
                .doesNotContain("| --- |");
        assertThat(redacted).doesNotContain("SW112847").contains("Registering body: Social Work England");
    }

    @Test
    void should_read_a_forms_employment_table_row_by_row_with_each_cells_further_lines_under_it() throws Exception {
        // given: an application form's employment history, the employer's address under its name and the
        // duties under the title, each a paragraph of its cell
        byte[] form = word(document -> {
            paragraph(document, "Heading1", "Section 2: Employment history (most recent first)");
            cellParagraphs(document, new String[][] {
                {"From", "To", "Name and address of employer", "Position held and main duties", "Reason for leaving"},
                {
                    "10/2021",
                    "04/2024",
                    "Ashdale Borough Council\nTown Hall, Rose Hill\nChesterfield S40 1LP",
                    "Senior Social Worker – Children in Care Team\nHeld a caseload of 14–16 children in care.",
                    "Career progression"
                },
                {
                    "02/2018",
                    "09/2021",
                    "Ashdale Borough Council\n(address as above)",
                    "Social Worker – Children in Care Team\nStatutory visits, care planning and reviews.",
                    "Internal promotion to Senior Social Worker"
                }
            });
            // a personal-details box whose labels are long or questions, an address over several lines
            cellParagraphs(document, new String[][] {
                {"Surname", "Mallory"},
                {"Address", "27 Brackenfield Road\nWalton\nChesterfield"},
                {"Professional profile / website (optional)", "linkedin.com/in/owen-mallory-sw"},
                {"Do you hold a full current UK driving licence?", "Yes"}
            });
        });

        // when
        String markdown = new DocxConverter().toMarkdown("Application form.docx", form);

        // then
        assertThat(markdown)
                .contains("From: 10/2021; To: 04/2024; Name and address of employer: Ashdale Borough Council; "
                        + "Position held and main duties: Senior Social Worker – Children in Care Team; "
                        + "Reason for leaving: Career progression  \nTown Hall, Rose Hill  \nChesterfield S40 1LP  \n"
                        + "Held a caseload of 14–16 children in care.")
                .contains("Address: 27 Brackenfield Road, Walton, Chesterfield")
                .contains("Professional profile / website (optional): linkedin.com/in/owen-mallory-sw");
    }

    @Test
    void should_read_a_headers_plain_labels_beside_their_values_past_a_photos_cell_merged_down() throws Exception {
        // given: a Swiss CV's header table: a label and its value in plain type, the photo's cell merged down the
        // rows on the right
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "Miriam Kessler");
            cellParagraphs(document, new String[][] {
                {"Address", "Rötelstrasse 84, 8037 Zürich", "[Photo]"},
                {"Mobile", "+41 79 482 17 63", ""},
                {"Nationality", "German (Permit C)", ""}
            });
            var rows = document.getTables().get(0).getRows();
            rows.get(0)
                    .getCell(2)
                    .getCTTc()
                    .addNewTcPr()
                    .addNewVMerge()
                    .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
            rows.get(1).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            rows.get(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown).contains("Mobile: +41 79 482 17 63").contains("Nationality: German (Permit C)");
    }

    @Test
    void should_give_each_row_the_employer_whose_cell_is_merged_down_over_the_posts_held_there() throws Exception {
        // given: a nurse's employment table, the trust's cell merged down over her three posts there
        byte[] cv = word(document -> {
            paragraph(document, "Title", "Rhiannon Pryce RN (Adult), BSc (Hons)");
            paragraph(document, "Heading1", "Employment History");
            cellParagraphs(document, new String[][] {
                {"Dates", "Employer", "Position", "Key duties"},
                {
                    "Jul 2017 – Dec 2020",
                    "Severnvale Hospitals NHS Foundation Trust",
                    "Theatre Sister (Band 7)",
                    "Led T&O"
                },
                {"Apr 2013 – Jun 2017", "", "Senior Staff Nurse – Main Theatres (Band 6)", "Scrub lead"},
                {"Sep 2010 – Mar 2013", "", "Theatre Staff Nurse (Band 5)", "Scrub & circulating"},
                {"Sep 2008 – Aug 2010", "Wyeford County Hospital", "Staff Nurse (Band 5)", "Ward 7"}
            });
            var rows = document.getTables().get(0).getRows();
            rows.get(1)
                    .getCell(1)
                    .getCTTc()
                    .addNewTcPr()
                    .addNewVMerge()
                    .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
            rows.get(2).getCell(1).getCTTc().addNewTcPr().addNewVMerge();
            rows.get(3)
                    .getCell(1)
                    .getCTTc()
                    .addNewTcPr()
                    .addNewVMerge()
                    .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        StructuredProfile facts = facts(loader.load(folder));

        // then
        assertThat(facts.identity().name()).contains("Rhiannon Pryce");
        assertThat(facts.roles())
                .extracting(Role::organization)
                .containsExactly(
                        "Wyeford County Hospital",
                        "Severnvale Hospitals NHS Foundation Trust",
                        "Severnvale Hospitals NHS Foundation Trust",
                        "Severnvale Hospitals NHS Foundation Trust");
    }

    @Test
    void should_read_an_employers_table_of_shaded_labels_beside_their_values_as_labelled_lines() throws Exception {
        // given: a Korean CV's table an employer: its name across the first row, then "Period | … | Location | …"
        // and "Department | … | Position | …" with the labels in shaded cells, two positions in one cell
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "Park Seung-hyun");
            paragraph(document, "Heading2", "Work Experience");
            employerTable(document, "Finlink Co., Ltd. (Fintech – Online Payments)", new String[][] {
                {"Period", "2019.07 – Present (5 yrs 9 mos)", "Location", "Yeouido, Seoul"},
                {
                    "Department",
                    "Payments Platform Team",
                    "Position",
                    "Senior Manager / Team Lead, 2023.01 – Present\nManager, 2019.07 – 2022.12"
                }
            });
            employerTable(document, "Shopnara Corp. (E-commerce – Open Marketplace)", new String[][] {
                {"Period", "2017.07 – 2019.06 (2 yrs)", "Location", "Gangnam-gu, Seoul"},
                {"Department", "Commerce Platform Development Team", "Position", "Assistant Manager"}
            });
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        StructuredProfile facts = facts(loader.load(folder));

        // then: each position with its dates at its employer, not at the "Location" beside the dates
        assertThat(facts.roles())
                .extracting(r -> r.title() + " @ " + r.organization().split(" ")[0] + " from "
                        + r.dates().start())
                .containsExactly(
                        "Assistant Manager @ Shopnara from 2017-07",
                        "Manager @ Finlink from 2019-07",
                        "Senior Manager / Team Lead @ Finlink from 2023-01");
    }

    @Test
    void should_read_a_seafarers_sea_service_table_of_eleven_columns_with_a_note_across_it() throws Exception {
        // given: a manning agency's CV, its sea service one row a contract, with the shore job noted across the
        // columns between two rows, and the post applied for and the date available atop it
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "Jerome Villaroman");
            paragraph(document, "Normal", "POSITION APPLIED FOR: SECOND OFFICER (2/O) – OIL / CHEMICAL TANKER");
            paragraph(document, "Normal", "Date available:  01-Jul-2025 onwards");
            paragraph(document, "Heading2", "SEA SERVICE");
            String[] columns = {
                "No.",
                "Vessel Name",
                "Flag",
                "Vessel Type",
                "GRT / DWT",
                "Main Engine / kW",
                "Rank",
                "Company / Manning Agent",
                "Sign-On",
                "Sign-Off",
                "Reason for Sign-Off"
            };
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(4, columns.length);
            String[][] rows = {
                columns,
                {
                    "2",
                    "MT NORDVIK SOLVEIG",
                    "Marshall Is.",
                    "Oil/Chemical Tanker",
                    "29,840 / 50,300",
                    "MAN B&W 6G50ME-C9.6",
                    "2/O",
                    "Magsaysay Maritime Corp. / Nordvik Tankers AS",
                    "05-Aug-24",
                    "17-Mar-25",
                    "Fin. contract"
                },
                {},
                {
                    "1", "MV BRIGHT HORIZON", "Liberia", "Container (4,250 TEU)", "40,030 / 50,500",
                    "Wärtsilä 7RT-flex60C", "AB", "Seabridge Manning Services, Inc.", "18-Feb-13", "27-Nov-13",
                    "Fin. contract"
                }
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            var note = table.getRow(2);
            for (int c = columns.length - 1; c >= 1; c--) {
                note.removeCell(c);
            }
            note.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(11));
            note.getCell(0).setText("SHORE EMPLOYMENT – Jan 2020 to Aug 2021 (see Section VI)");
        });
        Files.write(folder.resolve("CV.docx"), cv);

        // when
        StructuredProfile facts = facts(loader.load(folder));

        // then: each contract its rank on its vessel, with the manning agent, from sign-on to sign-off
        assertThat(facts.roles())
                .extracting(r ->
                        r.title() + " @ " + r.organization() + " | " + r.dates().display())
                .containsExactly(
                        "AB on MV BRIGHT HORIZON @ Seabridge Manning Services, Inc | February 2013 to November 2013",
                        "2/O on MT NORDVIK SOLVEIG @ Magsaysay Maritime Corp. / Nordvik Tankers AS | August 2024 to"
                                + " March 2025");
    }

    /** A table an employer: its name across the first row, then rows of shaded labels each beside its value. */
    private static void employerTable(
            org.apache.poi.xwpf.usermodel.XWPFDocument document, String employer, String[][] rows) {
        org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(rows.length + 1, 4);
        var title = table.getRow(0);
        for (int c = 3; c >= 1; c--) {
            title.removeCell(c);
        }
        title.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(4));
        title.getCell(0).setText(employer);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 4; c++) {
                var cell = table.getRow(r + 1).getCell(c);
                String[] lines = rows[r][c].split("\n");
                cell.setText(lines[0]);
                for (int l = 1; l < lines.length; l++) {
                    cell.addParagraph().createRun().setText(lines[l]);
                }
                if (c % 2 == 0) {
                    cell.setColor("D9E2F3");
                }
            }
        }
    }

    @Test
    void should_read_a_cv_of_section_tables_each_titled_in_its_first_row_with_records_under_a_row_of_column_names()
            throws Exception {
        // given: a résumé template of one table a section, as Chinese templates are: the section's title across
        // the table's first row, then a row naming the columns over a row for each school or job, a job's
        // duties across the row under it, numbered lines kept in one cell
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "RESUME");
            titledTable(document, "Education Background", new String[][] {
                {"Period", "School", "Major", "Degree"},
                {
                    "2015.09 - 2019.06",
                    "Huazhong University of Science and Technology",
                    "Software Engineering",
                    "Bachelor of Engineering"
                }
            });
            titledTable(document, "Work Experience", new String[][] {
                {"Period", "Company", "Department", "Position"},
                {
                    "2022.04 - Now",
                    "Shenzhen Xinghai Pay Technology Co., Ltd.",
                    "Payment Platform R&D Dept.",
                    "Senior Backend Engineer"
                },
                {"Job content: Responsible for the clearing system.\n1. Led a group of 4 engineers."},
                {
                    "2019.07 - 2022.03",
                    "Wuhan Lanting Network Technology Co., Ltd.",
                    "E-commerce R&D Center",
                    "Java Development Engineer"
                },
                {"Job content: Order center and flash sale modules."}
            });
            titledTable(document, "Project Experience", new String[][] {
                {"Project Name", "Flash Sale System", "Period", "2020.09 - 2021.11"},
                {"Tech Stack", "Java 8, Redis, RabbitMQ"}
            });
        });
        Files.write(folder.resolve("Resume.docx"), cv);

        // when
        ProfileLoader.Result result = loader.load(folder);
        StructuredProfile facts = facts(result);

        // then
        assertThat(facts.roles())
                .extracting(Role::organization, Role::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Wuhan Lanting Network Technology Co., Ltd", "Java Development Engineer"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Shenzhen Xinghai Pay Technology Co., Ltd", "Senior Backend Engineer"));
        assertThat(facts.education()).singleElement().satisfies(school -> {
            assertThat(school.institution()).isEqualTo("Huazhong University of Science and Technology");
            assertThat(school.degree()).contains("Bachelor");
            assertThat(school.field()).contains("Software Engineering");
        });
        ProfileDocument document = result.documents().get(0);
        assertThat(Documents.textUnder(document, List.of("Work Experience")))
                .contains("Responsible for the clearing system.\n1. Led a group of 4 engineers.")
                .doesNotContain("\\1");
        assertThat(Documents.textUnder(document, List.of("Project Experience"))).contains("Flash Sale System");
    }

    /** A table whose first row is one cell across it holding the title, the rows under it as given. */
    private static void titledTable(
            org.apache.poi.xwpf.usermodel.XWPFDocument document, String title, String[][] rows) {
        int columns = rows[0].length;
        org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(rows.length + 1, columns);
        for (int r = 0; r <= rows.length; r++) {
            String[] cells = r == 0 ? new String[] {title} : rows[r - 1];
            org.apache.poi.xwpf.usermodel.XWPFTableRow row = table.getRow(r);
            for (int c = columns - 1; c >= cells.length; c--) {
                row.removeCell(c);
            }
            if (cells.length < columns) {
                row.getCell(cells.length - 1)
                        .getCTTc()
                        .addNewTcPr()
                        .addNewGridSpan()
                        .setVal(java.math.BigInteger.valueOf(columns - cells.length + 1));
            }
            for (int c = 0; c < cells.length; c++) {
                String[] lines = cells[c].split("\n");
                org.apache.poi.xwpf.usermodel.XWPFRun run =
                        row.getCell(c).getParagraphs().get(0).createRun();
                run.setText(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    run.addBreak();
                    run.setText(lines[i]);
                }
            }
        }
    }

    @Test
    void should_read_a_layout_table_and_an_empty_table_as_before_not_as_a_forms_records() throws Exception {
        // given: a template's name, headline and town over its sections' cells, and a table with no rows
        byte[] cv = word(document -> {
            cellParagraphs(document, new String[][] {
                {"Jane Doe", "Senior Software Engineer", "London, UK"},
                {"Experience\nAcme Ltd, 2019 – present", "Education\nBSc Computing, 2015", "Skills\nKotlin"}
            });
            document.createTable().removeRow(0);
            paragraph(document, null, "References on request");
        });

        // when
        String markdown = new DocxConverter().toMarkdown("cv.docx", cv);

        // then
        assertThat(markdown)
                .doesNotContain("Jane Doe: Experience")
                .contains("Acme Ltd, 2019 – present")
                .contains("References on request");
    }

    @Test
    void should_read_each_job_as_a_table_row_of_its_dates_beside_its_title_employer_and_town() throws Exception {
        // given: a template's job, a row of two cells (the dates; the title line, then the duties) and no header
        byte[] bytes = word(document -> {
            document.createParagraph().createRun().setText("Gwen Astbury");
            cellParagraphs(document, new String[][] {
                {"Feb 2019 – Present", "Senior Bookkeeper, Ledgerwell Partners LLP — Wexcombe\nLead a team of 3."},
                {"Apr 2011 – Oct 2014", "Bookkeeper, Fenwright & Lowe Chartered Accountants — Brayton\nVAT returns."}
            });
        });

        // when
        String markdown = new DocxConverter().toMarkdown("cv.docx", bytes);

        // then
        assertThat(markdown)
                .contains("Feb 2019 – Present · Senior Bookkeeper, Ledgerwell Partners LLP — Wexcombe\n")
                .contains("Apr 2011 – Oct 2014 · Bookkeeper, Fenwright & Lowe Chartered Accountants — Brayton\n")
                .contains("VAT returns.");
    }

    @Test
    void should_read_a_tabular_cvs_labels_and_single_dates_beside_their_entries_as_one_line_each() throws Exception {
        // given: a German-style CV laid out as one table: labels or dates on the left, the entry on the right
        byte[] cv = word(document -> {
            paragraph(document, null, "Tobias Kellermann");
            cellParagraphs(document, new String[][] {
                {"Date and place of birth", "17.06.1988 in Landshut"},
                {"Nationality", "German"},
                {"10/2017 – 02/2021", "Embedded Software Developer\nBrenner & Vogt Elektronik GmbH, Nürnberg"},
                {"06/2007", "Abitur (general university entrance qualification)\nIsartal-Gymnasium Landshut"},
                {"IT skills", "C, C++14, Python\nMATLAB/Simulink"}
            });
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);
        String redacted = new dev.profilebot.privacy.PrivateDetailRedactor(
                        java.util.Set.<dev.profilebot.privacy.PrivateDetail>of())
                .redact(markdown)
                .text();

        // then
        assertThat(markdown)
                .contains("Nationality: German\n")
                .contains("06/2007 · Abitur (general university entrance qualification)\n")
                .contains("10/2017 – 02/2021 · Embedded Software Developer\n")
                .doesNotContain("IT skills: C");
        assertThat(redacted).doesNotContain("17.06.1988").contains("Nationality: German");
    }

    @Test
    void should_read_a_cv_written_as_a_table_of_labels_the_europass_way() throws Exception {
        // given: the old Europass template, one two-column table: section names in bold with nothing beside
        // them, labels and values, a value of several paragraphs, spacer rows, a grid of language levels
        Files.write(folder.resolve("CV_Europass.docx"), word(document -> {
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(1, 2);
            europassRow(table, "europass\nCurriculum Vitae", "", false);
            europassRow(table, "Personal information", "", true);
            europassRow(table, "Surname(s) / First name(s)", "Ferraresi Lorenzo", false);
            europassRow(table, "Date of birth", "14/06/1986", false);
            europassRow(table, "Fax(es)", "", false);
            europassRow(table, "", "", false);
            europassRow(table, "Desired employment / Occupational field", "Senior Project Engineer", false);
            europassRow(table, "Work experience", "", true);
            europassRow(table, "Dates", "March 2021 – present", false);
            europassRow(table, "Occupation or position held", "Senior Project Engineer", false);
            europassRow(
                    table,
                    "Main activities and responsibilities",
                    "- Management of turnkey orders for bottling lines (2022–2023 in Morocco)\n"
                            + "- Coordination of a team of 4 project engineers",
                    false);
            europassRow(
                    table,
                    "Name and address of employer",
                    "Corvanti Impianti S.p.A., Via dell'Artigianato 9, 40026 Imola (BO), Italy",
                    false);
            europassRow(table, "", "", false);
            europassRow(table, "Dates", "January 2014 – August 2017", false);
            europassRow(table, "Occupation or position held", "Commissioning Engineer", false);
            europassRow(table, "Main activities and responsibilities", "- Start-up of thermal plants", false);
            europassRow(
                    table,
                    "Name and address of employer",
                    "Termoidra Sistemi S.r.l., Via Emilia Ponente 312, 48018 Faenza (RA), Italy",
                    false);
            europassRow(table, "Education and training", "", true);
            europassRow(table, "Dates", "October 2008 – March 2011", false);
            europassRow(
                    table,
                    "Title of qualification awarded",
                    "Laurea Magistrale (Master's degree) in Mechanical Engineering",
                    false);
            europassRow(
                    table,
                    "Name and type of organisation providing education and training",
                    "Università di Bologna",
                    false);
            europassRow(table, "Self-assessment", "", false);
            org.apache.poi.xwpf.usermodel.XWPFTableCell grid =
                    table.getRow(table.getRows().size() - 1).getCell(1);
            org.apache.poi.xwpf.usermodel.XWPFTable levels =
                    grid.insertNewTbl(grid.getParagraphArray(0).getCTP().newCursor());
            String[][] rows = {
                {"", "Listening", "Reading", "Speaking"}, {"Spanish", "B2 Independent user", "B2", "A2 Basic user"}
            };
            for (String[] values : rows) {
                org.apache.poi.xwpf.usermodel.XWPFTableRow row = levels.createRow();
                for (String value : values) {
                    row.createCell().setText(value);
                }
            }
        }));

        // when
        ProfileLoader.Result result = loader.load(folder);
        StructuredProfile profile = facts(result);
        String markdown = new DocxConverter()
                .toMarkdown("CV_Europass.docx", Files.readAllBytes(folder.resolve("CV_Europass.docx")));

        // then
        assertThat(profile.identity().name()).contains("Lorenzo Ferraresi");
        assertThat(profile.identity().headline()).contains("Senior Project Engineer");
        assertThat(profile.roles())
                .extracting(
                        Role::organization,
                        Role::title,
                        r -> r.location().orElse(""),
                        r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Termoidra Sistemi S.r.l.",
                                "Commissioning Engineer",
                                "Faenza",
                                "January 2014 to August 2017"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Corvanti Impianti S.p.A.",
                                "Senior Project Engineer",
                                "Imola",
                                "March 2021 to present"));
        assertThat(profile.education())
                .extracting(e -> e.degree(), e -> e.institution())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Laurea Magistrale (Master's degree)", "Università di Bologna"));
        assertThat(markdown)
                .contains("## Work experience\n", "Dates: March 2021 – present", "Spanish · B2 Independent user · B2")
                .doesNotContain("Fax(es)");
    }

    @Test
    void should_nest_the_items_of_a_second_level_list_style_under_their_numbered_item() throws Exception {
        // given: a numbered list of jobs, each with its duties in the "List Bullet 2" style, no numbering of
        // their own (the style carries it)
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "Work History");
            paragraph(document, "ListNumber", "Bar Supervisor – The Old Crown, York (06/2021 – present)");
            paragraph(document, "ListBullet2", "Run the bar on my shifts");
            paragraph(document, "ListNumber", "Waitress – Bramble Café, Harrogate (2018 to 2019)");
            paragraph(document, "ListBullet2", "Breakfast service");
            // bullets typed by hand, as a Japanese job-history sheet's "・" lines
            paragraph(document, null, "・Process design for caliper machining lines (2010 – 2012)");
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown)
                .contains("- Bar Supervisor – The Old Crown, York (06/2021 – present)\n  - Run the bar on my shifts")
                .contains("- Waitress – Bramble Café, Harrogate (2018 to 2019)\n  - Breakfast service")
                .contains("- Process design for caliper machining lines (2010 – 2012)");
    }

    /** A row of a Europass table: a label (bold for a section's name) and its value, a paragraph a line. */
    private static void europassRow(
            org.apache.poi.xwpf.usermodel.XWPFTable table, String label, String value, boolean bold) {
        org.apache.poi.xwpf.usermodel.XWPFTableRow row = table.getRows().size() == 1
                        && table.getRow(0).getCell(0).getText().isEmpty()
                        && table.getRow(0).getCell(1).getText().isEmpty()
                        && table.getRow(0)
                                .getCell(0)
                                .getParagraphs()
                                .get(0)
                                .getRuns()
                                .isEmpty()
                ? table.getRow(0)
                : table.createRow();
        String[] labels = label.split("\n");
        org.apache.poi.xwpf.usermodel.XWPFRun run =
                row.getCell(0).getParagraphs().get(0).createRun();
        run.setText(labels[0]);
        run.setBold(bold);
        for (int i = 1; i < labels.length; i++) {
            row.getCell(0).addParagraph().createRun().setText(labels[i]);
        }
        String[] lines = value.split("\n");
        row.getCell(1).getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            row.getCell(1).addParagraph().createRun().setText(lines[i]);
        }
    }

    @Test
    void should_read_a_pandoc_definition_list_as_labelled_lines_and_withhold_a_birth_date_in_one() throws Exception {
        // given: pandoc's Word output of a definition list, a term's paragraph over its definition's
        byte[] cv = word(document -> {
            paragraph(document, "Heading1", "Personal");
            paragraph(document, "DefinitionTerm", "Born");
            paragraph(document, "Definition", "9 March 1988 in Lüneburg");
            paragraph(document, "DefinitionTerm", "Nationality");
            paragraph(document, "Definition", "German");
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);
        String redacted = new dev.profilebot.privacy.PrivateDetailRedactor(
                        java.util.Set.<dev.profilebot.privacy.PrivateDetail>of())
                .redact(markdown)
                .text();

        // then
        assertThat(markdown).contains("Born: 9 March 1988 in Lüneburg", "Nationality: German");
        assertThat(redacted).doesNotContain("1988", "9 March").contains("Nationality: German");
    }

    @Test
    void should_join_a_sidebars_items_in_bold_to_the_short_lines_under_them() throws Exception {
        // given: a two-column template, one table row: a narrow sidebar of certifications, each named in bold over
        // its details, and a wide main column
        byte[] cv = word(document -> {
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(1, 2);
            org.apache.poi.xwpf.usermodel.XWPFTableCell side = table.getRow(0).getCell(0);
            org.apache.poi.xwpf.usermodel.XWPFTableCell main = table.getRow(0).getCell(1);
            side.setWidth("3402");
            main.setWidth("7064");
            side.setText("Certifications");
            for (String[] item : new String[][] {
                {"Basic Life Support (BLS)", "Annual competency, SCHHS", "Expires 03/2027"},
                {"Trauma Nursing Core Course (TNCC)", "CENA, completed 2014", "Lapsed 2018"}
            }) {
                org.apache.poi.xwpf.usermodel.XWPFRun name = side.addParagraph().createRun();
                name.setText(item[0]);
                name.setBold(true);
                side.addParagraph().createRun().setText(item[1]);
                side.addParagraph().createRun().setText(item[2]);
            }
            main.setText("Registered nurse with 14 years' experience in emergency and intensive care nursing.");
            main.addParagraph().createRun().setText("Clinical Nurse Educator, Sunshine Coast University Hospital");
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown)
                .contains("Basic Life Support (BLS): Annual competency, SCHHS; Expires 03/2027")
                .contains("Trauma Nursing Core Course (TNCC): CENA, completed 2014; Lapsed 2018")
                .contains("Clinical Nurse Educator, Sunshine Coast University Hospital");
    }

    /** A table whose cells hold a paragraph for each line of their text. */
    private static void cellParagraphs(org.apache.poi.xwpf.usermodel.XWPFDocument document, String[][] rows) {
        org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                org.apache.poi.xwpf.usermodel.XWPFTableCell cell =
                        table.getRow(r).getCell(c);
                String[] lines = rows[r][c].split("\n");
                cell.setText(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    cell.addParagraph().createRun().setText(lines[i]);
                }
            }
        }
    }

    /** A Word document's bytes, its content written by the given steps. */
    @Test
    void should_read_a_smartart_timelines_nodes_a_line_each_in_the_diagrams_order() throws Exception {
        // given: a career timeline drawn as a SmartArt diagram: its words only in the diagram's data part, its
        // nodes written out of order and put in order by their connections
        String node = "<dgm:pt modelId='{%s}'><dgm:t><a:p><a:r><a:t>%s</a:t></a:r></a:p>"
                + "<a:p><a:r><a:t>%s</a:t></a:r></a:p></dgm:t></dgm:pt>";
        String data = "<dgm:dataModel xmlns:dgm='http://schemas.openxmlformats.org/drawingml/2006/diagram'"
                + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'><dgm:ptLst>"
                + "<dgm:pt modelId='{0}' type='doc'><dgm:t><a:p/></dgm:t></dgm:pt>"
                + String.format(node, "2", "2019 – present", "Northgate Outdoor")
                + String.format(node, "1", "2015 – 2019", "Wrenfield Foods")
                + "<dgm:pt modelId='{9}' type='sibTrans'><dgm:t><a:p><a:r><a:t>→</a:t></a:r></a:p></dgm:t></dgm:pt>"
                + "</dgm:ptLst><dgm:cxnLst>"
                + "<dgm:cxn modelId='{c2}' srcId='{0}' destId='{2}' srcOrd='1' destOrd='0'/>"
                + "<dgm:cxn modelId='{c1}' srcId='{0}' destId='{1}' srcOrd='0' destOrd='0'/>"
                + "</dgm:cxnLst></dgm:dataModel>";
        byte[] cv = word(document -> {
            try {
                paragraph(document, "Heading1", "Career Timeline");
                var partName =
                        org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/diagrams/data1.xml");
                var part = document.getPackage()
                        .createPart(
                                partName, "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml");
                try (var out = part.getOutputStream()) {
                    out.write(data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                document.getPackagePart()
                        .addRelationship(
                                partName,
                                org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData",
                                "rIdDiagram1");
                var drawing = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR.Factory.parse(
                        "<xml-fragment xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
                                + " xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
                                + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
                                + " xmlns:dgm='http://schemas.openxmlformats.org/drawingml/2006/diagram'"
                                + " xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
                                + "<w:drawing><wp:inline><wp:extent cx='6300000' cy='1350000'/><wp:docPr id='1'"
                                + " name='Diagram 1'/><a:graphic><a:graphicData"
                                + " uri='http://schemas.openxmlformats.org/drawingml/2006/diagram'>"
                                + "<dgm:relIds r:dm='rIdDiagram1' r:lo='' r:qs='' r:cs=''/></a:graphicData>"
                                + "</a:graphic></wp:inline></w:drawing></xml-fragment>");
                document.createParagraph().getCTP().addNewR().set(drawing);
                paragraph(document, "Heading1", "Relevant Experience");
                paragraph(document, null, "MARKETING MANAGER  |  Northgate Outdoor Ltd, Leeds");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown)
                .containsSubsequence("2015 – 2019 · Wrenfield Foods\n", "2019 – present · Northgate Outdoor\n")
                .doesNotContain("→");
    }

    @Test
    void should_read_body_text_in_the_documents_default_size_and_a_headline_a_little_larger_as_no_heading()
            throws Exception {
        // given: body text that sets no size (10.5 pt, the document's default), the name at 20 pt, the headline
        // under it at 12 pt, one footnote at 9 pt
        byte[] cv = word(document -> {
            document.createStyles()
                    .getCtStyles()
                    .addNewDocDefaults()
                    .addNewRPrDefault()
                    .addNewRPr()
                    .addNewSz()
                    .setVal(java.math.BigInteger.valueOf(21));
            sized(document, "RENEE M. CASTELLANO", 20);
            sized(document, "Operations & Logistics Management | U.S. Army Veteran", 12);
            document.createParagraph().createRun().setText("PROFESSIONAL EXPERIENCE");
            document.createParagraph()
                    .createRun()
                    .setText("Operations Manager, Coastal Freight Logistics, Inc., Pooler, GA · Sep 2022 – Present");
            document.createParagraph()
                    .createRun()
                    .setText("Lead 6 shift supervisors and about 95 hourly associates across 2 shifts.");
            sized(
                    document,
                    "Military Occupational Specialty (MOS) 92A: Army supply and warehousing specialty. Basic Combat"
                            + " Training and Advanced Individual Training, Jun – Oct 2008.",
                    9);
        });

        // when
        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        // then
        assertThat(markdown).contains("# RENEE M. CASTELLANO").doesNotContain("# Operations & Logistics");
        assertThat(markdown).contains("Operations & Logistics Management | U.S. Army Veteran");
    }

    @Test
    void should_read_a_work_history_tables_company_cell_of_several_lines_as_one_value() throws Exception {
        // given: a Japanese résumé's table, its columns named, the company over its town, department and post
        byte[] cv = word(document -> {
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(2, 3);
            table.getRow(0).getCell(0).setText("Period");
            table.getRow(0).getCell(1).setText("Company / Department / Position");
            table.getRow(0).getCell(2).setText("Responsibilities and Achievements");
            table.getRow(1).getCell(0).setText("2015.04 – 2018.09");
            org.apache.poi.xwpf.usermodel.XWPFTableCell company =
                    table.getRow(1).getCell(1);
            company.setText("Tokai Denso Systems Co., Ltd.");
            company.addParagraph().createRun().setText("Kariya, Aichi");
            company.addParagraph().createRun().setText("Body Electronics Engineering Dept.");
            company.addParagraph().createRun().setText("Software Engineer");
            org.apache.poi.xwpf.usermodel.XWPFTableCell work = table.getRow(1).getCell(2);
            work.setText("Developed body control module (BCM) software in C for 3 vehicle programs.");
            work.addParagraph().createRun().setText("Implemented UDS (ISO 14229) diagnostic services for the BCM.");
            org.apache.poi.xwpf.usermodel.XWPFTableRow next = table.createRow();
            next.getCell(0).setText("2018.10 – 2021.03");
            org.apache.poi.xwpf.usermodel.XWPFTableCell promoted = next.getCell(1);
            promoted.setText("Hoshizora Automotive Electronics Co., Ltd.");
            promoted.addParagraph().createRun().setText("Nagoya, Aichi");
            promoted.addParagraph().createRun().setText("Assistant Manager (Kakaricho)");
            promoted.addParagraph().createRun().setText("* Internal transfer and promotion");
            next.getCell(2).setText("Led a team of 6 engineers developing a radar and camera fusion ECU.");
        });
        Files.write(folder.resolve("Resume.docx"), cv);

        // when
        List<Role> roles = facts(loader.load(folder)).roles();

        // then
        assertThat(roles)
                .extracting(Role::organization, Role::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tokai Denso Systems Co., Ltd", "Software Engineer"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Hoshizora Automotive Electronics Co., Ltd", "Assistant Manager (Kakaricho)"));
    }

    @Test
    void should_head_a_section_by_its_bold_name_with_its_translation_in_another_script_beside_it() throws Exception {
        // given: a Korean résumé in English: "■ Work Experience" in bold, "경력사항" after it in plain letters
        byte[] cv = word(document -> {
            paragraph(document, null, "Yoon Seung-hyun");
            translated(document, "■ Work Experience", "  경력사항");
            paragraph(document, null, "Backend Developer · 2019.03 ~ 2021.08");
            paragraph(document, null, "Pocketmarket Inc. · Seoul");
            translated(document, "■ Education", "  학력사항");
            paragraph(document, null, "B.S. in Computer Science & Engineering, Sungkyunkwan University · 2011 – 2017");
        });

        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        assertThat(markdown).contains("## Work Experience\n", "## Education\n").doesNotContain("경력사항");
    }

    @Test
    void should_head_a_section_by_its_name_alone_in_the_left_column_of_a_europass_table() throws Exception {
        // given: an Italian Europass CV as one table: each section's name alone in the narrow left column, its
        // entries' dates below it there, each entry's title and employer beside them
        byte[] cv = word(document -> {
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(4, 2);
            table.getRow(0).getCell(0).setText("ESPERIENZA LAVORATIVA");
            table.getRow(1).getCell(0).setText("01/03/2018 – attuale");
            table.getRow(1).getCell(1).setText("Marketing Manager");
            table.getRow(1).getCell(1).addParagraph().createRun().setText("Lumea Cosmetici S.p.A., Milano (Italia)");
            table.getRow(2).getCell(0).setText("ISTRUZIONE E FORMAZIONE");
            table.getRow(3).getCell(0).setText("09/2010 – 10/2012");
            table.getRow(3).getCell(1).setText("Laurea Magistrale in Marketing Management");
            table.getRow(3).getCell(1).addParagraph().createRun().setText("Università Bocconi, Milano (Italia)");
        });

        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        assertThat(markdown)
                .contains(
                        "## ESPERIENZA LAVORATIVA\n",
                        "01/03/2018 – attuale · Marketing Manager",
                        "## ISTRUZIONE E FORMAZIONE\n");
        assertThat(markdown.indexOf("## ISTRUZIONE")).isGreaterThan(markdown.indexOf("Lumea Cosmetici"));
    }

    @Test
    void should_keep_a_bold_labels_number_after_it_on_its_line() throws Exception {
        // given: "PRC License No.:" in bold, its number in plain digits: no translation in another script
        byte[] cv = word(document -> {
            paragraph(document, null, "Kristine Manalo");
            translated(document, "Date of Registration: ", "2012");
            translated(document, "Licence No.: ", "0129874");
        });

        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        assertThat(markdown)
                .contains("Date of Registration: 2012", "Licence No.: 0129874")
                .doesNotContain("## ");
    }

    @Test
    void should_leave_out_a_table_of_contents_and_its_page_numbers() throws Exception {
        // given: Word's table of contents under the contact lines: its entries name the sections and the
        // engagements, each with a page number, before the first heading
        byte[] cv = word(document -> {
            paragraph(document, "Title", "Isla Marchetti");
            paragraph(document, null, "isla.marchetti@example.com");
            paragraph(document, "TOCHeading", "Contents");
            paragraph(document, "TOC1", "Profile\t1");
            paragraph(document, "TOC2", "UK central government department – shared services\t2");
            paragraph(document, "Heading1", "Profile");
            paragraph(document, null, "Operations partner based in Leeds.");
        });

        String markdown = new DocxConverter().toMarkdown("CV.docx", cv);

        assertThat(markdown)
                .contains("isla.marchetti@example.com", "## Profile\n", "Operations partner based in Leeds.")
                .doesNotContain("Contents", "UK central government", "Profile · 1");
    }

    private static void translated(
            org.apache.poi.xwpf.usermodel.XWPFDocument document, String name, String translation) {
        org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph = document.createParagraph();
        org.apache.poi.xwpf.usermodel.XWPFRun bold = paragraph.createRun();
        bold.setBold(true);
        bold.setText(name);
        paragraph.createRun().setText(translation);
    }

    private static void sized(org.apache.poi.xwpf.usermodel.XWPFDocument document, String text, int points) {
        org.apache.poi.xwpf.usermodel.XWPFRun run = document.createParagraph().createRun();
        run.setText(text);
        run.setFontSize(points);
    }

    private static byte[] word(java.util.function.Consumer<org.apache.poi.xwpf.usermodel.XWPFDocument> content)
            throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void table(org.apache.poi.xwpf.usermodel.XWPFDocument document, String[][] rows) {
        org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                table.getRow(r).getCell(c).setText(rows[r][c]);
            }
        }
    }

    private static void paragraph(org.apache.poi.xwpf.usermodel.XWPFDocument document, String style, String text) {
        org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        String[] parts = text.split("\t");
        org.apache.poi.xwpf.usermodel.XWPFRun run = paragraph.createRun();
        run.setText(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            run.addTab();
            run.setText(parts[i]);
        }
    }

    private void assertSameProfileAsMarkdown() throws IOException {
        ProfileLoader.Result word = loader.load(folder);
        Path markdownFolder = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-md"));
        Files.writeString(markdownFolder.resolve("resume.md"), RESUME);
        ProfileLoader.Result markdown = loader.load(markdownFolder);

        assertThat(word.problems()).isEmpty();
        assertThat(facts(word).identity().name()).contains("Noor Haddad");
        assertThat(facts(word).roles())
                .extracting(Role::organization, Role::title, r -> r.dates().display())
                .isEqualTo(facts(markdown).roles().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(
                                r.organization(), r.title(), r.dates().display()))
                        .toList())
                .hasSize(2);
        assertThat(Documents.allText(word.documents().get(0)))
                .contains("Led the move to Kubernetes: moved 60 services in 9 months.", "On-call lead");
    }

    private static StructuredProfile facts(ProfileLoader.Result result) {
        return new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
    }

    @Test
    void should_say_a_password_protected_word_file_needs_saving_without_its_password() throws Exception {
        org.apache.poi.poifs.crypt.EncryptionInfo info =
                new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
                os.write(WordDocuments.fromMarkdown(RESUME));
            }
            fs.writeFilesystem(out);
        }
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nLikes Go.\n");
        Files.write(folder.resolve("locked.docx"), out.toByteArray());

        assertThat(loader.load(folder).problems())
                .containsExactly(
                        "locked.docx: a password-protected Word file: save it without a password, or add a .md or .txt");
    }

    @Test
    void should_warn_about_a_corrupt_word_file_and_a_corrupt_doc_and_keep_the_rest() throws IOException {
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nLikes Go.\n");
        Files.writeString(folder.resolve("broken.docx"), "PK not really a zip");
        Files.write(folder.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.documents()).extracting(ProfileDocument::fileName).isEqualTo(List.of("notes.md"));
        assertThat(result.problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("broken.docx: not a readable Word document"))
                .contains("old.doc: a damaged Word 97-2003 .doc file or one that cannot be read"
                        + " (NotOLE2FileException): save it as .docx, or add a .md or .txt");
    }
}
