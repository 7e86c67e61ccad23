package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Who is he?" on a CV that has no summary: the current role, and no line of the header it opens
 * with read out as if it introduced him.
 */
class PersonIntroductionTest {

    private static final String CV = """
            # Dmytro Bondarenko

            ## CONTACT

            Kraków, Poland · dmytro.bondarenko@example.com

            Kyiv Polytechnic Institute Alumni Network Member Since 2015, Kraków Java User Group

            ## EXPERIENCE

            EPAM Systems · 08/2019 – present

            Lead Software Engineer

            - Led a team of six engineers building payment services in Java.
            """;

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        application = TestApplication.over(folder, "cv.md", CV, "he/him");
    }

    @Test
    void should_give_the_current_role_and_no_header_line_as_his_introduction() {
        Answer answer = application.answers().answer("In a nutshell, what does Dmytro do?");

        assertThat(answer.text())
                .isEqualTo("Dmytro Bondarenko currently works at EPAM Systems as Lead Software Engineer (since August"
                        + " 2019).");
    }
}
