package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void should_cite_a_section_once_when_two_facts_come_from_it() {
        Answer answer = new Answer(
                "Megan Pryce currently works at Cardiff Royal Infirmary as Senior Nurse (since 2016). Led a ward.",
                List.of(
                        new Source("cv.md", "Experience › Senior Nurse, Cardiff Royal Infirmary", 1.0),
                        new Source("cv.md", "Experience › Senior Nurse, Cardiff Royal Infirmary", 0.8),
                        new Source("cv.md", "Education", 0.7)),
                Answer.Mode.OFFLINE,
                Answer.Outcome.ANSWERED,
                0);

        assertThat(answer.sources().stream().map(Source::label))
                .containsExactly("cv.md › Experience › Senior Nurse, Cardiff Royal Infirmary", "cv.md › Education");
    }
}
