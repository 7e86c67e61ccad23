package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers in English on a mechanical engineer's Lebenslauf written in German, its sections bold
 * paragraphs as Word sets them: his driving licence, named only as a "Führerschein"; his certifications, a
 * course of his "Weiterbildungen"; his master's grade, its "Abschlussnote"; each of his "Sprachen".
 */
class GermanLebenslaufAnswersTest {

    private static final String CV = """
            # Lebenslauf

            **Jonas Brückner**

            **Persönliche Daten**

            Name: Jonas Brückner \\s
            Geburtsort: Künzelsau

            **Berufserfahrung**

            seit 01/2023 · Teamleiter Konstruktion Getriebe \\s
            Härtel Antriebstechnik GmbH, Bad Friedrichshall

            - Fachliche und disziplinarische Führung eines Teams von 6 Konstrukteuren

            10/2016 – 12/2022 · Konstruktionsingenieur \\s
            Kessler & Vogt Fördertechnik GmbH, Stuttgart

            - Konstruktion von Rollen- und Gurtförderern für Paketzentren

            **Ausbildung**

            10/2014 – 09/2016 · Studium Maschinenbau, Abschluss Master of Science (M.Sc.) \\s
            Universität Stuttgart

            - Abschlussnote: 1,7

            **Weiterbildungen**

            2020 · Six Sigma Green Belt, TÜV SÜD Akademie

            **Kenntnisse**

            CAD: PTC Creo Parametric, SolidWorks

            **Sprachen**

            Deutsch – Muttersprache

            Englisch – verhandlungssicher

            Französisch – Grundkenntnisse

            Spanisch – Grundkenntnisse

            Führerschein: Klasse B, BE
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "he/him").answers();
    }

    @Test
    void should_list_every_language_of_his_sprachen() {
        assertThat(answers.answer("What languages does he speak?").text())
                .contains("Deutsch", "Englisch", "Französisch", "Spanisch");
    }

    @Test
    void should_answer_the_grade_of_his_masters_from_its_abschlussnote() {
        assertThat(answers.answer("What grade did he get in his master's?").text())
                .contains("1,7");
    }

    @Test
    void should_answer_certifications_from_the_further_training() {
        assertThat(answers.answer("Does he have any certifications?").text())
                .contains("Six Sigma Green Belt")
                .doesNotContain("doesn't say");
    }

    @Test
    void should_answer_a_driving_licence_from_the_fuehrerschein() {
        assertThat(answers.answer("Does he have a driving licence?").text())
                .contains("Klasse B")
                .doesNotContain("doesn't say");
    }
}
