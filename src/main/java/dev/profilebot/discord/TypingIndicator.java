package dev.profilebot.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * The "is typing…" line, shown as soon as a question is taken and kept on while it waits — for a
 * thread, for a model slot, for the model — until the first message of the answer goes out.
 * Discord shows it for ten seconds, so it is sent again every eight; it is never kept on longer
 * than {@link #LONGEST}.
 */
final class TypingIndicator {

    static final Duration REFRESH = Duration.ofSeconds(8);
    static final Duration LONGEST = Duration.ofMinutes(2);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "typing");
        thread.setDaemon(true);
        return thread;
    });

    /** Shows typing in the channel now and until the returned handle is run. */
    Runnable start(MessageChannel channel) {
        send(channel);
        try {
            long refreshes = LONGEST.toMillis() / REFRESH.toMillis();
            AtomicInteger sent = new AtomicInteger();
            ScheduledFuture<?>[] refresh = new ScheduledFuture<?>[1];
            refresh[0] = timer.scheduleAtFixedRate(
                    () -> {
                        if (sent.incrementAndGet() > refreshes) {
                            refresh[0].cancel(false);
                        } else {
                            send(channel);
                        }
                    },
                    REFRESH.toMillis(),
                    REFRESH.toMillis(),
                    TimeUnit.MILLISECONDS);
            return () -> refresh[0].cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> {}; // stopping
        }
    }

    void stop() {
        timer.shutdownNow();
    }

    private static void send(MessageChannel channel) {
        channel.sendTyping().queue(null, failure -> {});
    }
}
