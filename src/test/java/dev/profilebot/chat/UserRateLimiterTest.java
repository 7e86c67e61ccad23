package dev.profilebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.ManualTimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserRateLimiterTest {

    private final ManualTimeMeter time = new ManualTimeMeter();
    private final UserRateLimiter limiter = new UserRateLimiter(5, time);

    @Test
    void should_let_a_person_ask_five_questions_a_minute_and_say_when_the_next_one_is_allowed() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("ada")).isZero();
        }

        Duration wait = limiter.tryAcquire("ada");

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(12));
        assertThat(limiter.tryAcquire("grace")).isZero();
    }

    @Test
    void should_let_them_ask_again_once_the_bucket_refilled() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("ada");
        }
        time.advance(Duration.ofSeconds(12));

        assertThat(limiter.tryAcquire("ada")).isZero();
        assertThat(limiter.tryAcquire("ada")).isPositive();
    }

    @Test
    void should_answer_a_repeated_delivery_once() {
        DeliveryDeduplicator deduplicator = new DeliveryDeduplicator(time::currentTimeNanos);

        assertThat(deduplicator.firstDelivery("m1")).isTrue();
        assertThat(deduplicator.firstDelivery("m1")).isFalse();
        assertThat(deduplicator.firstDelivery("m2")).isTrue();
    }
}
