package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    @Test
    void should_swap_a_degree_named_in_lower_case_for_the_one_a_follow_up_asks_about() {
        List<ConversationMemory.Turn> history = List.of(
                new ConversationMemory.Turn(
                        "Does she have a master's degree?",
                        "Tamara's education: M.A. in Curriculum & Instruction at University of Colorado Denver."),
                new ConversationMemory.Turn("When did she complete it?", "Tamara finished her M.A. in May 2014."));

        assertThat(FollowUps.swapped("What about her bachelor's?", history)).hasValue("Does she have a bachelor's?");
    }

    @Test
    void should_not_put_a_topic_of_the_persons_in_the_stead_of_the_employer_the_question_before_named() {
        List<ConversationMemory.Turn> history = List.of(
                new ConversationMemory.Turn(
                        "What did she work on at Ping An Technology?", "She built claims fraud models.", true),
                new ConversationMemory.Turn("What were the results of that?", "Fraud recall rose to 78%.", true));

        assertThat(FollowUps.swapped("What about her education?", history)).isEmpty();
        assertThat(FollowUps.swapped(
                        "What about Tencent?",
                        List.of(new ConversationMemory.Turn(
                                "What did she work on at Alibaba?", "Demand forecasting.", true))))
                .hasValue("What did she work on at Tencent?");
    }

    @Test
    void should_ask_where_or_when_alone_of_the_studies_the_question_before_asked_about() {
        List<ConversationMemory.Turn> history = List.of(new ConversationMemory.Turn(
                "What did she study?", "Noor's education: M.Sc. in Computer Science at Ghent University.", true));

        assertThat(FollowUps.elliptical("Where?", history)).hasValue("Where did she study?");
        assertThat(FollowUps.elliptical("And when?", history)).hasValue("When did she study?");
        assertThat(FollowUps.elliptical("Where did she grow up?", history)).isEmpty();
        assertThat(FollowUps.elliptical(
                        "Where?",
                        List.of(new ConversationMemory.Turn(
                                "What did she do at Nordhaven?", "She migrated 220 pipelines.", true))))
                .isEmpty();
    }
}
