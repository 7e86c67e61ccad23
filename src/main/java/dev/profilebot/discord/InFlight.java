package dev.profilebot.discord;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where answers are worked out, off JDA's event threads: a small pool that stops taking work on
 * shutdown and gives the answers already under way a bounded time to finish.
 */
final class InFlight {

    private static final Logger log = LoggerFactory.getLogger(InFlight.class);

    private final ExecutorService pool;

    InFlight(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "answer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** False when shutting down: the work was not taken. */
    boolean submit(Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("Answering failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Stops taking work and waits up to {@code grace} for the answers under way. */
    void drain(Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "{} answers were still being worked out at shutdown",
                        pool.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
