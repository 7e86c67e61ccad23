package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.privacy.PrivateDetail;
import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.testing.TestProfiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactCardTest {

    @Test
    void should_gather_public_contact_details_from_the_profile() {
        Profile profile = ingest(TestProfiles.folder(), Optional.empty());

        ContactCard card = profile.contact();

        assertThat(card.name()).isEqualTo("Jonathan Hartley");
        assertThat(card.firstName()).isEqualTo("Jonathan");
        assertThat(card.emails()).containsExactly("tartley@tartley.com");
        assertThat(card.links())
                .containsEntry("Blog", "https://www.tartley.com/tags/software")
                .containsEntry("GitHub", "https://github.com/tartley")
                .hasSize(2);
        assertThat(card.location()).contains("Rochester, MN, USA");
        assertThat(card.timeZone()).contains("Central, ie. UTC-6");
    }

    @Test
    void should_take_the_place_a_contact_sidebar_labels_not_an_faqs_listed_answer() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Kristine Abellana

                ## WORK EXPERIENCE

                **FRONT OFFICE SUPERVISOR**

                Seda Ayala Center Cebu, Cebu Business Park, Cebu City | August 2023 – Present

                ## CONTACT

                Email: kj.abellana@example.com

                **Location:** Cebu, Philippines
                """);
        ProfileDocument faq = new MarkdownParser().parse("FAQ.md", """
                # FAQ – Kristine Abellana

                **Which systems can you use?**
                - OPERA V5 and OPERA Cloud
                - SynXis for reservations, Medallia for guest feedback
                """);

        assertThat(ContactCard.from(List.of(cv, faq), "Kristine Abellana").location())
                .contains("Cebu, Philippines");
        assertThat(ContactCard.from(List.of(faq), "Kristine Abellana").location())
                .isEmpty();
    }

    @Test
    void should_take_the_place_a_header_says_she_is_based_in_without_the_words_based_in() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Kirsty Liddell

                kirsty.liddell@example.org • linkedin.com/in/kirstyliddell • Based in Leeds, West Yorkshire

                ## EMPLOYMENT HISTORY

                Management Accountant, Department of Health and Social Care · Apr 2019 – Dec 2021
                """);

        assertThat(ContactCard.from(List.of(cv), "Kirsty Liddell").location()).contains("Leeds, West Yorkshire");
    }

    @Test
    void should_take_the_persons_site_from_a_contact_sidebar_or_the_headline_and_no_place_from_the_sidebar() {
        ProfileDocument linkedIn = new MarkdownParser().parse("Profile.md", """
                # Marisol Etxeberria

                ## Contact

                m.etxeberria@example.com
                12 Wattlebird Lane, Brunswick East VIC 3057 (Home)
                marisol-data.example.org (Personal)

                ## Summary

                Data platform leader.
                """);
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Nadia Petrakis

                ## ⌂ nadiapetrakis.example.org · Senior Data Scientist

                GitHub: github.com/npetrakis
                """);

        ContactCard marisol = ContactCard.from(List.of(linkedIn), "Marisol Etxeberria");

        assertThat(marisol.links()).containsEntry("Website", "https://marisol-data.example.org");
        assertThat(marisol.location()).isEmpty();
        assertThat(ContactCard.from(List.of(cv), "Nadia Petrakis").links())
                .containsEntry("Website", "https://nadiapetrakis.example.org");
    }

    @Test
    void should_not_take_the_stack_a_headline_names_after_the_title_for_a_place() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                ## ANJALI VINAYAK DESHPANDE

                Software Engineer | Java, Spring Boot, Angular

                E-mail: anjali.deshpande@example.com
                """);

        assertThat(ContactCard.from(List.of(cv), "Anjali Vinayak Deshpande").location())
                .isEmpty();
    }

    @Test
    void should_read_an_email_and_a_linkedin_address_set_in_small_capitals() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Teresa A. Kowalczyk

                TERESA.KOWALCZYK.MATH@GMAIL.COM · LINKEDIN.COM/IN/TERESA-KOWALCZYK-MATH

                ## Experience
                """);

        ContactCard card = ContactCard.from(List.of(cv), "Teresa A. Kowalczyk");

        assertThat(card.emails()).containsExactly("teresa.kowalczyk.math@gmail.com");
        assertThat(card.links()).containsEntry("LinkedIn", "https://linkedin.com/in/teresa-kowalczyk-math");
    }

    @Test
    void should_not_take_a_title_cased_project_name_for_where_she_lives() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Siobhán Kavanagh

                ## Research grants

                2022 · UCD Seed Funding · Doubling Up: Adult Children Living in the Parental Home (pilot) · €8,750
                """);
        ProfileDocument notes = new MarkdownParser().parse("notes.md", """
                # Notes

                Sociologist living in Dublin since 2021.
                """);

        assertThat(ContactCard.from(List.of(cv), "Siobhán Kavanagh").location()).isEmpty();
        assertThat(ContactCard.from(List.of(cv, notes), "Siobhán Kavanagh").location())
                .contains("Dublin");
    }

    @Test
    void should_not_take_a_summary_that_names_central_texas_for_a_time_zone() {
        ProfileDocument resume = new MarkdownParser().parse("resume.md", """
                # Adriana Villarreal

                avillarreal.pe@gmail.com

                Licensed Professional Engineer (Texas) with 11+ years of experience in drainage and roadway design, \
                from field work in Mexico to municipal and private development projects in Central and South Texas.

                ## Work Experience
                """);

        assertThat(ContactCard.from(List.of(resume), "Adriana Villarreal").timeZone())
                .isEmpty();
    }

    @Test
    void should_take_the_town_an_address_line_keeps_once_its_street_is_withheld_not_a_workplaces_district() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Róisín Mulcahy

                E: roisin.mulcahy.chef@gmail.com

                **A:** Dublin

                ### EXPERIENCE

                **Saltmarsh Brasserie, The Merrion Quay Hotel (Corrib Quay Hotel Group) |** Dublin 2
                """);

        assertThat(ContactCard.from(List.of(cv), "Róisín Mulcahy").location()).contains("Dublin");
    }

    @Test
    void should_not_take_an_faqs_answer_for_an_address_line() {
        ProfileDocument faq = new MarkdownParser().parse("faq.txt", """
                # Quick answers for recruiters

                Q: Work rights?

                A: Australian citizen.
                """);

        assertThat(ContactCard.from(List.of(faq), "Jarrod Kelly").location()).isEmpty();
        ProfileDocument both = new MarkdownParser().parse("cv.md", """
                # Jarrod Kelly

                Address: Brisbane

                ## FAQ

                Q: Work rights?

                A: Australian citizen.
                """);
        assertThat(ContactCard.from(List.of(both), "Jarrod Kelly").location()).contains("Brisbane");
    }

    @Test
    void should_call_the_person_so_when_no_document_names_them() {
        ContactCard card = new ContactCard(
                "the person", List.of("o.t@example.com"), Map.of(), Optional.empty(), Optional.empty(), List.of());

        // "Ask me about the person's roles", never "the's roles"
        assertThat(card.firstName()).isEqualTo("the person");
    }

    @Test
    void should_leave_out_an_email_given_on_a_line_about_someone_elses_role() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Clara Westergaard

                cwestergaard@harcourt.edu · u2204519@live.example.ac.uk

                Placement Director: Prof. Richard Ostrander (rostrander@harcourt.edu)

                Placement tutor: Dr Clara Whitfield, clara.whitfield@harcourt.edu
                """);
        List<String> all = List.of(
                "cwestergaard@harcourt.edu",
                "u2204519@live.example.ac.uk",
                "rostrander@harcourt.edu",
                "clara.whitfield@harcourt.edu");

        assertThat(ContactCard.ownEmails(all, "Clara Westergaard", List.of(cv)))
                .containsExactly("cwestergaard@harcourt.edu", "u2204519@live.example.ac.uk");
    }

    @Test
    void should_leave_out_an_email_that_bears_the_name_of_someone_else_on_its_line() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Chiara Bellandi

                chiara.bellandi.eng@gmail.com

                ## Additional information

                Arch. Paolo Ravelli, partner, Studio Tecnico Ravelli & Associati – p.ravelli@studioravelli.it

                Chiara Bellandi, Energia Solidale volunteer – info.energia@solidale.example.org
                """);
        List<String> all = List.of(
                "chiara.bellandi.eng@gmail.com", "p.ravelli@studioravelli.it", "info.energia@solidale.example.org");

        assertThat(ContactCard.ownEmails(all, "Chiara Bellandi", List.of(cv)))
                .containsExactly("chiara.bellandi.eng@gmail.com", "info.energia@solidale.example.org");
    }

    @Test
    void should_take_the_town_after_a_numbered_locality_and_no_street_for_a_place() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Keerthana Venkatesh

                ✉ keerthana@example.com \\
                ⌂ Hinjewadi Phase 1, Pune, Maharashtra
                """);
        ProfileDocument street = new MarkdownParser().parse("cv.md", """
                # Callum Ferreira

                12 Baker Street, London
                """);

        assertThat(ContactCard.from(List.of(cv), "Keerthana Venkatesh").location())
                .contains("Pune, Maharashtra");
        assertThat(ContactCard.from(List.of(street), "Callum Ferreira").location())
                .isEmpty();
    }

    @Test
    void should_not_take_letters_after_the_name_for_a_place() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Callum Ferreira

                Senior Programme Manager | Energy & digital transformation | ChPP, MSP

                Harrowfield, UK • hello@callumferreira.co.uk
                """);

        assertThat(ContactCard.from(List.of(cv), "Callum Ferreira").location()).contains("Harrowfield, UK");
        for (String town : List.of("AUSTIN, TX", "McLean, VA", "DeKalb, IL")) {
            ProfileDocument page = new MarkdownParser().parse("cv.md", "# Callum Ferreira\n\n" + town + "\n");
            assertThat(ContactCard.from(List.of(page), "Callum Ferreira").location())
                    .contains(town);
        }
        // the name in capitals with a middle initial, a certification's letters after it; the town under it
        ProfileDocument plain = new PlainTextParser()
                .parse("resume.txt", "DARNELL K. WHITFIELD, CPIM\nMemphis, TN\nEmail: dkw@example.com\n");
        assertThat(ContactCard.from(List.of(plain), "Darnell Whitfield").location())
                .contains("Memphis, TN");
    }

    @Test
    void should_take_the_town_and_country_under_a_postcode_of_an_address_in_the_header_not_the_postcode() {
        ProfileDocument cv = new PlainTextParser()
                .parse("cv.txt", "Magdalena Zielińska\n8037 Zürich\nSwitzerland\nmagdalena@chem.ethz.ch\n");

        assertThat(ContactCard.from(List.of(cv), "Magdalena Zielińska").location())
                .contains("Zürich, Switzerland");
    }

    @Test
    void should_take_a_labelled_current_location_in_a_personal_information_table() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Curriculum Vitae

                Zhou Jiawei | Senior Manufacturing Engineer

                ## Personal Information

                Name: · Zhou Jiawei\s\s
                Current Location: · Shanghai, China\s\s
                Expected Location: · Germany or Singapore
                """);

        assertThat(ContactCard.from(List.of(cv), "Zhou Jiawei").location()).contains("Shanghai, China");
    }

    @Test
    void should_take_the_town_a_german_profiles_table_labels_as_home_not_the_industries_row() {
        // given: a consultant's header table read from a PDF, each label beside its value
        ProfileDocument cv = new MarkdownParser().parse("profil.md", """
                # Thorsten Wiebusch

                Jahrgang · 1978\s\s
                Wohnort · Hamburg\s\s
                Branchen · Banken, Versicherungen, Logistik / Schifffahrt, Handel
                """);

        assertThat(ContactCard.from(List.of(cv), "Thorsten Wiebusch").location())
                .contains("Hamburg");
    }

    @Test
    void should_take_a_researchers_orcid_written_as_its_bare_number() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Dr Henrike Lindqvist

                University of Easthaven · h.lindqvist@easthaven.ac.uk · ORCID 0000-0002-4718-339X
                """);

        assertThat(ContactCard.from(List.of(cv), "Henrike Lindqvist").links())
                .containsEntry("ORCID", "https://orcid.org/0000-0002-4718-339X");
    }

    @Test
    void should_take_a_linkedin_address_on_its_countrys_host() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Lucía Ferrándiz Roldán

                E-mail: · lucia.ferrandiz.farma@gmail.com
                LinkedIn: · es.linkedin.com/in/lucia-ferrandiz-roldan
                """);

        assertThat(ContactCard.from(List.of(cv), "Lucía Ferrándiz Roldán").links())
                .containsEntry("LinkedIn", "https://linkedin.com/in/lucia-ferrandiz-roldan");
    }

    @Test
    void should_take_a_labelled_faculty_profile_page_as_a_link_of_that_name() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Miriam Castellanos

                Faculty Profile: https://faculty.lakeshoremed.example.org/castellanos · ORCID iD: 0000-0003-4182-9067
                """);

        assertThat(ContactCard.from(List.of(cv), "Miriam Castellanos").links())
                .containsEntry("Faculty profile", "https://faculty.lakeshoremed.example.org/castellanos")
                .containsEntry("ORCID", "https://orcid.org/0000-0003-4182-9067");
    }

    @Test
    void should_take_a_labelled_labs_site_as_a_link_of_that_name() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Rebecca Thornbury

                Email: rthornb@umich.edu \s
                Lab: www.rfhlab.org
                """);

        assertThat(ContactCard.from(List.of(cv), "Rebecca Thornbury").links())
                .containsEntry("Lab", "https://www.rfhlab.org");
    }

    @Test
    void should_take_a_sites_name_written_alone_in_the_header_for_the_website() {
        ProfileDocument cv = new MarkdownParser().parse("cv.md", """
                # Clara Westergaard

                Harcourt University · Albany, NY · clarawestergaard.github.io · C# and asp.net developer
                """);

        assertThat(ContactCard.from(List.of(cv), "Clara Westergaard").links())
                .containsExactly(Map.entry("Website", "https://clarawestergaard.github.io"));
    }

    @Test
    void should_read_the_header_under_a_name_with_a_middle_initial_and_an_academic_headline() {
        // given: a lecturer's CV as a PDF reads, her name and her post each a heading over her details
        ProfileDocument cv = new ProfileDocument(
                "cv.pdf",
                Map.of(),
                List.of(new Block(
                        List.of("Dr Morwenna J. Tallis", "Lecturer in Marine Biology"),
                        "School of Ocean Sciences, Bangor University, Bangor, United Kingdom\n"
                                + "m.tallis@bangor.ac.uk | morwennatallis.github.io")),
                List.of());

        // when
        ContactCard card = ContactCard.from(List.of(cv), "Morwenna Tallis");

        // then
        assertThat(card.links()).containsEntry("Website", "https://morwennatallis.github.io");
        assertThat(card.location())
                .hasValueSatisfying(place -> assertThat(place).contains("Bangor"));
    }

    @Test
    void should_prefer_the_configured_name_then_front_matter() {
        ProfileDocument document = new ProfileDocument(
                "cv.md", Map.of("author", "Ada Lovelace"), List.of(new Block(List.of(), "Analyst")), List.of());

        assertThat(card(document, Optional.empty()).name()).isEqualTo("Ada Lovelace");
        assertThat(card(document, Optional.of("Ada King")).name()).isEqualTo("Ada King");
    }

    @Test
    void should_not_take_deep_links_or_prose_links_for_profile_links() {
        ProfileDocument document = new ProfileDocument(
                "cv.md",
                Map.of(),
                List.of(new Block(List.of("Work"), "Patched CPython.")),
                List.of(
                        new DocumentLink("in unittest", "https://github.com/python/cpython/commit/1341bb0"),
                        new DocumentLink("my article", "https://example.org/posts/1")));

        assertThat(card(document, Optional.empty()).links()).isEmpty();
    }

    @Test
    void should_take_a_header_link_written_as_its_own_address_for_the_website_and_say_where_they_are_based() {
        ProfileDocument document = new MarkdownParser().parse("cv.md", """
                        # Imogen Varga

                        imogen@example.uk · [imogenvarga.co.uk](https://imogenvarga.co.uk)

                        ## Profile

                        Pharmacist at [tessellate.example](https://tessellate.example). Based in Bingley, West Yorkshire.
                        """);

        ContactCard card = card(document, Optional.empty());

        assertThat(card.links()).containsExactly(Map.entry("Website", "https://imogenvarga.co.uk"));
        assertThat(card.location()).contains("Bingley, West Yorkshire");
    }

    @Test
    void should_read_a_web_label_as_the_website() {
        ProfileDocument document =
                new PlainTextParser().parse("cv.txt", "DARIO FENWICK\nPhotographer\n\nWeb: www.fenwickframes.co.uk\n");

        assertThat(card(document, Optional.empty()).links())
                .containsExactly(Map.entry("Website", "https://www.fenwickframes.co.uk"));
    }

    @Test
    void should_read_a_bare_site_between_the_header_separators_as_the_website_but_not_a_profile_link() {
        ProfileDocument document = new MarkdownParser()
                .parse(
                        "resume.md",
                        "# JOANNE (JO) THRELFALL\n\nStockport | jo@northmail.example | www.jothrelfall.co.uk"
                                + " | linkedin.com/in/jothrelfall\n\n## Profile\n\nKey account manager.\n");

        assertThat(card(document, Optional.empty()).links())
                .containsEntry("Website", "https://www.jothrelfall.co.uk")
                .containsEntry("LinkedIn", "https://linkedin.com/in/jothrelfall");
    }

    @Test
    void should_keep_the_town_of_a_withheld_address_at_the_start_of_the_contact_line(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        // given: the street and postcode are withheld, the town stays where the address was
        java.nio.file.Files.writeString(
                folder.resolve("cv.md"),
                "14 Thistlecombe Row, Starbeck, Harrogate HG1 4QT | M: 07700 900318 | orla@fernpost.example\n\n"
                        + "# Orla Brennock\n\n## Career History\n\nHead of Brand, Halcyon Oat Co., York · April 2022 – Present\n");
        ProfileDocument named = new MarkdownParser()
                .parse(
                        "cv.md",
                        "# Orla Brennock\n\nOrla Brennock | orla@fernpost.example\n\n## Profile\n\nMarketer.\n");

        // when
        ContactCard card = ingest(folder, Optional.empty()).contact();

        // then
        assertThat(card.location()).contains("Harrogate");
        assertThat(card(named, Optional.empty()).location()).isEmpty();
        ProfileDocument available = new MarkdownParser()
                .parse(
                        "cv.md",
                        "# Orla Brennock\n\nAvailable Immediately | orla@fernpost.example\n\n## Profile\n\nMarketer.\n");
        assertThat(card(available, Optional.empty()).location()).isEmpty();
    }

    @Test
    void should_read_a_header_under_a_headline_heading_with_its_symbols_and_one_letter_labels(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws java.io.IOException {
        // through ingestion, which takes the name's heading away
        java.nio.file.Files.writeString(folder.resolve("cv.md"), """
                        # Niamh Castellan
                        ### Contract Data Engineer | Azure · Databricks

                        📍 Stockport, Greater Manchester
                        ✉ niamh@example.dev · 🌐 [castellandata.dev](https://castellandata.dev)

                        ## Summary

                        Data engineer. See [acme.example](https://acme.example) for a client.
                        """);
        ProfileDocument plain = new PlainTextParser()
                .parse(
                        "cv.txt",
                        "ROWENA CASTELLANE\nChief Executive\n\nW: www.rowenacastellane.co.uk  /  "
                                + "linkedin.com/in/rowenacastellane\n\nPROFILE\n\n"
                                + "She is based in the West Midlands and works in English and Dutch.\n");

        ContactCard niamh = ingest(folder, Optional.empty()).contact();
        ContactCard rowena = card(plain, Optional.empty());

        assertThat(niamh.location()).contains("Stockport, Greater Manchester");
        assertThat(niamh.links()).containsExactly(Map.entry("Website", "https://castellandata.dev"));
        assertThat(rowena.links())
                .containsEntry("Website", "https://www.rowenacastellane.co.uk")
                .containsEntry("LinkedIn", "https://linkedin.com/in/rowenacastellane");
        assertThat(rowena.location()).contains("West Midlands");
    }

    @Test
    void should_not_take_a_headline_written_like_a_place_for_where_they_are() {
        ProfileDocument document = new PlainTextParser()
                .parse(
                        "cv.txt",
                        "ANNELOT BRINKVOORT\nSenior Product Manager, Digital Health\n\nPROFILE\n\n"
                                + "Product manager. Based in Utrecht; hybrid.\n");

        assertThat(card(document, Optional.empty()).location()).contains("Utrecht");
    }

    @Test
    void should_read_a_town_behind_an_icon_fonts_glyph() {
        // a PDF's icon font writes its map-marker and envelope as private-use characters
        ProfileDocument text = new PlainTextParser()
                .parse(
                        "cv.txt",
                        "PRIYA NAIR\nData Analyst\n\n\uF3C5 Leeds, West Yorkshire | \uF0E0 priya@example.com\n\n"
                                + "PROFILE\n\nData analyst with six years in retail pricing.\n");

        ContactCard priya = card(text, Optional.empty());

        assertThat(priya.location()).contains("Leeds, West Yorkshire");
        assertThat(priya.emails()).containsExactly("priya@example.com");
    }

    @Test
    void should_not_take_skills_or_sentences_or_the_first_section_for_contact_details() {
        ProfileDocument document = new MarkdownParser().parse("cv.md", """
                        # Jane Doe

                        jane@acme.com

                        ## Experience

                        Senior Engineer, Payments Team, Acme

                        Led the Go-Live in June 2021. See [acme.com](https://acme.com).

                        ## Skills

                        Web: Node.js, Express
                        """);

        ContactCard card = card(document, Optional.empty());

        assertThat(card.location()).isEmpty();
        assertThat(card.links()).isEmpty();
    }

    @Test
    void should_not_take_a_past_posts_base_in_brackets_for_where_the_person_lives(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        // given: an earlier post "based in" a town, in brackets, and the current one in London
        java.nio.file.Files.writeString(folder.resolve("cv.md"), """
                # Matthias Brenner

                m.brenner@example.com

                ## Professional Experience

                Chief Operating Officer, Ostwind Logistics Group, London · 2023 – present

                Executive Vice President, Operations · March 2021 – December 2022 (based in Rotterdam)
                """);

        // when
        ContactCard card = ingest(folder, Optional.empty()).contact();

        // then
        assertThat(card.location())
                .hasValueSatisfying(l -> assertThat(l).contains("London").doesNotContain("Rotterdam"));
    }

    @Test
    void should_not_take_the_month_a_system_went_live_in_for_where_the_person_lives(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        // given: a project that "went live in July 2019", and the current post in Brisbane
        java.nio.file.Files.writeString(folder.resolve("cv.md"), """
                # Corra Delane

                corra@example.com

                ## Employment history

                Senior Project Officer, Department of Transport, Brisbane QLD · Mar 2021 – present

                - The new referral process went live in July 2019 and the backlog fell by 38%.
                """);

        // when
        ContactCard card = ingest(folder, Optional.empty()).contact();

        // then
        assertThat(card.location())
                .hasValueSatisfying(l -> assertThat(l).contains("Brisbane").doesNotContain("July"));
    }

    @Test
    void should_read_a_plain_text_cvs_line_under_the_name_as_its_headline_over_the_address(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        // given: a plain-text academic CV, the name underlined, a short line under it, then the indented address
        java.nio.file.Files.writeString(folder.resolve("cv.txt"), """
                LEONA ADEBAYO-MARR, PhD
                =======================

                Computational biologist -- single-cell and spatial genomics, oncology

                  Flat 2, 41 Argyle Street, Cambridge CB1 3LS, United Kingdom
                  Email:     l.adebayo@example.org


                PROFILE
                -------

                  Computational biologist with nine years of research experience.
                """);

        // when
        Profile profile = ingest(folder, Optional.empty());

        // then
        assertThat(profile.contact().location()).contains("Cambridge, United Kingdom");
        assertThat(profile.facts().identity().headline())
                .contains("Computational biologist -- single-cell and spatial genomics, oncology");
    }

    @Test
    void should_not_take_a_notes_sign_off_under_a_note_in_brackets_for_where_the_person_is(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        // given: a plain-text CV, and notes headed with the person's name, a note in brackets under it, signed off
        java.nio.file.Files.writeString(folder.resolve("cv.txt"), """
                GARRETT PRICHARD
                ================

                Electrical Site Supervisor | JIB Approved Electrician

                Email:     garrett@example.org


                EMPLOYMENT HISTORY
                ------------------

                Site Supervisor, Brunel Rowe Electrical Ltd, Bristol, 2019 - present
                """);
        java.nio.file.Files.writeString(folder.resolve("notes.txt"), """
                Notes for recruiters - Garrett Prichard
                =======================================

                (please read before calling!)

                  * Availability: 4 weeks notice.

                Thanks, Garrett
                """);

        // when
        ContactCard card = ingest(folder, Optional.empty()).contact();

        // then
        assertThat(card.location()).hasValueSatisfying(l -> assertThat(l).doesNotContain("Thanks"));
    }

    private static ContactCard card(ProfileDocument document, Optional<String> configuredName) {
        String name = new dev.profilebot.profile.facts.StructuredProfileReader(configuredName, Optional.empty())
                .read(List.of(document))
                .identity()
                .displayName();
        return ContactCard.from(List.of(document), name);
    }

    static Profile ingest(java.nio.file.Path folder, Optional<String> name) {
        return new ProfileIngestion(
                        new ProfileLoader(1 << 20),
                        new PrivateDetailRedactor(Set.<PrivateDetail>of()),
                        new PassageSplitter(700),
                        new PassageDeduplicator(0.8),
                        new dev.profilebot.profile.facts.StructuredProfileReader(name, Optional.empty()))
                .ingest(folder);
    }
}
