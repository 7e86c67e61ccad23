package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.config.ConversationSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConversationMemoryTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ConversationMemory memory =
            new ConversationMemory(new ConversationSettings(2, Duration.ofMinutes(30), 100), nanos::get);

    @Test
    void should_keep_a_window_of_the_latest_turns_per_conversation() {
        memory.remember("a", "q1", "a1");
        memory.remember("a", "q2", "a2");
        memory.remember("a", "q3", "a3");
        memory.remember("b", "other", "answer");

        assertThat(memory.history("a"))
                .containsExactly(new ConversationMemory.Turn("q2", "a2"), new ConversationMemory.Turn("q3", "a3"));
        assertThat(memory.history("b")).hasSize(1);
        assertThat(memory.history("unknown")).isEmpty();
    }

    @Test
    void should_forget_a_conversation_after_a_quiet_spell() {
        memory.remember("a", "q1", "a1");

        nanos.addAndGet(Duration.ofMinutes(29).toNanos());
        assertThat(memory.history("a")).hasSize(1);

        nanos.addAndGet(Duration.ofMinutes(31).toNanos());
        assertThat(memory.history("a")).isEmpty();
    }

    @Test
    void should_remember_nothing_when_turned_off() {
        ConversationMemory off =
                new ConversationMemory(new ConversationSettings(0, Duration.ofMinutes(30), 100), nanos::get);

        off.remember("a", "q1", "a1");

        assertThat(off.history("a")).isEmpty();
    }

    @Test
    void should_tell_follow_ups_from_questions_that_stand_alone() {
        List<ConversationMemory.Turn> history =
                List.of(new ConversationMemory.Turn("What did he do at Canonical?", "..."));

        assertThat(FollowUps.isFollowUp("and before that?", history)).isTrue();
        assertThat(FollowUps.isFollowUp("What stack did he use there?", history))
                .isTrue();
        assertThat(FollowUps.isFollowUp("Which web frameworks does he use for building APIs?", history))
                .isFalse();
        assertThat(FollowUps.isFollowUp("and before that?", List.of())).isFalse();
        assertThat(FollowUps.isFollowUp("Different question: what's her notice period?", history))
                .isFalse();
        assertThat(FollowUps.retrievalQuery("and before that?", history))
                .isEqualTo("What did he do at Canonical? and before that?");
    }

    @Test
    void should_carry_the_question_a_chain_of_follow_ups_leans_on() {
        List<ConversationMemory.Turn> history = List.of(
                new ConversationMemory.Turn("Which web frameworks does he use for building APIs?", "..."),
                new ConversationMemory.Turn("Where did she do her PhD?", "..."),
                new ConversationMemory.Turn("When did she finish it?", "..."));

        assertThat(FollowUps.retrievalQuery("Who supervised it?", history))
                .isEqualTo("Where did she do her PhD? When did she finish it? Who supervised it?");
    }

    @Test
    void should_read_a_question_after_an_acknowledgement_or_after_an_answer_the_profile_lacked_on_its_own() {
        List<ConversationMemory.Turn> notCovered =
                List.of(new ConversationMemory.Turn("What's her notice period?", "The profile doesn't say.", false));

        // a short question after an answer the profile did not have leans on nothing
        assertThat(FollowUps.isFollowUp("Which meetup does she help run?", notCovered))
                .isFalse();
        assertThat(FollowUps.retrievalQuery("Fine. And what about talks then?", notCovered))
                .isEqualTo("And what about talks then?");
        assertThat(FollowUps.retrievalQuery(
                        "Fair enough. When was that?",
                        List.of(new ConversationMemory.Turn("Did she teach Year 6?", "Yes: at Kirkstall."))))
                .isEqualTo("Did she teach Year 6? When was that?");
        assertThat(Question.withoutAcknowledgement("Fair enough. What was his PhD about?"))
                .isEqualTo("What was his PhD about?");
        assertThat(Question.withoutAcknowledgement("Right to work in the UK?")).isEqualTo("Right to work in the UK?");
    }
}
