package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser();

    @Test
    void should_read_a_forwarded_emails_quoted_lines_without_their_marks_but_keep_a_figures_more_than() {
        assertThat(PlainTextParser.unquoted("Hi Rachel,\n> EXPERIENCE\n>> Site Engineer, 2017\n> \n"))
                .isEqualTo("Hi Rachel,\nEXPERIENCE\nSite Engineer, 2017\n\n");
        String figures = ">50 enterprise accounts closed\n>95% client retention\nSales Director\n";
        assertThat(PlainTextParser.unquoted(figures)).isEqualTo(figures);
    }

    @Test
    void should_make_a_notes_question_over_its_indented_answer_the_answers_section() {
        String notes = "notes for the bot\n\nNotice period:\n  90 days at Freightwise. No buyout.\n\n"
                + "Willing to relocate?\n  Yes - anywhere in India.\n";

        ProfileDocument document = parser.parse("notes.txt", notes);

        assertThat(document.blocks())
                .extracting(Block::sectionPath, Block::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("notes for the bot"), "notes for the bot"),
                        org.assertj.core.groups.Tuple.tuple(
                                List.of("notes for the bot", "Notice period"), "90 days at Freightwise. No buyout."),
                        org.assertj.core.groups.Tuple.tuple(
                                List.of("notes for the bot", "Willing to relocate?"), "Yes - anywhere in India."));
    }

    @Test
    void should_not_set_the_next_employers_entry_under_an_employers_dated_line_over_its_titles_set_in() {
        String cv = "EMPLOYMENT HISTORY\n\n"
                + "DHL Supply Chain - DIRFT, Daventry            Jun 2016 - Present\n\n"
                + "  Warehouse Team Leader (Nights)              Mar 2019 - Present\n"
                + "  - Lead the night shift\n\n"
                + "Staffline Recruitment (agency) - Wellingborough   Aug 2015 - May 2016\n"
                + "Picker / Packer (temp)\n";

        ProfileDocument document = parser.parse("cv.txt", cv);

        assertThat(document.blocks())
                .filteredOn(block -> block.text().contains("Picker"))
                .extracting(Block::sectionPath)
                .containsExactly(List.of("EMPLOYMENT HISTORY"));
        assertThat(document.blocks())
                .filteredOn(block -> block.text().contains("Team Leader"))
                .extracting(block -> block.sectionPath().size())
                .containsExactly(2);
        // a month's break on a line of its own, one date: the entries below are no part of it
        ProfileDocument designer = parser.parse(
                "cv.txt",
                "EXPERIENCE\n\n2016.12            break (moving back from Berlin)\n\n"
                        + "2016.01 – 2016.11  KURZFORM STUDIO, Berlin (DE)\n                   Designer\n");
        assertThat(designer.blocks())
                .filteredOn(block -> block.text().contains("KURZFORM"))
                .extracting(Block::sectionPath)
                .containsExactly(List.of("EXPERIENCE"));
    }

    @Test
    void should_make_a_line_in_capitals_right_over_its_list_the_lists_section() {
        String text = "ADDITIONAL INFORMATION\n\nAWARDS AND RECOGNITION (Civilian)\n"
                + "- Peak Performer spot award, 2018 -- CCRI preparation at DISA.\n\n"
                + "VOLUNTEER WORK\n- Team Rubicon -- volunteer since 2017.\n\nSome notes\n- not a section\n";

        ProfileDocument document = parser.parse("info.txt", text);

        assertThat(document.blocks())
                .filteredOn(b -> b.text().contains("Peak Performer"))
                .extracting(b -> b.sectionPath().get(b.sectionPath().size() - 1))
                .containsExactly("AWARDS AND RECOGNITION (Civilian)");
        assertThat(document.blocks())
                .filteredOn(b -> b.text().contains("Team Rubicon"))
                .extracting(b -> b.sectionPath().get(b.sectionPath().size() - 1))
                .containsExactly("VOLUNTEER WORK");
        assertThat(document.blocks())
                .filteredOn(b -> b.text().contains("not a section"))
                .extracting(Block::text)
                .containsExactly("Some notes\nnot a section");
    }

    @Test
    void should_take_sections_from_hash_headings_and_drop_emphasis() {
        ProfileDocument document = parser.parse("resume.txt", TestProfiles.read("resume.txt"));

        assertThat(document.blocks().get(0).sectionPath()).containsExactly("Summary");
        assertThat(document.blocks())
                .anySatisfy(block -> assertThat(block.text())
                        .startsWith("I have 15 years experience in Python (and have used Go, C, C#, C++).")
                        .doesNotContain("**"));
    }

    @Test
    void should_make_a_short_standalone_line_a_section_and_keep_it_as_a_fact() {
        ProfileDocument document = parser.parse("resume.txt", TestProfiles.read("resume.txt"));

        assertThat(document.blocks()).anySatisfy(block -> {
            assertThat(block.sectionPath()).endsWith("Canonical May 2019 to July 2023");
            assertThat(block.text()).startsWith("Canonical May 2019 to July 2023\nThe Snap Store is an app store");
        });
    }

    @Test
    void should_end_a_headline_of_parts_where_its_last_part_ends_not_run_it_into_the_place_below() {
        // given: a LinkedIn "About" copied as text, its headline of parts as long as the lines below it
        String text = """
                Sofie Brandt Kjeldsen
                Lead Product Manager at Pleo | Spend management, cards & payments | CSPO
                Copenhagen, Capital Region, Denmark · 500+ connections
                """;

        // when
        ProfileDocument document = parser.parse("linkedin-about.txt", text);

        // then
        assertThat(Documents.allText(document)).contains("payments | CSPO\n").doesNotContain("CSPO Copenhagen");
        // a research statement's date under its line of details stays on that line, no entry of its own
        assertThat(Documents.allText(parser.parse("statement.txt", """
                        RESEARCH STATEMENT
                        Helmi Saarinen, D.Sc. (Tech.) | Espoo, Finland | helmi.saarinen@example.org
                        February 2025
                        """)))
                .contains("helmi.saarinen@example.org February 2025");
    }

    @Test
    void should_keep_apart_lines_that_end_with_their_dates_as_long_as_a_wrapped_paragraphs() {
        // given: a functional résumé's history, one job a line, beside a paragraph wrapped at the same width
        String text = """
                SUMMARY
                -------
                Operations professional moving into data analysis after sixteen years in hospitality
                and logistics; I build the reporting a distribution centre runs on, in Power BI and SQL.

                EMPLOYMENT HISTORY
                ------------------
                Planning & Reporting Analyst, Brannock Distribution Ltd, Perth — 2023–Present
                Shift Operations Supervisor, Brannock Distribution Ltd, Perth — 2020–2023
                Logistics Coordinator, Strathtay Freight Ltd, Dundee — 2016–2020
                """;

        // when
        ProfileDocument document = parser.parse("cv.txt", text);

        // then
        assertThat(document.blocks())
                .anySatisfy(block -> assertThat(block.text())
                        .isEqualTo("Planning & Reporting Analyst, Brannock Distribution Ltd, Perth — 2023–Present\n"
                                + "Shift Operations Supervisor, Brannock Distribution Ltd, Perth — 2020–2023\n"
                                + "Logistics Coordinator, Strathtay Freight Ltd, Dundee — 2016–2020"))
                .anySatisfy(block -> assertThat(block.text())
                        .startsWith("Operations professional moving into data "
                                + "analysis after sixteen years in hospitality and logistics;"));
    }

    @Test
    void should_keep_a_title_and_its_dates_apart_from_a_long_employer_line_above_them() {
        // given: an electrician's CV pasted from an e-mail, the employer's line nearly as wide as the text, each title
        // under it with its months set in a column
        String text = """
                EMPLOYMENT HISTORY
                ------------------

                Hartwell & Sons Electrical Contractors Ltd, Newport, South Wales
                Electrician                                          09/2008 - 03/2011
                Apprentice Electrician                               09/2004 - 08/2008

                  * 4 year JTL apprenticeship with day release at Coleg Gwent, after
                    which I was kept on as an electrician on new build housing sites.
                """;

        // when
        ProfileDocument document = parser.parse("cv.txt", text);

        // then
        assertThat(document.blocks())
                .anySatisfy(block -> assertThat(block.text())
                        .isEqualTo("Hartwell & Sons Electrical Contractors Ltd, Newport, South Wales\n"
                                + "Electrician · 09/2008 - 03/2011\n"
                                + "Apprentice Electrician · 09/2004 - 08/2008"));
    }

    @Test
    void should_mend_text_copied_out_of_a_pdf_a_split_word_a_page_header_set_right_and_a_joined_section_name() {
        // given
        String text = """
                EXPERIENCE
                Finance Manager                                              Nov 2019 – Present
                Irwell Freight Group Ltd, Trafford Park, Manchester
                • Report to the Finance Director; responsible for the group's monthly manage-
                  ment accounts, board pack and consolidation of four trading subsidiaries with a cross-
                  functional team.

                Jane Okafor ACA                                                   Page 2 of 2

                EDUCATION & QUALIFICATIONS
                BA (Hons) Accounting and Financial Management, 2:1                 2008 – 2011
                """;

        // when
        ProfileDocument document = parser.parse("cv.txt", text);

        // then
        assertThat(document.blocks())
                .anySatisfy(block -> assertThat(block.text())
                        .contains("monthly management accounts, board pack")
                        .contains("a cross-functional team"))
                .noneSatisfy(
                        block -> assertThat(block.text() + block.sectionPath()).contains("Page 2"))
                .anySatisfy(block -> {
                    assertThat(block.sectionPath()).containsExactly("EDUCATION & QUALIFICATIONS");
                    assertThat(block.text()).contains("BA (Hons) Accounting");
                });
    }

    @Test
    void should_read_a_table_lined_up_with_spaces_row_by_row_with_a_wrapped_cell_in_its_own_row() {
        // given: a table typed in columns of spaces, a cell wrapped onto a line of its own
        String text = """
                EDUCATION
                ---------
                Qualification   Board / University              Institution                            Year   Percentage
                -------------   -----------------------------   ------------------------------------   ----   ----------
                B.E. (CSE)      Visvesvaraya Technological      Sri Chamundeshwari Institute of        2011   78.4%
                                University (VTU), Belagavi      Technology, Mysuru
                XII (PUC)       Karnataka PU Board              Sri Kanteerava PU College, Mysuru      2007   89.2%
                """;

        // when
        ProfileDocument document = parser.parse("resume.txt", text);

        // then
        assertThat(document.blocks()).hasSize(1);
        assertThat(document.blocks().get(0).text())
                .isEqualTo("Qualification: B.E. (CSE); Board / University: Visvesvaraya Technological University (VTU),"
                        + " Belagavi; Institution: Sri Chamundeshwari Institute of Technology, Mysuru; Year: 2011;"
                        + " Percentage: 78.4%\n"
                        + "Qualification: XII (PUC); Board / University: Karnataka PU Board; Institution: Sri Kanteerava"
                        + " PU College, Mysuru; Year: 2007; Percentage: 89.2%");
    }

    @Test
    void should_read_a_cv_in_mediawiki_markup_its_infobox_sections_links_and_footnotes_without_comments() {
        // given: a staff page saved from a wiki
        String text = """
                {{Staff profile
                | name              = Lorna MacPhail
                | image             = [[File:Lorna MacPhail 2024.jpg|180px]]
                | campus            = Burnaby
                | employee_no       = 0044172
                }}
                <!-- HR copy: DOB 1979-04-23 -->
                '''Lorna MacPhail''' is a librarian at [[Fraserview University Library]].

                __TOC__

                == Experience ==

                === Head, Scholarly Communication, Fraserview University Library (2017–2021) ===
                * Led the migration of [[FraserDocs|the repository]] to '''DSpace 7'''.<ref>Final report, March 2020.</ref>
                * Set up Cascadia's collection in [https://borealisdata.ca Borealis].

                == See also ==
                * [[Staff:Lorna MacPhail|Lorna's staff page]]

                [[Category:Library staff]]
                """;

        // when
        ProfileDocument document = parser.parse("cv.txt", text);

        // then
        assertThat(document.blocks())
                .allSatisfy(block -> assertThat(block.sectionPath()).startsWith("Lorna MacPhail"));
        String all = document.blocks().stream().map(Block::text).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(all)
                .contains("Campus: Burnaby")
                .contains("Employee number: 0044172")
                .contains("Lorna MacPhail is a librarian at Fraserview University Library.")
                .contains("Head, Scholarly Communication, Fraserview University Library (2017–2021)")
                .contains("Led the migration of the repository to DSpace 7. (Final report, March 2020.)")
                .contains("Borealis (https://borealisdata.ca)")
                .doesNotContain("1979", "[[", "'''", "TOC", "Category", "File:", "staff page");
        assertThat(document.blocks())
                .anySatisfy(block -> assertThat(block.sectionPath()).startsWith("Lorna MacPhail", "Experience"));
    }

    @Test
    void should_read_each_arrow_marked_item_as_a_line_of_its_own() {
        String text = """
                WORK EXPERIENCE

                ➢ Handling shift production of 14 CNC machines with a team of 22 operators.
                ➢ Improved OEE of the hub machining line from 71% to 82% through TPM activities
                and bottleneck analysis.
                """;

        ProfileDocument document = parser.parse("resume.txt", text);

        assertThat(document.blocks().get(document.blocks().size() - 1).text())
                .endsWith("Handling shift production of 14 CNC machines with a team of 22 operators.\n"
                        + "Improved OEE of the hub machining line from 71% to 82% through TPM activities and bottleneck"
                        + " analysis.");
    }

    @Test
    void should_read_the_bullet_of_a_symbol_font_as_a_bullet() {
        // Word's "Symbol" bullet, as a PDF or a copy of it gives it: U+F0B7, in the private use area
        String text = "EMPLOYMENT\n\nHollins Fresh Supermarket, Wakefield\n\uF0B7 Filling shelves and rotating stock.\n"
                + "\uF0B7 Working on the tills.\n";

        ProfileDocument document = parser.parse("cv.txt", text);

        assertThat(document.blocks().get(document.blocks().size() - 1).text())
                .endsWith("Filling shelves and rotating stock.\nWorking on the tills.");
    }

    @Test
    void should_end_a_numbered_entry_at_the_first_of_its_round_bullets() {
        String text = """
                CAREER HISTORY

                2. Assistant Site Manager – Kilcrea Building Contractors, Limerick (June 2018 – January 2021)
                ● Coordinated M&E subcontractors and first-fix / second-fix sequencing.
                ● Kept the site diary, labour returns and RFI log.
                """;

        ProfileDocument document = parser.parse("cv.txt", text);

        assertThat(document.blocks().get(document.blocks().size() - 1).text())
                .endsWith("Assistant Site Manager – Kilcrea Building Contractors, Limerick (June 2018 – January 2021)\n"
                        + "Coordinated M&E subcontractors and first-fix / second-fix sequencing.\n"
                        + "Kept the site diary, labour returns and RFI log.");
    }

    @Test
    void should_join_an_indented_line_to_the_bracket_it_closes_and_end_it_before_the_next_entry() {
        String text = """
                CERTIFICATIONS & LICENSES

                OSHA 30-Hour General Industry                                          04/2021
                Forklift Operator Certification (sit-down counterbalance,              03/2023
                  reach truck, order picker) - recertified, expires 03/2026
                Certified Logistics Associate (CLA), MSSC                              11/2018
                """;

        ProfileDocument document = parser.parse("resume.txt", text);

        assertThat(document.blocks().get(0).text())
                .endsWith("OSHA 30-Hour General Industry · 04/2021\n"
                        + "Forklift Operator Certification (sit-down counterbalance, reach truck, order picker) -"
                        + " recertified, expires 03/2026 · 03/2023\n"
                        + "Certified Logistics Associate (CLA), MSSC · 11/2018");
    }

    @Test
    void should_keep_lines_in_columns_under_no_header_as_lines() {
        String text = """
                EXPERIENCE

                11/2021 - Present     Captain - A320          Aer Corrib
                03/2016 - 10/2021     First Officer - A320    Aer Corrib
                """;

        ProfileDocument document = parser.parse("resume.txt", text);

        assertThat(document.blocks().get(0).text())
                .endsWith(
                        "11/2021 - Present · Captain - A320 · Aer Corrib\n03/2016 - 10/2021 · First Officer - A320 · Aer Corrib");
    }

    @Test
    void should_read_a_table_typed_with_pipes_row_by_row_under_rules_and_underlined_capital_headings() {
        String text = """
                CAREER OBJECTIVE:
                -----------------
                To work in a challenging environment.

                -------------------------------------------------------------------

                EDUCATIONAL QUALIFICATION:
                --------------------------

                -------------------------------------------------------------------
                 Course        | Institution                      | Year | % / CGPA
                -------------------------------------------------------------------
                 B.E. (ECE)    | Sri Kaveri College of Engineering,| 2011 | 7.82 CGPA
                               | Tiruchengode                     |      |
                 HSC (XII)     | Lakshmi Higher Secondary School  | 2007 | 88.5 %
                -------------------------------------------------------------------
                (B.E. = Bachelor of Engineering in Electronics & Communication)
                """;

        ProfileDocument document = parser.parse("resume.txt", text);

        assertThat(document.blocks())
                .extracting(Block::sectionPath)
                .containsExactly(List.of("CAREER OBJECTIVE"), List.of("EDUCATIONAL QUALIFICATION"));
        assertThat(document.blocks().get(1).text())
                .isEqualTo(
                        "Course: B.E. (ECE); Institution: Sri Kaveri College of Engineering, Tiruchengode; Year: 2011;"
                                + " % / CGPA: 7.82 CGPA\n"
                                + "Course: HSC (XII); Institution: Lakshmi Higher Secondary School; Year: 2007; % / CGPA: 88.5 %\n"
                                + "(B.E. = Bachelor of Engineering in Electronics & Communication)");
    }

    @Test
    void should_give_a_word_processors_o_sub_bullets_the_words_of_their_bullet() {
        String text = "EMPLOYMENT HISTORY\n==================\n\n"
                + "\u2022\tLed the rebuild of the card-settlement engine in Kotlin\n"
                + "o\thandles around 2.3 million transactions a day\n"
                + "o\tend-of-day settlement run cut from 4 hours to 35 minutes\n"
                + "\u2022\tIntroduced contract testing (Pact) across 22 services\n\n"
                + "Sep 2011 \u2013 Jun 2014\n"
                + "o\tModules included Distributed Systems and Compilers\n";

        ProfileDocument document = parser.parse("cv.txt", text);

        assertThat(Documents.allText(document).lines())
                .containsExactly(
                        "Led the rebuild of the card-settlement engine in Kotlin: handles around 2.3 million"
                                + " transactions a day; end-of-day settlement run cut from 4 hours to 35 minutes.",
                        "Introduced contract testing (Pact) across 22 services",
                        "Sep 2011 \u2013 Jun 2014",
                        "Modules included Distributed Systems and Compilers");
    }

    @Test
    void should_read_underlined_headings_and_list_bare_links() {
        String text = "Jane Doe\n========\n\nContact me at jane@example.org or https://example.org/jane.\n";

        ProfileDocument document = parser.parse("cv.txt", text);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(List.of("Jane Doe"), "Contact me at jane@example.org or https://example.org/jane."));
        assertThat(document.links())
                .containsExactly(
                        new DocumentLink("https://example.org/jane", "https://example.org/jane"),
                        new DocumentLink("jane@example.org", "mailto:jane@example.org"));
    }

    @Test
    void should_read_a_heading_between_two_rules_as_a_section() {
        String text = """
                CORE SKILLS
                - Inventory control & cycle counting
                - Hazmat shipping

                ----------------------------------------
                PROFESSIONAL EXPERIENCE
                ----------------------------------------

                Operations Manager, Brazos Ridge Distribution Co. -- Temple, TX | 03/2022 - Present
                  * Run day-to-day operations of a regional distribution center.

                ----------------------------------------
                SECURITY CLEARANCE
                ----------------------------------------
                DoD SECRET - granted 2007 (Army).
                """;

        ProfileDocument document = parser.parse("resume.txt", text);

        assertThat(document.blocks())
                .extracting(Block::sectionPath)
                .containsExactly(
                        List.of("CORE SKILLS"), List.of("PROFESSIONAL EXPERIENCE"), List.of("SECURITY CLEARANCE"));
        assertThat(document.blocks().get(1).text()).startsWith("Operations Manager, Brazos Ridge");
    }

    @Test
    void should_give_no_blocks_for_an_empty_file() {
        assertThat(parser.parse("empty.txt", "").isEmpty()).isTrue();
    }
}
