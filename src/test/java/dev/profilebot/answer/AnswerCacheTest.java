package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final AnswerCache cache = new AnswerCache(100, Duration.ofMinutes(10), ticker);
    private final Answer answer = new Answer("Lambda.", List.of(), Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 3);

    @Test
    void should_treat_case_spacing_and_closing_punctuation_as_the_same_question() {
        cache.put("hash", "Where does he work now?", answer);

        assertThat(cache.get("hash", "  where does he   WORK now ")).contains(answer);
        assertThat(cache.get("hash", "Where does he work?")).isEmpty();
    }

    @Test
    void should_never_serve_an_answer_of_another_profile_version() {
        cache.put("old-hash", "Where does he work now?", answer);

        assertThat(cache.get("new-hash", "Where does he work now?")).isEmpty();
    }

    @Test
    void should_forget_answers_after_their_time_to_live() {
        cache.put("hash", "q", answer);

        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(cache.get("hash", "q")).contains(answer);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(cache.get("hash", "q")).isEmpty();
    }
}
