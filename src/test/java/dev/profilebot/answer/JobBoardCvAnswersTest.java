package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a CV a job board's form made: the name in capitals with a Turkish dotless ı, each job a
 * "Company – Title" paragraph over "01.03.2022 - Continues · Town" and the post's particulars, each degree under
 * its university's line from one of its faculties; beside it a first-person note the person wrote for a portfolio.
 */
class JobBoardCvAnswersTest {

    private static final String CV = """
            ## EMRE CAN TAŞKIN

            Senior Mobile Developer (iOS / Android)

            ## Personal Information

            Name Surname : Emre Can Taşkın

            ## Work Experience

            **Kumbara Finansal Teknolojiler A.Ş. – Senior Mobile Developer**

            01.03.2022 - Continues · İstanbul (Maslak)

            Sector : Finance / Payment Systems · Department : Mobile Development · Working Type : Full Time

            - Leading a mobile team of 5 developers responsible for the Kumbara digital wallet app.

            **Menzil Lojistik Yazılım A.Ş. – Mobile Developer**

            17.06.2019 - 28.02.2022 · İstanbul (Ataşehir)

            Sector : Logistics / Transportation · Department : Information Technologies · Working Type : Full Time

            - Rewrote the courier Android app from Java to Kotlin; used daily by 3,500 couriers.

            ## Education Information

            Bahçeşehir University · 09.2020 - 06.2022

            Master's Degree – Graduate School of Natural and Applied Sciences – Software Engineering

            Dokuz Eylül University · 09.2011 - 06.2015

            Bachelor's Degree – Faculty of Engineering – Computer Engineering
            """;

    private static final String ABOUT = """
            Hi, I'm Emre - a mobile developer living in Istanbul. I've been building iOS and Android apps
            professionally since 2016: I started out at a digital agency, then spent almost three years at Menzil
            Lojistik, and since 2022 I've been a senior mobile developer at Kumbara.

            Outside of work I maintain Vapur, a small open-source app that shows the timetables of Istanbul's
            public ferries.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("about.txt"), ABOUT);
        answers = TestApplication.over(folder, "cv.md", CV, "he/him").answers();
    }

    @Test
    void should_know_him_asked_for_without_the_dotless_i_and_say_what_he_does() {
        assertThat(answers.answer("Who is Emre Can Taskin and what does he do?").text())
                .contains("Emre Can Taşkın")
                .contains("Senior Mobile Developer");
    }

    @Test
    void should_read_the_employer_and_title_over_the_dates_not_the_particulars_under_them() {
        assertThat(answers.answer("Where does he work now?").text())
                .contains("Kumbara Finansal Teknolojiler")
                .doesNotContain("Sector");
        assertThat(answers.answer("When did he join Kumbara?").text()).contains("2022");
        assertThat(answers.answer("Where did he work before Kumbara?").text()).contains("Menzil Lojistik");
    }

    @Test
    void should_give_the_university_of_the_faculty_a_degree_is_from() {
        assertThat(answers.answer("Where did he do his master's degree?").text())
                .contains("Bahçeşehir University")
                .contains("Software Engineering");
    }

    @Test
    void should_find_a_side_project_told_as_what_he_maintains_outside_of_work() {
        assertThat(answers.answer("Does he have any side projects?").text()).contains("Vapur");
    }
}
