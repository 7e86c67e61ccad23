package dev.profilebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.chat.MessageSplitter;
import dev.profilebot.testing.ManualTimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewEditsTest {

    private final ManualTimeMeter time = new ManualTimeMeter();
    private final PreviewEdits previews = new PreviewEdits(time);

    @Test
    void should_allow_five_previews_per_five_seconds_in_a_channel() {
        for (int i = 0; i < PreviewEdits.PER_WINDOW; i++) {
            assertThat(previews.mayEdit(1)).isTrue();
        }
        assertThat(previews.mayEdit(1)).isFalse();
        assertThat(previews.mayEdit(2)).as("another channel has its own budget").isTrue();

        time.advance(Duration.ofSeconds(1));
        assertThat(previews.mayEdit(1)).isTrue();
        assertThat(previews.mayEdit(1)).isFalse();
    }

    @Test
    void should_skip_previews_over_the_budget_but_always_show_the_finished_answer() {
        // given two answers streamed at once in one channel, a piece every second for six seconds
        List<String> edits = new ArrayList<>();
        StreamingReply.Sender<String> sender = new StreamingReply.Sender<>() {
            @Override
            public String first(String text) {
                return "message";
            }

            @Override
            public String edit(String message, String text) {
                edits.add(text);
                return message;
            }

            @Override
            public String more(String text) {
                return "more";
            }
        };
        MessageSplitter splitter = new MessageSplitter(2000);
        List<StreamingReply<String>> replies = List.of(
                new StreamingReply<>(
                        sender, splitter, time::currentTimeNanos, () -> previews.mayEdit(7), Runnable::run),
                new StreamingReply<>(
                        sender, splitter, time::currentTimeNanos, () -> previews.mayEdit(7), Runnable::run));

        // when
        for (int second = 0; second <= 6; second++) {
            for (StreamingReply<String> reply : replies) {
                reply.append("word ");
            }
            time.advance(Duration.ofSeconds(1));
        }
        replies.forEach(reply -> reply.finish("The whole answer."));

        // then: 12 previews were due; the budget (5, refilled one a second) allowed 10, and both answers finished
        assertThat(edits).hasSize(10 + 2);
        assertThat(edits.subList(edits.size() - 2, edits.size())).containsOnly("The whole answer.");
    }
}
