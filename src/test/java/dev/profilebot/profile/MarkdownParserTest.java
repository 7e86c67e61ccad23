package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void should_keep_a_bold_label_on_one_line_with_its_value_and_a_bold_dated_header_on_its_own() {
        ProfileDocument document = new MarkdownParser()
                .parse(
                        "cv.md",
                        "## Personal\n\n**Date of birth:**\n14/03/1993\n\n"
                                + "## Experience\n\n**2015 – 2017 · Senior Reviser, TransPolder, Rotterdam**\nPromoted.\n");

        assertThat(Documents.allText(document)).contains("Date of birth: 14/03/1993", "Rotterdam\nPromoted.");
    }

    @Test
    void should_set_a_bold_education_after_the_jobs_beside_the_work_section_not_inside_it() {
        // given: a Spanish CV from a PDF, its first section a heading, the ones on the next page bold lines
        ProfileDocument document = new MarkdownParser().parse("cv.md", """
                # Lucía Ferreyra

                ## EXPERIENCIA LABORAL

                **Desarrolladora Web Jr.**

                Pampa Digital (agencia) — CABA · 2016 – 2018

                **EDUCACIÓN**

                **Tecnicatura Universitaria en Programación**

                UTN — Facultad Regional Buenos Aires · 2013 – 2015
                """);

        assertThat(document.blocks())
                .filteredOn(b -> b.text().contains("UTN"))
                .extracting(b -> String.join(" > ", b.sectionPath()))
                .containsExactly("Lucía Ferreyra > EDUCACIÓN");
    }

    @Test
    void should_keep_a_bold_label_in_capitals_set_over_each_job_inside_the_job_not_make_it_a_section() {
        // given: a federal résumé from Word, "KEY ACCOMPLISHMENTS:" in bold capitals under every post
        ProfileDocument document = new MarkdownParser().parse("resume.md", """
                **WORK EXPERIENCE**

                **IT Specialist (INFOSEC)**

                Cut incident containment time by two thirds.

                **KEY ACCOMPLISHMENTS:**

                Led the Log4j response.

                **Network Operations NCOIC**

                **KEY ACCOMPLISHMENTS:**

                Migrated 1,750 workstations.

                **EDUCATION**

                **KEY ACHIEVEMENTS:**
                """);

        assertThat(document.blocks())
                .filteredOn(b -> b.text().contains("Migrated") || b.text().contains("Log4j"))
                .extracting(b -> String.join(" > ", b.sectionPath()))
                .containsOnly("WORK EXPERIENCE");
        assertThat(Documents.allText(document)).contains("KEY ACCOMPLISHMENTS:\nLed the Log4j response.");
    }

    @Test
    void should_read_a_heading_of_dates_over_an_entrys_heading_as_the_entrys_first_line() {
        // given: a Word template's entries, each one's dates a small heading above its own heading
        String cv = """
                ## Experience

                ##### 09/2021 – Present

                ### Associate Architect · Lantern Works Architecture, Wexcombe

                - Lead a design team of 7.

                ##### 07/2020 – 08/2021

                ### Project Architect · Corrib & Stone Architects, Caermarden
                """;

        ProfileDocument document = new MarkdownParser().parse("cv.md", cv);

        assertThat(document.blocks())
                .extracting(b -> String.join(" > ", b.sectionPath()) + " | " + b.text())
                .containsExactly(
                        "Experience > Associate Architect · Lantern Works Architecture, Wexcombe | 09/2021 – Present",
                        "Experience > Associate Architect · Lantern Works Architecture, Wexcombe | Lead a design team of 7.",
                        "Experience > Project Architect · Corrib & Stone Architects, Caermarden | 07/2020 – 08/2021");
    }

    @Test
    void should_leave_a_heading_of_dates_under_the_entry_heading_it_follows() {
        // given: each degree's dates a smaller heading below its own, the entries with no other line
        String cv = """
                ## Education

                ### MSc Data Science · University of Leeds

                #### 2017 – 2018

                ### BSc Mathematics · University of York

                #### 2014 – 2017
                """;

        ProfileDocument document = new MarkdownParser().parse("cv.md", cv);

        assertThat(document.blocks())
                .extracting(b -> String.join(" > ", b.sectionPath()))
                .doesNotContain("Education > BSc Mathematics · University of York");
    }

    @Test
    void should_read_a_contact_label_in_bold_over_its_value_as_one_labelled_line() {
        // given: a template's contact column, each label a bold paragraph over its value
        String cv =
                "#### Contact\n\n\n**Portfolio**\n\n\nwww.wrenfield.design\n\n\n**Date of birth**\n\n\n12/03/1991\n\n"
                        + "**Senior Engineer**\n\nAcme Ltd\n";

        ProfileDocument document = new MarkdownParser().parse("cv.md", cv);

        assertThat(Documents.allText(new MarkdownParser().parse("cv.md", "Passport No. · : · R4829173\n")))
                .isEqualTo("Passport No.: R4829173");
        assertThat(Documents.allText(document))
                .contains("Portfolio: www.wrenfield.design", "Date of birth: 12/03/1991")
                .doesNotContain("Senior Engineer: Acme");
    }

    @Test
    void should_put_a_europass_entrys_dates_under_the_bold_title_they_stand_over() {
        // given: two entries, each's dates on a line above its title in bold capitals
        String cv = """
                ### EDUCATION AND TRAINING

                [ 2019 ]

                **LEAN SIX SIGMA BLACK BELT**

                Instituto da Qualidade
                Porto, Portugal

                [ 09/2006 – 07/2011 ]

                **MASTER'S DEGREE IN INDUSTRIAL ENGINEERING**

                Universidade do Porto
                """;

        // when
        ProfileDocument document = parser.parse("cv.md", cv);

        // then
        assertThat(document.blocks())
                .extracting(block -> block.sectionPath().get(block.sectionPath().size() - 1) + ": " + block.text())
                .containsExactly(
                        "LEAN SIX SIGMA BLACK BELT: [ 2019 ]",
                        "LEAN SIX SIGMA BLACK BELT: Instituto da Qualidade Porto, Portugal",
                        "MASTER'S DEGREE IN INDUSTRIAL ENGINEERING: [ 09/2006 – 07/2011 ]",
                        "MASTER'S DEGREE IN INDUSTRIAL ENGINEERING: Universidade do Porto");
    }

    @Test
    void should_leave_the_dates_that_close_an_entry_under_its_bold_employer() {
        // given: employer in bold capitals, then the title, then the dates
        String cv = """
                ## EXPERIENCE

                **ACME ANALYTICS LTD**

                Senior Data Analyst

                2019 – 2021

                **BETA INSIGHTS LTD**

                Data Analyst

                2016 – 2019
                """;

        // when
        ProfileDocument document = parser.parse("cv.md", cv);

        // then
        assertThat(document.blocks())
                .extracting(block -> block.sectionPath().get(block.sectionPath().size() - 1) + ": " + block.text())
                .containsExactly(
                        "ACME ANALYTICS LTD: Senior Data Analyst",
                        "ACME ANALYTICS LTD: 2019 – 2021",
                        "BETA INSIGHTS LTD: Data Analyst",
                        "BETA INSIGHTS LTD: 2016 – 2019");
    }

    @Test
    void should_head_an_entry_by_a_bold_employer_in_capitals_with_a_note_after_it() {
        // given: each employer's name in bold capitals, then a note in ordinary letters: its division, its full name
        String cv = """
                **WORK EXPERIENCE**

                **RIZAL COMMERCIAL BANKING CORPORATION (RCBC)**

                Senior Accounting Officer · June 2019 – Present

                **ACCENTURE INC. – Finance & Accounting Operations (BPO)**

                Record-to-Report Team Lead · Jan. 2017 – May 2019

                **SGV & CO. (SyCip Gorres Velayo & Co., member firm of Ernst & Young Global)**

                Audit Staff, Assurance · Nov. 2012 – Sept. 2014
                """;

        // when
        ProfileDocument document = parser.parse("cv.md", cv);

        // then: each title under its own employer, none under the one above it, all of them in the section
        assertThat(document.blocks())
                .allSatisfy(block -> assertThat(block.sectionPath()).startsWith("WORK EXPERIENCE"))
                .extracting(block -> block.sectionPath().get(block.sectionPath().size() - 1) + ": " + block.text())
                .containsExactly(
                        "RIZAL COMMERCIAL BANKING CORPORATION (RCBC): Senior Accounting Officer · June 2019 – Present",
                        "ACCENTURE INC. – Finance & Accounting Operations (BPO): Record-to-Report Team Lead · Jan. 2017"
                                + " – May 2019",
                        "SGV & CO. (SyCip Gorres Velayo & Co., member firm of Ernst & Young Global): Audit Staff,"
                                + " Assurance · Nov. 2012 – Sept. 2014");
    }

    @Test
    void should_set_the_employers_in_bold_under_the_numbered_bold_section_above_them() {
        // given: a Colombian "Hoja de vida": numbered sections and each employer in the same bold capitals, one
        // employer's name ending in its legal form's full stop
        String cv = """
                **5. EXPERIENCIA LABORAL**

                **COMERCIALIZADORA ANDINA DE TEXTILES S.A.S. – CATEX**

                Cargo: Jefe de Contabilidad e Impuestos

                **ALMACENES ÉXITO S.A.**

                Cargo: Aprendiz SENA

                **6. CONOCIMIENTOS Y HERRAMIENTAS**

                Software contable: SIIGO, World Office.
                """;

        // when
        ProfileDocument document = parser.parse("hoja-de-vida.md", cv);

        // then: each employer a section under the work section's name; the next numbered section beside it
        assertThat(document.blocks())
                .extracting(block -> String.join(" > ", block.sectionPath()) + ": " + block.text())
                .containsExactly(
                        "5. EXPERIENCIA LABORAL > COMERCIALIZADORA ANDINA DE TEXTILES S.A.S. – CATEX: Cargo: Jefe de"
                                + " Contabilidad e Impuestos",
                        "5. EXPERIENCIA LABORAL > ALMACENES ÉXITO S.A.: Cargo: Aprendiz SENA",
                        "6. CONOCIMIENTOS Y HERRAMIENTAS: Software contable: SIIGO, World Office.");
    }

    @Test
    void should_read_a_freelancers_bold_clients_and_accreditations_as_sections() {
        // given
        String cv = """
                **Accreditation & memberships**

                Member of the Association of Legal and Court Translators, since 2015

                **Selected clients and projects**

                2024 · Halden & Moss LLP · Share purchase agreement
                """;

        // when
        ProfileDocument document = parser.parse("cv.md", cv);

        // then
        assertThat(document.blocks())
                .extracting(block -> String.join(" › ", block.sectionPath()))
                .containsExactly("Accreditation & memberships", "Selected clients and projects");
    }

    @Test
    void should_keep_a_jobs_bold_achievements_label_inside_the_section_of_jobs() {
        // given: a word processor's export, each job's lists under bold labels with their colons
        String cv = """
                **CAREER HISTORY**

                **Mphepo Coal Holdings (Pty) Ltd**

                Period: · January 2021 – Present

                **Achievements:**

                - Reduced the LTIFR from 0.41 to 0.17

                **ACHIEVEMENTS**

                - Best Section of the year, 2014
                """;

        // when
        ProfileDocument document = parser.parse("cv.md", cv);

        // then: the label in capitals, without its colon, heads a section of the page
        assertThat(document.blocks())
                .extracting(block -> String.join(" › ", block.sectionPath()) + ": " + block.text())
                .containsExactly(
                        "CAREER HISTORY: Mphepo Coal Holdings (Pty) Ltd",
                        "CAREER HISTORY: Period: · January 2021 – Present",
                        "CAREER HISTORY: Achievements:",
                        "CAREER HISTORY: Reduced the LTIFR from 0.41 to 0.17.",
                        "ACHIEVEMENTS: Best Section of the year, 2014.");
    }

    @Test
    void should_keep_a_jobs_bold_label_without_its_colon_inside_the_section_of_jobs_when_the_next_job_follows() {
        // given: a PDF's jobs, each with "Key Achievements" in bold title case, the next job's lines after it
        String cv = """
                **CAREER HISTORY**

                Company · Okavango Logistics – Gaborone

                - Monthly consolidation of 23 subsidiaries.

                **Key Achievements**

                - Led the IFRS 16 implementation.

                Company · Kalahari Equipment – Francistown
                """;

        // when
        ProfileDocument document = parser.parse("cv.md", cv);

        // then: the next job stays in the section of jobs, not under the label
        assertThat(document.blocks())
                .extracting(block -> String.join(" › ", block.sectionPath()) + ": " + block.text())
                .contains(
                        "CAREER HISTORY: Key Achievements:",
                        "CAREER HISTORY: Company · Kalahari Equipment – Francistown");
    }

    @Test
    void should_read_an_obsidian_notes_links_callouts_comments_and_tags_as_plain_words() {
        String note = """
                # Priya Halvorsen

                > [!info] Currently
                > Senior Platform Engineer at [[Northgate Analytics]] (2022-02 → present), everything in [[Terraform|TF]].

                - 📱 +44 7700 900418 %% strip for agencies %%
                - Shell tests: `[[ -f build.sh ]]` ![[diagram.png]]

                ### [[Kestrel Data Services]] — Linux Systems Administrator
                `2012-06 → 2015-03` · Sheffield #linux #ansible
                - Wrote C# tools on #Azure
                """;

        ProfileDocument document = parser.parse("CV.md", note);
        String text = Documents.allText(document);

        assertThat(document.blocks())
                .extracting(b -> b.sectionPath().get(b.sectionPath().size() - 1))
                .contains("Kestrel Data Services — Linux Systems Administrator");
        assertThat(text)
                .contains(
                        "Currently\nSenior Platform Engineer at Northgate Analytics",
                        "everything in TF.",
                        "Sheffield\n",
                        "[[ -f build.sh ]]",
                        "Wrote C# tools on #Azure")
                .doesNotContain("[!info]", "strip for agencies", "#linux", "diagram.png", "[[Northgate");
    }

    @Test
    void should_turn_front_matter_into_metadata() {
        ProfileDocument document = parser.parse("resume.md", TestProfiles.read("resume.md"));

        assertThat(document.metadata()).containsEntry("title", "Jonathan Hartley résumé");
        assertThat(Documents.allText(document)).doesNotContain("geometry", "pdf_document");
    }

    @Test
    void should_make_each_row_of_a_pandoc_table_a_section_named_by_its_first_cell() {
        ProfileDocument document = parser.parse("resume.md", TestProfiles.read("resume.md"));

        assertThat(Documents.textUnder(document, List.of("Previous Roles", "Canonical")))
                .startsWith("Canonical: May 2019 to July 2023.")
                .contains("The Snap Store (https://snapcraft.io/store) is an app store for Linux applications.");
        assertThat(Documents.textUnder(document, List.of("Current Role", "Lambda")))
                .startsWith("Lambda: Sep 2023 to present.")
                .contains("thousands of hypervisors");
        assertThat(document.blocks())
                .extracting(Block::sectionPath)
                .contains(List.of("Previous Roles", "Able.ag, Antidote.me, Made.com, BATS Trading, Rangespan"));
    }

    @Test
    void should_render_links_emphasis_and_line_blocks_as_clean_text() {
        ProfileDocument document = parser.parse("resume.md", TestProfiles.read("resume.md"));
        String header = document.blocks().get(0).text();

        assertThat(header.lines())
                .startsWith("Jonathan Hartley", "tartley@tartley.com", "blog (https://www.tartley.com/tags/software)");
        assertThat(Documents.allText(document)).doesNotContain("**", "[blog]", "][", "\\newpage", "mailto:", "| ");
        assertThat(Documents.allText(document))
                .contains("published on testing in Python Magazine "
                        + "(https://www.tartley.com/posts/acceptance-testing-net-applications-using-ironpython)");
        assertThat(document.links())
                .contains(new DocumentLink("github", "https://github.com/tartley"))
                .contains(new DocumentLink("tartley@tartley.com", "mailto:tartley@tartley.com"));
    }

    @Test
    void should_give_sub_bullets_the_words_of_their_bullet() {
        ProfileDocument document = parser.parse("cv.md", """
                ## Northwind Logistics
                - Led the rewrite of the route-planning service
                  - Cut average planning time from 40 seconds to 3 seconds.
                  - Handled 2 million deliveries a day by 2023.
                - Jobs in a list keep their details on lines of their own:
                - Contoso Retail, 2016 – 2020
                  - Reconciled 12 million accounts during the migration from the mainframe.
                """);

        assertThat(Documents.allText(document).lines())
                .contains(
                        "Led the rewrite of the route-planning service: Cut average planning time from 40 seconds"
                                + " to 3 seconds; Handled 2 million deliveries a day by 2023.",
                        "Contoso Retail, 2016 – 2020",
                        "Reconciled 12 million accounts during the migration from the mainframe.");
    }

    @Test
    void should_keep_text_of_a_document_without_headings() {
        ProfileDocument document = parser.parse("notes.md", "Just a paragraph.\n\nAnd *another* one.\n");

        assertThat(document.blocks())
                .containsExactly(new Block(List.of(), "Just a paragraph."), new Block(List.of(), "And another one."));
    }

    @Test
    void should_nest_sections_by_heading_level() {
        String markdown = "# Work\n\n## Acme\n\nBuilt things.\n\n## Initech\n\nFixed things.\n\n# Hobbies\n\nChess.\n";

        ProfileDocument document = parser.parse("cv.md", markdown);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(List.of("Work", "Acme"), "Built things."),
                        new Block(List.of("Work", "Initech"), "Fixed things."),
                        new Block(List.of("Hobbies"), "Chess."));
    }

    @Test
    void should_render_github_tables_and_short_lists_as_sentences() {
        String markdown =
                "## Skills\n\n- Java\n- Go\n\n## Jobs\n\n| Company | Years |\n|---|---|\n| Acme | 2019-2021 |\n";

        ProfileDocument document = parser.parse("cv.md", markdown);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(List.of("Skills"), "Java; Go."),
                        new Block(List.of("Jobs"), "Company: Acme; Years: 2019-2021"));
    }

    @Test
    void should_read_a_table_of_labels_a_colon_and_values_row_by_row_from_its_first_row() {
        // a Word CV's personal profile: the colon in a column of its own, no header row
        String markdown = "## Personal Profile\n\n| Full Name | : | Brian Kiprono Langat |\n| --- | --- | --- |\n"
                + "| Date of Birth | : | 9th November 1987 |\n| KRA PIN | : | A005127493K |\n";

        ProfileDocument document = parser.parse("cv.md", markdown);

        assertThat(Documents.allText(document))
                .isEqualTo("Full Name: Brian Kiprono Langat\nDate of Birth: 9th November 1987\nKRA PIN: A005127493K");
    }

    @Test
    void should_read_a_table_whose_first_row_is_a_label_ending_in_a_colon_and_its_value_as_a_row_of_its_own() {
        // a Latin American hoja de vida: the person's name under its label is no header of the identity number's
        String markdown = "## Datos personales\n\n| Nombres y apellidos: | Santiago Benalcázar |\n| --- | --- |\n"
                + "| Cédula de ciudadanía: | 171842639-6 |\n";

        ProfileDocument document = parser.parse("cv.md", markdown);

        assertThat(Documents.allText(document))
                .isEqualTo("Nombres y apellidos: Santiago Benalcázar\nCédula de ciudadanía: 171842639-6");
    }

    @Test
    void should_survive_odd_unicode() {
        String markdown =
                "# Ünïcödé 🚀\n\nZero\u200Bwidth, non\u00A0breaking, RTL שלום, combining e\u0301, \uFEFFBOM.\n";

        ProfileDocument document = parser.parse("odd.md", markdown);

        assertThat(document.blocks()).hasSize(1);
        assertThat(document.blocks().get(0).sectionPath()).containsExactly("Ünïcödé 🚀");
        assertThat(document.blocks().get(0).text()).contains("RTL שלום", "non breaking", "e\u0301");
    }

    @Test
    void should_parse_a_five_megabyte_document() {
        String paragraph = "Worked on distributed systems in Java and Go for a large company.\n\n";
        String markdown = "# Big\n\n" + paragraph.repeat(5_000_000 / paragraph.length());

        ProfileDocument document = parser.parse("big.md", markdown);

        assertThat(document.blocks()).hasSizeGreaterThan(70_000);
        assertThat(document.blocks().get(0).sectionPath()).containsExactly("Big");
    }

    @Test
    void should_give_no_blocks_for_an_empty_document() {
        assertThat(parser.parse("empty.md", "").isEmpty()).isTrue();
        assertThat(parser.parse("blank.md", "\n\n  \n").isEmpty()).isTrue();
    }

    @Test
    void should_read_a_heading_with_nothing_under_it_as_a_line_of_the_section_above() {
        // given: a Word CV's title and subtitle, the subtitle the person's name, then the first section
        String cv = """
                # Curriculum Vitae

                ## Hannah Kowalczyk RN (Adult), BSc (Hons)

                # Personal Details

                Email: hannah.kowalczyk@example.org
                """;

        // when
        ProfileDocument document = new MarkdownParser().parse("cv.md", cv);

        // then
        assertThat(document.blocks())
                .extracting(b -> b.sectionPath() + " " + b.text())
                .containsExactly(
                        "[Curriculum Vitae] Hannah Kowalczyk RN (Adult), BSc (Hons)",
                        "[Personal Details] Email: hannah.kowalczyk@example.org");
        assertThat(new dev.profilebot.profile.facts.StructuredProfileReader(
                                java.util.Optional.empty(), java.util.Optional.empty())
                        .read(java.util.List.of(document))
                        .identity()
                        .name())
                .contains("Hannah Kowalczyk");
    }
}
