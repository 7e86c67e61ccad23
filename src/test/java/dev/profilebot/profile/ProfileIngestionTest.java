package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.facts.StructuredProfileReader;
import dev.profilebot.testing.TestProfiles;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileIngestionTest {

    private final Profile profile = ContactCardTest.ingest(TestProfiles.folder(), Optional.empty());

    @Test
    void should_never_let_a_private_detail_into_a_passage() {
        assertThat(profile.passages())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("513 1101", "507", "1601", "5th Ave", "55901"));
        assertThat(profile.withheld()).hasSize(3);
        assertThat(profile.toString()).doesNotContain("1101");
    }

    @Test
    void should_merge_the_text_resume_into_the_richer_markdown_one() {
        assertThat(profile.passages()).noneMatch(p -> p.fileName().equals("resume.txt"));
        assertThat(profile.passages())
                .filteredOn(p -> p.source().equals("resume.md › Previous Roles › Canonical"))
                .first()
                .satisfies(p -> {
                    assertThat(p.alsoIn()).containsExactly("resume.txt");
                    assertThat(p.text()).contains("Snap Store");
                });
    }

    @Test
    void should_keep_each_passage_short_enough_for_one_question() {
        assertThat(profile.passages())
                .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(700));
        assertThat(profile.passages()).hasSizeBetween(20, 40);
    }

    @Test
    void should_keep_referees_e_mails_out_of_the_passages_and_the_contact_card(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("resume.txt"), """
                LACHLAN PETTIGREW
                lachlan.pettigrew@outlook.com

                EXPERIENCE
                Project Manager, Redgum Infrastructure, Perth | Sep 2013 - Present

                REFEREES
                Margaret Oyelaran, General Manager, Ironbark Transport Solutions
                Email: margaret.oyelaran@ironbarkts.com.au
                """);

        Profile lachlan = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(lachlan.contact().emails()).containsExactly("lachlan.pettigrew@outlook.com");
        assertThat(lachlan.passages())
                .allSatisfy(
                        p -> assertThat(p.text()).doesNotContain("ironbarkts").doesNotContain("Email"))
                .anySatisfy(p -> assertThat(p.text()).contains("Margaret Oyelaran"));
    }

    @Test
    void should_keep_a_section_the_owner_marks_private_out_and_not_take_a_notes_title_for_the_name(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("Profile.md"), """
                # Linnea Åkerlund

                Group Product Manager at Hemvolt
                """);
        java.nio.file.Files.writeString(folder.resolve("things-recruiters-ask-me.md"), """
                # Things recruiters ask me

                ## Notice period?

                Three months.

                ## For application forms (private — don't paste into chats)

                - Partner: Oskar Nyberg · daughter Elsa (b. 2021)
                - Citizenship: Swedish
                """);

        java.nio.file.Files.writeString(folder.resolve("agency-cv.md"), """
                # CURRICULUM VITAE – STRICTLY CONFIDENTIAL

                ## Experience

                Hemvolt · Group Product Manager · 2022 – now
                """);

        Profile linnea = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(linnea.facts().identity().name()).contains("Linnea Åkerlund");
        assertThat(linnea.passages())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("Oskar", "Elsa", "Swedish"))
                .anySatisfy(p -> assertThat(p.text()).contains("Three months"))
                .anySatisfy(p -> assertThat(p.text()).contains("Group Product Manager"));
    }

    @Test
    void should_say_where_the_person_is_from_a_town_before_its_postcode_and_leave_out_a_named_references_email(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("resume.md"), """
                # KRISTINE JOY M. BACARRO

                Blk 12 Lot 7, Sitio Mahayahay, Brgy. Pit-os, Talamban \s
                Cebu City, Cebu 6000 \s
                E-mail: kj.bacarro.va@gmail.com

                ## WORK EXPERIENCE

                Koala Bay Travel Co. – Gold Coast, QLD, Australia \s
                04/2024 – Present \s
                Customer Support VA

                ## MS. JENNIFER WHITCOMBE

                Practice Manager, BrightSmile Dental Group \s
                E-mail: jen.whitcombe@brightsmiledental.com.au
                """);

        Profile kristine = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(kristine.contact().location()).contains("Cebu City, Cebu");
        assertThat(kristine.contact().emails()).containsExactly("kj.bacarro.va@gmail.com");
    }

    @Test
    void should_keep_the_email_under_the_persons_own_name_written_with_an_honorific(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.md"), """
                # CURRICULUM VITAE

                ## ENGR. IKECHUKWU DANIEL ONYEKACHI, MNSE, PMP

                Tel: +234 803 412 7759 | E-mail: ik.onyekachi@gmail.com

                ## REFEREES

                Engr. Dr. Musa Abdullahi Garba, FNSE – musa.garba@example.com
                """);

        Profile ikechukwu = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(ikechukwu.contact().emails()).containsExactly("ik.onyekachi@gmail.com");
    }

    @Test
    void should_keep_a_tables_column_of_licence_numbers_out_of_the_passages(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        // a table's rows read as cells parted by " · ", each its own paragraph under the header row
        java.nio.file.Files.writeString(folder.resolve("resume.md"), """
                # Rebecca Thornquist

                ## Licensure

                State · Type · License # · Expires · Status

                Nebraska · RN – Multistate (NLC compact) · RN 104882 · 10/31/2026 · Active

                California · RN – single state · 95172836 · 05/31/2026 · Active
                """);

        Profile rebecca = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(rebecca.passages())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("104882", "95172836"))
                .anySatisfy(p -> assertThat(p.text()).contains("California · RN – single state · 05/31/2026"));
    }

    @Test
    void should_say_where_the_person_is_based_from_the_town_of_their_home_address_not_a_referees(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.txt"), """
                CATRIONA DUNMORE
                7 Whinmoor Terrace, Saltby Moor, Harrowfield HF6 2LD
                catriona.dunmore@outlook.com

                EXPERIENCE
                Clinical Informatics Lead, 2020 - present

                REFEREES
                Dr Alan Pike, 4 Mill Lane, Corbridge NE45 5AA
                """);
        java.nio.file.Files.writeString(folder.resolve("notes.txt"), """
                PERSONAL DETAILS
                Address: 12 Oak Road, Leeds LS6 2AB
                """);

        Profile catriona = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(catriona.contact().location()).contains("Harrowfield");
        assertThat(catriona.passages())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("Whinmoor", "Saltby", "HF6", "Mill Lane"));
    }

    @Test
    void should_not_take_an_employers_or_a_referees_address_for_where_the_person_is_based(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.md"), """
                # Priya Raman

                ## Experience

                ### Staff Nurse, Calder Ward (2016 – 2020)

                14 Mill Lane, Wakefield WF1 2AB

                ## Additional Information

                Referee: Mr Alan Reid, Ward Manager
                Address: 3 Canal Wharf, Wakefield WF1 5PQ
                """);

        Profile priya = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(priya.contact().location()).isEmpty();
    }

    @Test
    void should_let_an_answer_name_the_town_she_was_born_in_when_the_documents_also_say_it_in_the_open(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.txt"), """
                ANA RÍOS
                Logística · Monterrey, N.L.
                ana.rios@example.org

                DATOS PERSONALES
                Lugar de nacimiento: Monterrey, N.L.
                Estado civil: Casada

                EXPERIENCIA
                Gerente de Logística, 2020 - actual
                """);

        Profile ana = ContactCardTest.ingest(folder, Optional.empty());
        dev.profilebot.privacy.PrivacyGuard guard = new dev.profilebot.privacy.PrivacyGuard(
                new PrivateDetailRedactor(java.util.Set.of()), ana.withheld(), java.util.Set.of());

        assertThat(ana.passages()).allSatisfy(p -> assertThat(p.text()).doesNotContain("Casada", "nacimiento"));
        assertThat(guard.guard("Ana Ríos is based in Monterrey, N.L."))
                .isEqualTo("Ana Ríos is based in Monterrey, N.L.");
        assertThat(guard.guard("She is Casada.")).doesNotContain("Casada");
    }

    @Test
    void should_take_the_town_of_a_labelled_home_address_when_it_is_the_only_one(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.txt"), """
                TOM BAXTER
                tom.baxter@example.org
                Address: 12 Oak Road, Leeds LS6 2AB

                EXPERIENCE
                Electrician, 2020 - present
                """);

        Profile tom = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(tom.contact().location()).contains("Leeds");
        assertThat(tom.passages()).allSatisfy(p -> assertThat(p.text()).doesNotContain("Oak Road", "LS6"));
    }

    @Test
    void should_take_the_town_of_a_home_address_under_the_documents_curriculum_vitae_title(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.md"), """
                # CURRICULUM VITAE

                Miriam Castellanos, MD

                Home Address: 2817 North Linnwood Court, Shorewood, WI 53211

                ## Appointments

                07/2016 – present · Attending Physician, Lakeshore University Hospital, Milwaukee, WI
                """);

        Profile miriam = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(miriam.contact().location()).contains("Shorewood, WI");
    }

    @Test
    void should_take_the_city_that_ends_a_japanese_address_under_a_title_with_its_japanese_names(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.md"), """
                # CURRICULUM VITAE (Rirekisho / Shokumu Keirekisho)

                Name (furigana) · Nishimoto Haruka (にしもと はるか)

                Address: 〒154-0011 Maison Kamiuma 305, 2-14-7 Kamiuma, Setagaya-ku, Tokyo

                ## Career Summary

                April 2023 – present · Senior QA Engineer, Hoshizora Games Inc.
                """);

        Profile haruka = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(haruka.contact().location()).contains("Tokyo");
        assertThat(haruka.passages()).allSatisfy(p -> assertThat(p.text()).doesNotContain("Kamiuma", "154-0011"));
    }

    @Test
    void should_read_a_notion_properties_table_as_labelled_lines_and_withhold_the_birth_date(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("CV Ruben Kostadinov.md"), """
                # CV — Ruben Kostadinov

                | Property | Value |
                | --- | --- |
                | Role | Staff Backend Engineer |
                | Location | Utrecht, NL |
                | Born | 23 Aug 1991, Plovdiv (BG) |

                ## Experience

                **Lumio Health** — Staff Engineer (2023 → now)
                """);

        Profile ruben = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(ruben.passages())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("1991").doesNotContain("Property:"))
                .anySatisfy(p -> assertThat(p.text()).contains("Role: Staff Backend Engineer"));
    }

    @Test
    void should_withhold_an_address_and_a_birth_date_typed_in_columns_of_spaces(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.txt"), """
                JO PARKS
                Address:      12 Orrell Fold      Stockport      SK4 3NW
                DOB   12   March   1985
                jo@example.com

                EXPERIENCE
                03/2019 - Present     Site Engineer     Calder Civils Ltd, Halifax
                """);

        Profile jo = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(jo.passages())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("SK4", "Orrell", "1985"))
                .anySatisfy(p -> assertThat(p.text()).contains("Site Engineer"));
        assertThat(jo.facts().roles())
                .singleElement()
                .satisfies(r -> assertThat(r.organization()).isEqualTo("Calder Civils Ltd"));
    }

    @Test
    void should_withhold_a_phone_read_as_a_heading_from_the_section_paths_and_a_latex_birth_date(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("cv.txt"), """
                CLAIRE DONNELLY
                Senior Data Engineer

                (+353) 87-412-3391

                claire@donnelly.example · Dublin

                EXPERIENCE
                03/2019 - Present     Data Engineer     Stripe, Dublin
                """);
        java.nio.file.Files.writeString(folder.resolve("cv.tex"), """
                \\documentclass[11pt]{moderncv}
                \\name{Claire}{Donnelly}
                \\born{14 March 1991}
                \\begin{document}
                \\section{Experience}
                \\cventry{2019--Present}{Data Engineer}{Stripe}{Dublin}{}{}
                \\end{document}
                """);

        Profile claire = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(claire.passages())
                .allSatisfy(p -> assertThat(p.source() + " " + p.text()).doesNotContain("412-3391", "1991"));
        assertThat(claire.facts().roles())
                .extracting(r -> r.dates().start().display())
                .doesNotContain("March 1991");
    }

    @Test
    void should_take_the_summary_from_its_section_not_from_a_header_of_labelled_lines(
            @TempDir java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("resume.md"), """
                **GREGORY A. VANTASSEL**

                LinkedIn: linkedin.com/in/gvantassel-infosec

                Citizenship: U.S. Citizen

                Veterans' Preference: 5-point preference (TP) – honorably discharged, U.S. Air Force; DD-214 attached

                Federal Status: Current federal employee, career tenure. Highest grade held: GS-2210-13 (03/2019 – Present)

                ## SUMMARY OF QUALIFICATIONS

                IT Specialist (INFOSEC) with 19 years of network and cybersecurity experience.
                """);

        Profile gregory = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(gregory.summary())
                .hasValueSatisfying(p -> assertThat(p.text()).contains("19 years"));
    }

    @Test
    void should_give_the_same_hash_for_the_same_content() {
        Profile again = ContactCardTest.ingest(TestProfiles.folder(), Optional.empty());

        assertThat(again.contentHash()).isEqualTo(profile.contentHash()).hasSize(16);
    }

    @Test
    void should_still_load_the_passages_when_the_roles_cannot_be_read(@TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        // given a reader of roles that fails on the documents
        java.nio.file.Files.writeString(folder.resolve("resume.txt"), """
                EXPERIENCE
                Project Manager, Redgum Infrastructure, Perth | Sep 2013 - Present
                Delivered the Kwinana rail freight terminal on budget.
                """);
        StructuredProfileReader failing = org.mockito.Mockito.mock(StructuredProfileReader.class);
        org.mockito.Mockito.when(failing.read(org.mockito.ArgumentMatchers.anyList()))
                .thenThrow(new IllegalStateException("a shape the reader does not know"));

        // when
        Profile loaded = new ProfileIngestion(
                        new ProfileLoader(1 << 20),
                        new PrivateDetailRedactor(java.util.Set.of()),
                        new PassageSplitter(700),
                        new PassageDeduplicator(0.8),
                        failing)
                .ingest(folder);

        // then
        assertThat(loaded.passages()).anySatisfy(p -> assertThat(p.text()).contains("Kwinana rail freight terminal"));
        assertThat(loaded.facts().roles()).isEmpty();
        assertThat(loaded.facts().warnings())
                .singleElement()
                .asString()
                .contains("Could not read the name, roles", "IllegalStateException");
    }
}
