package dev.profilebot.discord;

import dev.profilebot.chat.MessageSplitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * An answer shown while it is written: the first piece creates the message, later pieces edit it
 * at most once per interval (and only while the channel's preview budget allows), and the
 * finished answer replaces the preview, split into as many messages as it needs. The platform calls
 * are given as functions, so the same logic serves a reply to a mention and the response to a slash
 * command. Previews are sent on {@code sends}, one after another, so the model's stream never waits
 * for Discord (and never holds a model slot while Discord paces a busy channel); a piece that
 * arrives after the answer is finished is ignored.
 */
final class StreamingReply<M> {

    static final Duration EDIT_INTERVAL = Duration.ofSeconds(1);

    /** How the reply reaches the platform. */
    interface Sender<M> {
        /** Sends the first message of the reply. */
        M first(String text);

        /** Replaces the text of a message sent before. */
        M edit(M message, String text);

        /** Sends a further message of the reply. */
        M more(String text);
    }

    private final Sender<M> sender;
    private final MessageSplitter splitter;
    private final LongSupplier nanos;
    private final BooleanSupplier mayEdit;
    private final Executor sends;
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<Void> previews = CompletableFuture.completedFuture(null);
    private boolean finished;
    private M firstMessage;
    private long lastUpdate;

    /**
     * @param mayEdit asked before each preview edit: whether the channel's budget allows one now
     * @param sends where the previews are sent, in order
     */
    StreamingReply(
            Sender<M> sender, MessageSplitter splitter, LongSupplier nanos, BooleanSupplier mayEdit, Executor sends) {
        this.sender = sender;
        this.splitter = splitter;
        this.nanos = nanos;
        this.mayEdit = mayEdit;
        this.sends = sends;
    }

    /** Takes the next piece of the answer; the preview is shown if the interval has passed. */
    synchronized void append(String piece) {
        if (finished) {
            return; // a stream that outlived its answer
        }
        partial.append(piece);
        previews = previews.thenRunAsync(this::showPreview, sends).exceptionally(failure -> null);
    }

    private synchronized void showPreview() {
        if (finished) {
            return;
        }
        long now = nanos.getAsLong();
        if (firstMessage == null) {
            firstMessage = sender.first(DiscordFormat.preview(partial.toString()));
            lastUpdate = now;
        } else if (now - lastUpdate >= EDIT_INTERVAL.toNanos() && mayEdit.getAsBoolean()) {
            sender.edit(firstMessage, DiscordFormat.preview(partial.toString()));
            lastUpdate = now;
        }
    }

    /** Shows the whole answer once the previews under way are sent; returns every message it takes. */
    List<M> finish(String text) {
        CompletableFuture<Void> sending;
        synchronized (this) {
            sending = previews;
        }
        sending.join();
        synchronized (this) {
            finished = true;
            List<String> parts = splitter.split(text);
            List<M> sent = new ArrayList<>();
            sent.add(firstMessage == null ? sender.first(parts.get(0)) : sender.edit(firstMessage, parts.get(0)));
            for (String part : parts.subList(1, parts.size())) {
                sent.add(sender.more(part));
            }
            return sent;
        }
    }

    /** A reply sent whole at once, by the same sender. */
    static <M> List<M> whole(Sender<M> sender, MessageSplitter splitter, String text) {
        return new StreamingReply<>(sender, splitter, System::nanoTime, () -> false, Runnable::run).finish(text);
    }
}
