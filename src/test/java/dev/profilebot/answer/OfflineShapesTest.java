package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.testing.TestApplication;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers to question shapes that need more than the best sentences, on a hospital
 * pharmacist's CV with the real embedding model: an abbreviation spelled out, a reason for leaving
 * the CV does not give, a list asked for by its heading, and a role named by a question about
 * something the CV never says of it.
 */
class OfflineShapesTest {

    private static final String CV = """
            # Imogen Varga

            imogen.varga@example.uk

            ## Profile

            Registered pharmacist who moved into clinical informatics in 2019. I was clinical lead for
            the electronic prescribing and medicines administration (EPMA) rollout at Kirkstall Valley
            Teaching Hospitals. Next challenge: leading a larger pharmacy team.

            ## Experience

            ### EPMA Lead Pharmacist, Kirkstall Valley Teaching Hospitals NHS Trust
            Sep 2019 – Jun 2022 · Leeds

            - Clinical lead for the trust-wide EPMA rollout: 1,450 beds across three hospital sites.
            - The trust's pharmacy department runs the CareLine EPMA system across all sites.
            - Wrote 120 clinical decision support (CDS) rules; cut interruptive alerts by 45%.
            - Sat on the medicines management team's formulary working group.
            - Supervised 6 pharmacists and 3 technicians on the EPMA project.

            ### Rotational Pharmacist, Calderbrook Hospitals NHS Foundation Trust
            Aug 2013 – Feb 2016 · Huddersfield

            - Rotated through general medicine, surgery, paediatrics, oncology and aseptic services.
            - Worked 12-hour night shifts on the acute medical unit once a month.
            - Led a medicines reconciliation audit on the acute medical unit.
            - Closed the aseptic unit at the Halifax site and moved its work to Huddersfield.
            - Took on the pharmacy staff of an acquired community pharmacy chain in 2015.
            - Ran weekly ward teaching so that each new starter was signed off in a month; I moved onto oncology next.

            ## Registrations and certifications

            - Registered pharmacist, General Pharmaceutical Council (GPhC), since August 2013
            - Member of the Royal Pharmaceutical Society (MRPharmS)
            - Member of the Faculty of Clinical Informatics (MFCI), 2023
            - Clinical Safety Officer training (DCB0129 / DCB0160), NHS England, 2020
            - PRINCE2 Foundation, 2019
            - HL7 FHIR Fundamentals, 2023
            - Full UK driving licence, licence No. VARGA751224IM9XK, clean

            ## Education

            - MPharm, University of Bradford, 2013 — final grade 71%

            ## Interests

            Fell running with a local club; I sing in a community choir.

            References available on request.
            """;

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("cv.md"), CV);
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("PROFILE_DATA_DIR", folder.toString());
        env.put("PROFILE_PRONOUNS", "she/her");
        application = Application.start(ConfigLoader.load(env), new SimpleMeterRegistry());
    }

    private static Answer ask(String question) {
        return application.answers().answer(question);
    }

    @Test
    void should_spell_out_an_abbreviation_the_documents_spell_out() {
        Answer epma = ask("What does EPMA stand for?");
        Answer cds = ask("what does CDS stand for?");

        assertThat(epma.text()).isEqualTo("EPMA stands for electronic prescribing and medicines administration.");
        assertThat(epma.sources()).extracting(Source::label).containsExactly("cv.md › Profile");
        assertThat(cds.text()).isEqualTo("CDS stands for clinical decision support.");
    }

    @Test
    void should_say_the_profile_does_not_give_a_reason_for_leaving_rather_than_describe_the_job() {
        // (a purpose, "so that each new starter…", and a move within the job are no reasons for leaving it)
        Answer answer = ask("Why did she leave Calderbrook?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).startsWith("The profile doesn't say anything about why she left Calderbrook.");
    }

    @Test
    void should_admit_what_resumes_seldom_say_though_the_words_around_it_appear() {
        // "moved its work to" is not a word about relocating; "references" appear nowhere
        Answer relocate = ask("Would she be willing to relocate to Leeds?");
        Answer referees = ask("Who are her referees?");

        assertThat(relocate.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(relocate.text()).startsWith("The profile doesn't say anything about relocation.");
        assertThat(referees.text())
                .startsWith("The profile doesn't say anything about references beyond \"available on request\".");
    }

    @Test
    void should_admit_preferences_availability_scores_pay_and_vaccinations_the_documents_never_give() {
        // a permanent role, night shifts and a certificate's score are nowhere; a degree's grade is, and is
        // no answer for a certificate
        Answer permanent = ask("Would she consider a permanent role?");
        Answer nights = ask("Is she available to work night shifts?");
        Answer score = ask("What score did she get in her PRINCE2 exam?");
        Answer pay = ask("What weekly pay rate is she looking for?");
        Answer vaccinated = ask("Is she vaccinated against COVID-19?");

        assertThat(permanent.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(permanent.text()).startsWith("The profile doesn't say anything about what roles");
        assertThat(nights.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(score.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(score.text()).doesNotContain("71%");
        assertThat(pay.text()).startsWith("The profile doesn't say anything about salary expectations");
        assertThat(vaccinated.text()).startsWith("The profile doesn't say anything about vaccinations");
        assertThat(ask("Does she speak any foreign languages?").text())
                .startsWith("The profile doesn't say anything about the languages they speak");
        assertThat(ask("Does she speak any languages besides English?").text())
                .startsWith("The profile doesn't say anything about the languages they speak");
        assertThat(ask("What grade did she get at Bradford?").text()).contains("71%");
    }

    @Test
    void should_answer_questions_about_what_she_did_though_they_name_a_topic_cvs_seldom_cover() {
        // past night shifts are work, not an availability; "consider" asks of her views, not of roles she'd take
        Answer nights = ask("Did she work night shifts at Calderbrook?");
        Answer consider = ask("What does she consider her biggest achievement in the EPMA role?");

        assertThat(nights.text()).contains("12-hour night shifts");
        assertThat(consider.text()).doesNotContain("what roles");
    }

    @Test
    void should_lead_with_yes_only_when_the_sentences_say_everything_the_question_names() {
        // "Supervised 6 pharmacists": every word asked is there; no aseptic work in Bradford is said
        Answer supervised = ask("Has she supervised pharmacists?");
        Answer nights = ask("Did she work night shifts at Calderbrook?");
        Answer elsewhere = ask("Did she run an aseptic unit in Bradford?");

        assertThat(supervised.text()).startsWith("Yes. ").contains("Supervised 6 pharmacists");
        // a team's size, with a word of leading it, says "people" and "staff" in numbers
        assertThat(ask("Has she managed people?").text()).startsWith("Yes. ").contains("Supervised 6 pharmacists");
        assertThat(ask("Has she led people?").text())
                .startsWith("Yes. ")
                .contains("Supervised 6 pharmacists")
                .doesNotContain("CDS rules");
        // "anyone" names no one the sentences must say; the number withheld after "No." leaves no "no"
        assertThat(ask("Has she supervised anyone?").text()).startsWith("Yes. ");
        assertThat(ask("Does she have a driving licence?").text())
                .startsWith("Yes. ")
                .doesNotContain("VARGA751224IM9XK");
        assertThat(nights.text()).startsWith("Yes. ");
        assertThat(elsewhere.text()).doesNotStartWith("Yes");
        // a wish is no "yes": "looking for a role where she can lead a larger team"
        // "Sat on the medicines management team's formulary working group": someone else's team, no "yes" for managing
        assertThat(ask("Has she managed the medicines management team?").text()).doesNotStartWith("Yes");
        Answer wish = ask("Has she been leading a larger pharmacy team?");
        assertThat(wish.text()).contains("Next challenge").doesNotStartWith("Yes");
    }

    @Test
    void should_answer_whether_she_managed_a_team_with_the_team_she_managed() {
        Answer answer = ask("Has she managed a team?");

        assertThat(answer.text()).contains("Supervised 6 pharmacists and 3 technicians");
    }

    @Test
    void should_admit_who_did_something_when_no_sentence_says_it() {
        Answer answer = ask("Who founded Kirkstall Valley Teaching Hospitals?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).startsWith("The profile doesn't say anything about who founded");
    }

    @Test
    void should_offer_a_role_only_as_the_closest_match_when_what_is_asked_of_it_is_never_said() {
        // the employer is named, but nothing about the role speaks of exam results or a bonus
        Answer results = ask("What were the exam results at Calderbrook?");
        Answer alerts = ask("How many alerts did she cut at Kirkstall Valley?");

        assertThat(results.outcome()).isEqualTo(Answer.Outcome.CLOSEST_MATCH);
        assertThat(results.text()).startsWith("The profile doesn't answer that directly.");
        assertThat(alerts.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(alerts.text()).contains("45%");
    }

    @Test
    void should_answer_what_she_does_outside_work_from_the_interests() {
        Answer answer = ask("What does she do outside work?");

        assertThat(answer.text()).contains("Fell running");
    }

    @Test
    void should_give_the_whole_list_a_question_asks_for_by_its_heading() {
        Answer answer = ask("Which certifications does she hold?");

        assertThat(answer.text())
                .contains("GPhC", "MRPharmS", "MFCI", "Clinical Safety Officer", "PRINCE2", "HL7 FHIR")
                .hasSizeLessThanOrEqualTo(600);
    }
}
