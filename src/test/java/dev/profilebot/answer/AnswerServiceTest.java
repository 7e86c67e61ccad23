package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import org.junit.jupiter.api.Test;

class AnswerServiceTest {

    @Test
    void should_answer_a_repeated_question_from_the_cache() {
        AnswerService answers = TestApplication.get().newAnswerService(100, 100);

        Answer first = answers.answer("Where did he go to university?");
        Answer second = answers.answer("where did he go to university");

        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.sources()).isEqualTo(first.sources());
        assertThat(answers.cacheHitRate()).isEqualTo(0.5);
    }

    @Test
    void should_not_cache_when_the_cache_is_off() {
        AnswerService answers = TestApplication.get().newAnswerService(0, 0);

        answers.answer("Where did he go to university?");
        answers.answer("Where did he go to university?");

        assertThat(answers.cacheHitRate()).isZero();
    }
}
