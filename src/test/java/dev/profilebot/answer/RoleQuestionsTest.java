package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestProfiles;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions about what was done in one job, on a plain-text résumé whose jobs all share one
 * "experience" section, offline with the real embedding model: the answer comes from that job's
 * lines, not from its heading or another job, and says which job it is.
 */
class RoleQuestionsTest {

    private static AnswerService answers;

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put(
                "PROFILE_DATA_DIR",
                TestProfiles.corpus().resolve("tom-baxter-plaintext/docs").toString());
        answers = Application.start(ConfigLoader.load(env), new SimpleMeterRegistry())
                .answers();
    }

    @Test
    void should_answer_what_was_done_at_a_named_employer_from_that_jobs_lines_led_by_the_job() {
        Answer answer = answers.answer("What did he do at Clifton Hosting?");

        assertThat(answer.text())
                .startsWith("At Clifton Hosting Ltd (Linux Engineer, 2011–2017): ")
                .contains("1,200 servers")
                .doesNotContain("Harbourline")
                .hasSizeLessThanOrEqualTo(600);
        assertThat(answer.sources()).extracting(Source::label).containsExactly("resume.txt › experience");
    }

    @Test
    void should_find_the_number_asked_for_among_the_lines_of_the_named_job() {
        assertThat(answers.answer("How big was the server estate at Clifton Hosting?")
                        .text())
                .contains("1,200 servers");
        assertThat(answers.answer("What did he change about on-call at Harbourline?")
                        .text())
                .contains("60 to 12");
    }

    @Test
    void should_follow_there_to_the_job_the_conversation_is_about() {
        String conversation = "role-questions";
        answers.answer(Question.in(conversation, "Where does he work now?"));

        Answer there = answers.answer(Question.in(conversation, "What does he do there?"));

        assertThat(there.text()).startsWith("At Harbourline Networks (Senior SRE, 2025–now): ");
        assertThat(there.text()).containsAnyOf("SLO", "Kubernetes", "on-call", "operator");
    }

    @Test
    void should_give_the_title_held_at_a_named_employer() {
        assertThat(answers.answer("What was his role at Marlowe Games?").text())
                .isEqualTo("At Marlowe Games, Tom was Site Reliability Engineer (July 2017 to January 2025).");
        assertThat(answers.answer("What's his role at Harbourline?").text())
                .isEqualTo("At Harbourline Networks, Tom is Senior SRE (February 2025 to present).");
    }
}
