package dev.profilebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InFlightTest {

    private final List<String> told = new CopyOnWriteArrayList<>();
    private final List<String> answered = new CopyOnWriteArrayList<>();

    @Test
    void should_take_no_more_than_its_queue_and_say_so() throws InterruptedException {
        // given
        InFlight inFlight = new InFlight(1, 2);
        CountDownLatch release = new CountDownLatch(1);

        // when
        InFlight.Taken first = inFlight.submit(() -> await(release), () -> told.add("first"));
        InFlight.Taken second = inFlight.submit(() -> answered.add("second"), () -> told.add("second"));
        InFlight.Taken third = inFlight.submit(() -> answered.add("third"), () -> told.add("third"));
        InFlight.Taken fourth = inFlight.submit(() -> answered.add("fourth"), () -> told.add("fourth"));
        release.countDown();
        inFlight.drain(Duration.ofSeconds(5));

        // then
        assertThat(List.of(first, second, third)).containsOnly(InFlight.Taken.YES);
        assertThat(fourth).isEqualTo(InFlight.Taken.FULL);
        assertThat(answered).containsExactly("second", "third");
        assertThat(told).isEmpty();
        assertThat(inFlight.submit(() -> answered.add("late"), () -> {})).isEqualTo(InFlight.Taken.STOPPING);
    }

    @Test
    void should_stop_within_its_grace_with_a_full_queue_and_tell_every_asker_still_queued() {
        // given one answer that takes far longer than the grace, and a full queue behind it
        InFlight inFlight = new InFlight(1, 3);
        CountDownLatch never = new CountDownLatch(1);
        inFlight.submit(() -> await(never), () -> told.add("working"));
        for (String asker : List.of("a", "b", "c")) {
            inFlight.submit(() -> answered.add(asker), () -> told.add(asker));
        }

        // when
        long start = System.nanoTime();
        inFlight.drain(Duration.ofMillis(300));
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(millis).isLessThan(2_000);
        assertThat(answered).isEmpty();
        assertThat(told).containsExactly("a", "b", "c");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
