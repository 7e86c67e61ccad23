package dev.profilebot.discord;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * The "is typing…" line, shown as soon as a question is taken and kept on while it waits — for a
 * thread, for a model slot, for the model — until the first message of the answer goes out.
 * Discord shows it for ten seconds, so it is sent again every eight, never longer than
 * {@link #LONGEST}. One indicator a channel: ten questions waiting in one channel send one typing
 * request, not ten, and a refresh is skipped while the previous one is still on its way.
 */
final class TypingIndicator {

    static final Duration REFRESH = Duration.ofSeconds(8);
    static final Duration LONGEST = Duration.ofMinutes(2);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "typing");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Channel> channels = new HashMap<>();

    /** One channel's indicator: how many questions wait there, and its refresh. */
    private final class Channel {
        private final MessageChannel channel;
        private final AtomicBoolean sending = new AtomicBoolean();
        private final long startedNanos = System.nanoTime();
        private int waiting;
        private ScheduledFuture<?> refresh;

        Channel(MessageChannel channel) {
            this.channel = channel;
        }

        void send() {
            if (System.nanoTime() - startedNanos > LONGEST.toNanos()) {
                refresh.cancel(false);
                return;
            }
            if (sending.compareAndSet(false, true)) {
                channel.sendTyping().queue(done -> sending.set(false), failure -> sending.set(false));
            }
        }
    }

    /** Shows typing in the channel now (unless it shows already) and until the returned handle is run. */
    Runnable start(MessageChannel channel) {
        long id = channel.getIdLong();
        synchronized (channels) {
            Channel typing = channels.get(id);
            if (typing == null) {
                typing = new Channel(channel);
                try {
                    Channel scheduled = typing;
                    typing.refresh = timer.scheduleAtFixedRate(
                            scheduled::send, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    return () -> {}; // stopping
                }
                channels.put(id, typing);
                typing.send();
            }
            typing.waiting++;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        return () -> {
            if (stopped.compareAndSet(false, true)) {
                stop(id);
            }
        };
    }

    private void stop(long id) {
        synchronized (channels) {
            Channel typing = channels.get(id);
            if (typing != null && --typing.waiting == 0) {
                typing.refresh.cancel(false);
                channels.remove(id);
            }
        }
    }

    void stop() {
        timer.shutdownNow();
    }
}
