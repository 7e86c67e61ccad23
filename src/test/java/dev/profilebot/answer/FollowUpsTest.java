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
}
