package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers in English on a Lebenslauf that dates an employer and then each title held there, a line each
 * ("seit 03/2021 · Teamleiter Erprobung E-Achse"), its titles German words of one piece ("Versuchsingenieur"), its
 * date and place of birth under one label, and its certificate named by a German compound.
 */
class LebenslaufEmployerOverTitlesAnswersTest {

    private static final String CV = """
            # Lebenslauf

            ## Persönliche Daten

            Name: Matthias Kreuzer \\s
            Geburtsdatum/-ort: 23.05.1984 in Deggendorf

            ## Berufserfahrung

            04/2019 – heute · Haslbeck Automotive Systems GmbH, Regensburg

            seit 03/2021 · Teamleiter Erprobung E-Achse

            - Führung eines Teams aus 9 Ingenieuren
            - Aufbau einer automatisierten Messdatenauswertung in Python – Auswertezeit um ca. 40 % reduziert

            04/2019 – 02/2021 · Entwicklungsingenieur NVH E-Antrieb

            - Reduktion des Getriebeheulens im Fahrzeug um 6 dB(A)

            12/2010 – 03/2019 · Eder Prüfsysteme GmbH, Dingolfing

            Versuchsingenieur

            - Planung und Inbetriebnahme von Prüfständen für Fahrwerkskomponenten

            ## Ausbildung

            10/2004 – 11/2010 · Technische Universität München

            Studium Maschinenwesen, Vertiefung Fahrzeugtechnik

            Abschluss: Diplom-Ingenieur (Univ.), Gesamtnote 1,7

            09/2007 – 02/2008 · Auslandssemester (ERASMUS) an der Chalmers University of Technology, Göteborg

            ## Weiterbildung

            03/2017 · IPMA Level D – Zertifizierter Projektmanagement-Fachmann (GPM)
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "lebenslauf.md", CV, "he/him").answers();
    }

    @Test
    void should_read_the_titles_dated_under_their_employer_as_roles_there() {
        assertThat(answers.answer("Where does he work now?").text()).contains("Haslbeck");
        assertThat(answers.answer("What was his job at Eder Prüfsysteme?").text())
                .contains("Versuchsingenieur");
    }

    @Test
    void should_give_the_title_before_at_the_same_company() {
        String conversation = "same company";
        answers.answer(Question.in(conversation, "When did he become Teamleiter?"));

        assertThat(answers.answer(Question.in(conversation, "What was he doing at the same company before that?"))
                        .text())
                .contains("Before becoming Teamleiter")
                .contains("Entwicklungsingenieur NVH E-Antrieb at Haslbeck");
    }

    @Test
    void should_read_a_python_based_tool_as_work_not_as_where_he_is_based() {
        assertThat(answers.answer("What did his Python-based automation of the measurement data achieve?")
                        .text())
                .contains("40 %");
    }

    @Test
    void should_find_a_certificate_named_inside_a_german_compound() {
        assertThat(answers.answer("Does he have a project management certification?")
                        .text())
                .contains("IPMA Level D");
    }

    @Test
    void should_read_the_degree_and_its_subject_from_the_lines_under_the_university() {
        assertThat(answers.answer("What did he study?").text())
                .contains("Diplom-Ingenieur in Maschinenwesen at Technische Universität München")
                .contains("2004");
    }

    @Test
    void should_answer_whether_he_studied_abroad_from_his_auslandssemester() {
        assertThat(answers.answer("Did he spend any time abroad during his studies?")
                        .text())
                .contains("Chalmers University of Technology");
    }

    @Test
    void should_withhold_the_date_and_place_of_birth() {
        String answer = answers.answer("When and where was he born?").text();

        assertThat(answer).doesNotContain("23.05.1984").doesNotContain("Deggendorf");
    }
}
