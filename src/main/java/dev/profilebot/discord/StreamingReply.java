package dev.profilebot.discord;

import dev.profilebot.chat.MessageSplitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * An answer shown while it is written: the first piece creates the message, later pieces edit it
 * at most once per interval (and only while the channel's preview budget allows), and the
 * finished answer replaces the preview, split into as many
 * messages as it needs. The platform calls are given as functions, so the same logic serves a
 * reply to a mention and the response to a slash command.
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
    private final StringBuilder partial = new StringBuilder();
    private M firstMessage;
    private long lastUpdate;

    /** @param mayEdit asked before each preview edit: whether the channel's budget allows one now */
    StreamingReply(Sender<M> sender, MessageSplitter splitter, LongSupplier nanos, BooleanSupplier mayEdit) {
        this.sender = sender;
        this.splitter = splitter;
        this.nanos = nanos;
        this.mayEdit = mayEdit;
    }

    /** Takes the next piece of the answer; shows the answer so far if the interval has passed. */
    synchronized void append(String piece) {
        partial.append(piece);
        long now = nanos.getAsLong();
        if (firstMessage == null) {
            firstMessage = sender.first(DiscordFormat.preview(partial.toString()));
            lastUpdate = now;
        } else if (now - lastUpdate >= EDIT_INTERVAL.toNanos() && mayEdit.getAsBoolean()) {
            sender.edit(firstMessage, DiscordFormat.preview(partial.toString()));
            lastUpdate = now;
        }
    }

    /** Shows the whole answer; returns every message it takes. */
    synchronized List<M> finish(String text) {
        List<String> parts = splitter.split(text);
        List<M> sent = new ArrayList<>();
        sent.add(firstMessage == null ? sender.first(parts.get(0)) : sender.edit(firstMessage, parts.get(0)));
        for (String part : parts.subList(1, parts.size())) {
            sent.add(sender.more(part));
        }
        return sent;
    }

    /** A reply sent whole at once, by the same sender. */
    static <M> List<M> whole(Sender<M> sender, MessageSplitter splitter, String text) {
        return new StreamingReply<>(sender, splitter, System::nanoTime, () -> false).finish(text);
    }
}
