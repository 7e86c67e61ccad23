package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncoveredTopicsTest {

    private static UncoveredTopics of(String section, String... sentences) {
        return new UncoveredTopics(
                List.of(new Passage("p1", "resume.md", List.of(section), List.of(sentences), List.of())));
    }

    @Test
    void should_not_take_a_clubs_sponsorship_income_for_a_word_on_visas() {
        UncoveredTopics treasurer = of("Leadership & Activities", "Managed $18K annual budget and sponsorship income.");
        UncoveredTopics stated = of("Profile", "Authorized to work in the US; no sponsorship required.");

        assertThat(treasurer.uncovered("does she need visa sponsorship to work in the us?"))
                .contains("visa or work permits");
        assertThat(stated.uncovered("does she need visa sponsorship to work in the us?"))
                .isEmpty();
        assertThat(of("Experience", "Sponsor-side oversight of two CROs on a Phase III programme.")
                        .uncovered("would she need visa sponsorship to work in the us?"))
                .contains("visa or work permits");
        assertThat(of("Eligibility", "Sponsorship: not required. Settled status in the UK.")
                        .uncovered("does she need visa sponsorship?"))
                .isEmpty();
    }

    @Test
    void should_take_a_swiss_permit_or_an_employment_pass_for_a_word_on_work_permits() {
        assertThat(of("Personal details", "Nationality: German (Permit C).").uncovered("Does she need a work permit?"))
                .isEmpty();
        assertThat(of("Experience", "Manager, Group Reporting, Singapore (Employment Pass).")
                        .uncovered("did she need a visa to work in singapore?"))
                .isEmpty();
        assertThat(of("Experience", "Obtained planning permits for 40 sites.")
                        .uncovered("Does she need a work permit?"))
                .contains("visa or work permits");
        assertThat(of("Experience", "Secured a permit for the night works.").uncovered("Does she need a work permit?"))
                .contains("visa or work permits");
    }

    @Test
    void should_take_a_note_on_when_she_could_start_for_a_word_on_her_notice() {
        UncoveredTopics notes = of(
                "AVAILABILITY",
                "Could start a new assignment / deployment from February 2027 (after the Q3 reporting cycle).");

        assertThat(notes.uncovered("When could she start a new assignment or deployment?"))
                .isEmpty();
        assertThat(of("Profile", "Policy analyst with more than ten years of experience.")
                        .uncovered("When could she start a new assignment or deployment?"))
                .contains("a notice period");
    }

    @Test
    void should_not_take_an_expected_salary_for_a_word_on_her_current_one() {
        UncoveredTopics expected = of("Other information", "Expected Salary: S$10,500 per month (negotiable)");

        assertThat(expected.uncovered("What is her current (last drawn) monthly salary?"))
                .contains("a current salary");
        assertThat(expected.uncovered("What are her salary expectations?")).isEmpty();
        assertThat(of("Personal details", "Current CTC: 18 LPA; Expected CTC: 24 LPA")
                        .uncovered("What is her current salary?"))
                .isEmpty();
    }

    @Test
    void should_not_take_a_country_for_the_language_asked_of_when_her_languages_leave_it_out() {
        UncoveredTopics lawyer = of(
                "Experience",
                "Coordinate with foreign counsel in France, Germany and Brazil on cross-border signings.",
                "Languages: French (fluent), English (native).");

        assertThat(lawyer.uncovered("Does she speak German?")).contains("German");
        assertThat(lawyer.uncovered("Does she speak French?")).isEmpty();
        // the language named in the document's own language: "Tedesco", "Deutsch"
        assertThat(of("Competenze personali", "Lingua madre: Italiano. Altre lingue: Inglese C1, Tedesco A2.")
                        .uncovered("Does she speak German?"))
                .isEmpty();
    }

    @Test
    void should_take_a_german_cover_letters_start_date_for_a_word_on_when_she_could_start_not_a_reference_number() {
        UncoveredTopics letter = of("Anschreiben", "Mein frühestmöglicher Eintrittstermin ist der 1. Juli 2025.");

        assertThat(letter.uncovered("When could she start?")).isEmpty();
        assertThat(letter.uncovered("What's the reference number of the job ad?"))
                .isEmpty();
        assertThat(letter.uncovered("Who are her references?")).contains("references");
        assertThat(of("Anschreiben", "Wir planen einen Umzug in den Großraum Stuttgart.")
                        .uncovered("Would he be willing to relocate?"))
                .isEmpty();
    }

    @Test
    void should_take_a_turkish_or_an_indonesian_languages_section_for_a_word_on_her_languages() {
        assertThat(of("YABANCI DİL", "Dil: İngilizce (YDS: 82,5 – 2016); Okuma: İleri.")
                        .uncovered("Which languages does Serkan speak?"))
                .isEmpty();
        assertThat(of("BAHASA", "Inggris – aktif (TOEFL ITP 587).").uncovered("What languages does she speak?"))
                .isEmpty();
        assertThat(of("EĞİTİM", "Makine Mühendisliği (Lisans, %30 İngilizce)")
                        .uncovered("Which languages does Serkan speak?"))
                .contains("the languages they speak");
        // "İngilizce", a Turkish İ before it, is English
        assertThat(of("YABANCI DİL", "Dil: İngilizce (YDS: 82,5 – 2016)").uncovered("Does he speak English?"))
                .isEmpty();
    }

    @Test
    void should_know_a_portuguese_cvs_languages_and_a_finnish_thesis_by_their_words_in_english() {
        assertThat(of("COMPETÊNCIAS LINGUÍSTICAS", "Língua materna: Português", "Francês · B2 · B2 · B2 · B2 · B1")
                        .uncovered("Which foreign languages does Tiago speak?"))
                .isEmpty();
        assertThat(of("KOULUTUS", "Diplomityö: Testiautomaation kehittäminen, 2014")
                        .uncovered("What was her thesis about?"))
                .isEmpty();
        assertThat(of("EXPERIÊNCIA PROFISSIONAL", "Diretor de Produção – Zona Norte (2023 – presente)")
                        .uncovered("Which foreign languages does Tiago speak?"))
                .contains("the languages they speak");
    }

    @Test
    void should_not_take_a_salary_budget_she_managed_for_a_word_on_her_pay() {
        assertThat(of("Experience", "Managed a team of 6 and a salary and O&M budget of $780,000.")
                        .uncovered("What are her salary expectations?"))
                .contains("salary expectations");
        assertThat(of("Experience", "Owned the salary budget and headcount plan for 40 staff.")
                        .uncovered("What salary is she expecting?"))
                .contains("salary expectations");
        assertThat(of("Other", "Salary expectation: negotiable, around $95,000.")
                        .uncovered("What are her salary expectations?"))
                .isEmpty();
    }

    @Test
    void should_not_take_a_parliaments_questions_on_notice_for_a_word_on_her_notice() {
        UncoveredTopics briefs = of(
                "Key selection criteria",
                "Drafted more than 60 ministerial briefing notes and Question on Notice responses.",
                "Rostered cover for the contact centre at short notice.");

        assertThat(briefs.uncovered("What is her notice period at TMR?")).contains("a notice period");
        assertThat(of("Projects Handled", "Digitization of the claims lifecycle – First Notice of Loss (FNOL).")
                        .uncovered("What is Raghavendra's notice period?"))
                .contains("a notice period");
        assertThat(of("Other information", "Availability: 1 month notice.").uncovered("What is her notice period?"))
                .isEmpty();
    }

    @Test
    void should_know_a_driving_licence_and_a_certificate_named_in_dutch() {
        UncoveredTopics dutch =
                of("Persoonlijke gegevens", "Rijbewijs: B, BE", "2022 · Lean Six Sigma Green Belt – certificaat");

        assertThat(dutch.uncovered("Does she have a driving licence?")).isEmpty();
        assertThat(dutch.uncovered("Does she have a Six Sigma certification?")).isEmpty();
        assertThat(of("Profiel", "Ervaren teamleider planning.").uncovered("Does she have a driving licence?"))
                .contains("a driving licence");
    }

    @Test
    void should_take_a_lawyers_bar_admissions_for_the_licences_asked_about() {
        UncoveredTopics lawyer = of("Bar & Court Admissions", "Illinois, 2013 • Wisconsin, 2019");

        assertThat(lawyer.uncovered("Which states is he licensed in?")).isEmpty();
        assertThat(of("Experience", "Associate, Litigation Department").uncovered("Which states is he licensed in?"))
                .contains("that licence");
    }

    @Test
    void should_answer_a_question_on_a_non_compete_only_where_the_documents_speak_of_one() {
        UncoveredTopics rep = of("Core Competencies", "Contract Negotiation · Competitive Conversions");
        UncoveredTopics bound = of("Availability", "Six-month non-compete with my current employer, ending June 2027.");

        assertThat(rep.uncovered("Is she under a non-compete agreement?"))
                .contains("a non-compete or other restrictive covenants");
        assertThat(bound.uncovered("Is she under a non-compete agreement?")).isEmpty();
        assertThat(rep.uncovered("Does she have competitive conversion experience?"))
                .isEmpty();
    }

    @Test
    void should_know_rates_only_from_an_amount_for_a_unit_not_from_a_prize_or_a_word_on_fees() {
        UncoveredTopics prize = of(
                "Awards",
                "2018 · Mackie-Reid Award for Painting (£3,000). One sworn page = 1,125 characters, as set by the"
                        + " regulation on sworn translators' fees.");
        UncoveredTopics priced = of("Rates", "Legal translation from €0.09 per word; sworn pages at 60 zł a page.");

        assertThat(prize.uncovered("How much do her paintings sell for?")).contains("rates or prices");
        assertThat(prize.uncovered("What are her rates per word?")).contains("rates or prices");
        assertThat(prize.uncovered("How much does she charge per sworn page?")).contains("rates or prices");
        assertThat(priced.uncovered("What are her rates per word?")).isEmpty();
        assertThat(prize.uncovered("How many paintings has she sold?")).isEmpty();
    }

    @Test
    void should_take_professional_qualifications_for_certifications_but_not_a_skills_line() {
        assertThat(of("Education & Professional Qualifications", "CIPS Level 6 Professional Diploma, 2014.")
                        .uncovered("is she cips certified?"))
                .isEmpty();
        assertThat(of("Skills", "AWS, Terraform, Kubernetes.").uncovered("is she aws certified?"))
                .contains("certifications");
    }

    @Test
    void should_know_pastimes_from_an_interests_line_and_languages_from_a_languages_section() {
        UncoveredTopics interests =
                of("Skills & Interests", "Interests: half-marathon running, film photography, tabletop games.");
        UncoveredTopics languages = of("Sprachen", "Deutsch: Muttersprache; Englisch: fließend.");
        UncoveredTopics neither = of("Education", "A-levels: Business Studies (B), English Language (C).");

        assertThat(interests.uncovered("what are her hobbies?")).isEmpty();
        assertThat(languages.uncovered("which languages does she speak?")).isEmpty();
        assertThat(of("Additional", "Spanish (C1), Italian (B2)").uncovered("does she speak spanish?"))
                .isEmpty();
        assertThat(neither.uncovered("does she speak any foreign languages?")).contains("the languages they speak");
        assertThat(neither.uncovered("has she spoken at conferences?")).isEmpty();
        assertThat(of("Profile", "Clarity and trust matter more than polish.")
                        .uncovered("does she speak any languages besides english?"))
                .contains("the languages they speak");
        UncoveredTopics idiomas = new UncoveredTopics(List.of(new Passage(
                "p1",
                "cv.docx",
                List.of("CURRICULUM VITAE", "Idiomas"),
                List.of("Español: Nativo", "Italiano: B1 (estancia Erasmus en Milán)"),
                List.of())));
        assertThat(idiomas.uncovered("what languages does he speak?")).isEmpty();
        assertThat(idiomas.uncovered("does he speak italian?")).isEmpty();
    }

    @Test
    void should_know_a_thesis_and_pastimes_from_a_french_cvs_words_for_them() {
        UncoveredTopics french = new UncoveredTopics(List.of(
                new Passage(
                        "p1",
                        "cv.pdf",
                        List.of("FORMATION"),
                        List.of("Mémoire : « Le rôle des blogs beauté »"),
                        List.of()),
                new Passage(
                        "p2", "cv.pdf", List.of("LANGUES & CENTRES D'INTÉRÊT"), List.of("Course à pied"), List.of())));

        assertThat(french.uncovered("what was her master's thesis about?")).isEmpty();
        assertThat(french.uncovered("what are her hobbies?")).isEmpty();
        assertThat(of("Education", "MSc Physics, 2012").uncovered("what was her thesis about?"))
                .contains("a thesis");
        assertThat(of("Education", "B.Tech (ECE), JNTU, 2004; 72.4%")
                        .uncovered("What was his B.Tech final-year project about?"))
                .contains("a thesis");
        assertThat(of("Education", "B.Eng, 2014. Capstone project: a drone-mapping rig.")
                        .uncovered("What was his capstone about?"))
                .isEmpty();
    }

    @Test
    void should_know_pastimes_told_in_a_skills_and_interests_section() {
        UncoveredTopics headteacher = of(
                "SKILLS AND INTERESTS",
                "I speak conversational French.",
                "Outside school I play the cello in the Fernleigh Community Orchestra and enjoy fell-walking.");

        assertThat(headteacher.uncovered("what does she do outside work?")).isEmpty();
        assertThat(of("Skills", "Budgeting, safeguarding, curriculum design.").uncovered("what are her hobbies?"))
                .contains("hobbies");
        assertThat(of(
                                "Cover letter",
                                "I started as an instructor, which is where I first learned how much I enjoy"
                                        + " teaching.")
                        .uncovered("What does she do in her free time?"))
                .contains("hobbies");
        assertThat(of("About", "At weekends I enjoy sailing on the Solent.").uncovered("what are her hobbies?"))
                .isEmpty();
        // work done outside the classroom, a radio band: no pastimes
        assertThat(of("Experience", "Led learning outside the classroom and the after-school gardening club.")
                        .uncovered("what are their hobbies?"))
                .contains("hobbies");
        assertThat(of("Skills and Interests", "Spectrum planning: sub-6 GHz, C-band, mmWave.")
                        .uncovered("what are their hobbies?"))
                .contains("hobbies");
    }
}
