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
 * "Does he know Go?" of a CV whose summary lists "Go (4 years)" while a project names "a library for Go": the list
 * answers it, with the real embedding model.
 */
class ListedSkillAnswerTest {

    private static final String CV = """
            # Haoran Zhou

            zhou.haoran@example.com

            ## Professional Summary

            - 8+ years of backend development, 5 years in high-concurrency payment systems.
            - Main languages: Java (8 years) and Go (4 years); familiar with microservices and message queues.
            - Also: SQL (daily), C++ (school era, don't ask).

            ## Project Experience

            ### Open Source: go-tinylimiter

            - A rate-limiting library for Go (token bucket and GCRA algorithms, Redis backend).
            - 1.4k stars on GitHub; used in production at Lanxin Cloud.
            """;

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        application = TestApplication.over(folder, "cv.md", CV, "he/him");
    }

    @Test
    void should_answer_yes_from_the_list_that_names_the_language() {
        Answer answer = application.answers().answer("Does he know Go?");

        assertThat(answer.text()).startsWith("Yes.").contains("Go (4 years)");
    }

    @Test
    void should_answer_yes_when_a_no_in_the_list_is_said_of_another_skill() {
        Answer answer = application.answers().answer("Does he know SQL?");

        assertThat(answer.text()).startsWith("Yes.").contains("SQL (daily)");
    }

    @Test
    void should_answer_and_go_after_a_question_on_another_language_the_same_way() {
        AnswerService answers = application.answers();
        answers.answer(Question.in("c1", "Does he know Rust?"));

        Answer answer = answers.answer(Question.in("c1", "And Go?"));

        assertThat(answer.text()).startsWith("Yes.").contains("Go (4 years)");
    }
}
