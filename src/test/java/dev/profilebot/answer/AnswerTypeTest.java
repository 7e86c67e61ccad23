package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {

    @Test
    void should_take_a_line_naming_a_country_for_an_answer_to_whether_he_worked_abroad() {
        AnswerType type = AnswerType.of("Has he worked abroad?");

        assertThat(type.isAnsweredBy("start-ups at customer plants in Germany, the Czech Republic and Hungary"))
                .isTrue();
        assertThat(type.isAnsweredBy("planning preventive maintenance, working with spare parts suppliers"))
                .isFalse();
    }

    @Test
    void should_want_a_number_for_how_many_and_a_date_for_when() {
        assertThat(AnswerType.of("How many people does she manage?").isAnsweredBy("Lead a team of 6 engineers"))
                .isTrue();
        assertThat(AnswerType.of("When did she join?").isAnsweredBy("Joined in March 2021"))
                .isTrue();
        assertThat(AnswerType.of("When did she join?").isAnsweredBy("Joined the platform team"))
                .isFalse();
    }
}
