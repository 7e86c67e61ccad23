package dev.profilebot.discord;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where answers are worked out, off JDA's event threads. A question mostly waits — for the model,
 * or for a model slot, both bounded in time by the model's gate — so there are threads enough for
 * a crowd (started as needed, stopped when idle), and a question is never queued behind model
 * calls until every thread is taken; past that a bounded queue holds the rest, and past that the
 * asker is told to ask again. On shutdown it stops taking work, gives the answers under way a
 * bounded time, and tells each asker still queued that the bot is restarting.
 */
final class InFlight {

    /** Threads working out answers at once; most of them wait on the model. */
    static final int THREADS = 128;
    /** Questions held when every thread is busy. */
    static final int QUEUED = 1_000;

    private static final Logger log = LoggerFactory.getLogger(InFlight.class);

    /** Whether a question was taken. */
    enum Taken {
        YES,
        /** Every thread and the queue are full: ask again later. */
        FULL,
        /** Shutting down. */
        STOPPING
    }

    private final ThreadPoolExecutor pool;
    /** Where previews of answers being written are sent, off the model's stream. */
    private final ExecutorService sends;

    private Counter full;

    InFlight() {
        this(THREADS, QUEUED);
    }

    InFlight(int threads, int queued) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queued), task -> {
                    Thread thread = new Thread(task, "answer-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        AtomicInteger sendCount = new AtomicInteger();
        this.sends = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "discord-send-" + sendCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    Executor sends() {
        return sends;
    }

    /** Reports the questions queued for a thread as {@code profilebot.discord.queued}. */
    InFlight measuredBy(MeterRegistry metrics) {
        Gauge.builder("profilebot.discord.queued", pool, p -> p.getQueue().size())
                .description("Questions waiting for a thread to work out their answer")
                .register(metrics);
        full = Counter.builder("profilebot.discord.turned_away")
                .description("Questions not taken because every thread and the queue were full")
                .register(metrics);
        return this;
    }

    /**
     * @param dropped run instead of {@code work} when the bot stops before it started: tells the
     *     asker, so a question taken is never silently lost
     */
    Taken submit(Runnable work, Runnable dropped) {
        if (pool.isShutdown()) {
            return Taken.STOPPING;
        }
        try {
            pool.execute(new Work(work, dropped));
            return Taken.YES;
        } catch (RejectedExecutionException e) {
            if (pool.isShutdown()) {
                return Taken.STOPPING;
            }
            if (full != null) {
                full.increment();
            }
            return Taken.FULL;
        }
    }

    /**
     * Stops taking work and waits up to {@code grace} for the answers under way and queued; the
     * ones still queued then are dropped, their askers told.
     */
    void drain(Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                List<Runnable> queued = pool.shutdownNow();
                log.warn(
                        "{} answers were still being worked out at shutdown; {} askers queued were told to ask again",
                        pool.getActiveCount(),
                        queued.size());
                queued.forEach(work -> ((Work) work).drop());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow().forEach(work -> ((Work) work).drop());
        } finally {
            sends.shutdown();
        }
    }

    /** A question's work, and what to do if it never starts. */
    private record Work(Runnable work, Runnable dropped) implements Runnable {
        @Override
        public void run() {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Answering failed", e);
            }
        }

        void drop() {
            try {
                dropped.run();
            } catch (RuntimeException e) {
                log.debug("Could not tell a queued asker the bot is stopping", e);
            }
        }
    }
}
