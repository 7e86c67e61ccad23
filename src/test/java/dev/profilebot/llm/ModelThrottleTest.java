package dev.profilebot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ModelThrottleTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void should_read_retry_after_in_seconds_or_as_an_http_date() {
        assertThat(ModelThrottle.parseRetryAfter("20", NOW)).contains(Duration.ofSeconds(20));
        assertThat(ModelThrottle.parseRetryAfter(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(ModelThrottle.parseRetryAfter("Mon, 30 Nov 2026 12:00:45 GMT", NOW))
                .contains(Duration.ofSeconds(45));
        assertThat(ModelThrottle.parseRetryAfter("Mon, 30 Nov 2026 11:59:00 GMT", NOW))
                .as("a date in the past")
                .contains(Duration.ZERO);
        assertThat(ModelThrottle.parseRetryAfter("99999999999999999999", NOW)).contains(ModelThrottle.LONGEST);
        assertThat(ModelThrottle.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(ModelThrottle.parseRetryAfter("", NOW)).isEmpty();
        assertThat(ModelThrottle.parseRetryAfter(null, NOW)).isEmpty();
    }

    @Test
    void should_hold_calls_until_the_latest_time_asked_and_no_longer_than_an_hour() {
        AtomicLong nanos = new AtomicLong();
        ModelThrottle throttle = new ModelThrottle(nanos::get);
        assertThat(throttle.remaining()).isZero();

        throttle.holdFor(Duration.ofSeconds(10));
        throttle.holdFor(Duration.ofSeconds(3)); // an earlier time does not shorten the pause
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(throttle.remaining()).isEqualTo(Duration.ofSeconds(6));

        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(throttle.remaining()).isZero();

        throttle.holdFor(Duration.ofDays(1));
        assertThat(throttle.remaining()).isEqualTo(ModelThrottle.LONGEST);
    }
}
