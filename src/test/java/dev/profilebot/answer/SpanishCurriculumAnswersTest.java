package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers in English on a nurse's currículum written in Spanish: each entry a dated title over the
 * employer and its town ("Clínica …", "Residencia de mayores …"), and an "Otros datos" section whose
 * volunteering is dated but is no job. Questions in English find the Spanish words ("ICU" the "UCI", "nights"
 * the "noches").
 */
class SpanishCurriculumAnswersTest {

    private static final String CV = """
            # Lucía Ferrer Abad

            ## Experiencia profesional

            Marzo 2018 – Actualidad · Enfermera de UCI polivalente

            Hospital Universitario Valle del Jalón – Zaragoza

            - UCI polivalente de 18 camas.

            01/2015 – 02/2018 · Enfermera de Urgencias

            Clínica Santa Engracia – Zaragoza

            - Urgencias generales y pediátricas, con una media de 160 atenciones diarias.

            09/2013 – 12/2014 · Staff Nurse (Band 5)

            St Cuthbert's Hospital, NHS – Leeds (Reino Unido)

            - Planta de cirugía general de 28 camas.

            06/2013 – 08/2013 · Enfermera (sustitución de verano)

            Residencia de mayores Las Acacias – Jaca (Huesca)

            - Atención de enfermería a 70 residentes.

            ## Otros datos

            - Disponibilidad: turnos rotatorios, noches y festivos.
            - Voluntariado: Cruz Roja Española – asistencia preventiva en eventos, 2010 – 2016.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "she/her").answers();
    }

    @Test
    void should_name_the_clinic_she_worked_at_before_the_hospital() {
        String answer = answers.answer("Where did she work before Hospital Universitario Valle del Jalón?")
                .text();

        assertThat(answer).contains("Clínica Santa Engracia").contains("2015");
    }

    @Test
    void should_give_the_care_home_as_her_first_job_not_her_volunteering() {
        String answer = answers.answer("What was her first job?").text();

        assertThat(answer).contains("Residencia de mayores Las Acacias").doesNotContain("Otros");
    }

    @Test
    void should_name_the_country_she_worked_in_abroad_written_in_spanish_after_the_town() {
        String answer = answers.answer("Has she worked outside Spain?").text();

        assertThat(answer)
                .contains("the United Kingdom")
                .contains("St Cuthbert's Hospital, NHS")
                .contains("2013–2014");
    }

    @Test
    void should_answer_what_ward_she_worked_on_in_a_town_from_that_jobs_text_not_with_the_job_alone() {
        String answer =
                answers.answer("What kind of ward did she work on in Leeds?").text();

        assertThat(answer).contains("cirugía general");
    }

    @Test
    void should_answer_what_the_thing_she_worked_on_in_a_town_was_from_that_jobs_text() {
        String answer = answers.answer("What was the general surgery ward she worked on in Leeds?")
                .text();

        assertThat(answer).contains("28 camas");
    }

    @Test
    void should_find_the_beds_of_her_icu_written_in_spanish() {
        String answer = answers.answer("How many beds does her ICU have?").text();

        assertThat(answer).contains("18 camas");
    }

    @Test
    void should_find_that_she_works_nights_written_in_spanish() {
        String answer = answers.answer("Is she ok working nights?").text();

        assertThat(answer).contains("noches");
    }

    @Test
    void should_say_when_she_was_at_the_clinic() {
        String answer =
                answers.answer("When was she at Clínica Santa Engracia?").text();

        assertThat(answer).contains("2015").contains("2018");
    }
}
