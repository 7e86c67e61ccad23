package dev.profilebot.privacy;

import java.util.function.Consumer;

/**
 * Passes a streamed answer on a sentence at a time, each through the privacy guard, so a private
 * detail a model starts to write is never shown even in part. What is left when the stream ends is
 * passed on by {@link #finish}.
 */
public final class GuardedStream implements Consumer<String> {

    private final PrivacyGuard guard;
    private final Consumer<String> out;
    private final StringBuilder pending = new StringBuilder();
    private boolean emitted;

    public GuardedStream(PrivacyGuard guard, Consumer<String> out) {
        this.guard = guard;
        this.out = out;
    }

    @Override
    public void accept(String piece) {
        pending.append(piece);
        int end = lastSentenceEnd();
        if (end > 0) {
            out.accept(guard.guard(pending.substring(0, end)));
            pending.delete(0, end);
            emitted = true;
        }
    }

    public void finish() {
        if (pending.length() > 0) {
            out.accept(guard.guard(pending.toString()));
            pending.setLength(0);
            emitted = true;
        }
    }

    /** Whether any text was passed on. */
    boolean emitted() {
        return emitted;
    }

    /** Just past the last sentence end followed by white space (". ", "?\n"), or 0. */
    private int lastSentenceEnd() {
        for (int i = pending.length() - 1; i > 0; i--) {
            char c = pending.charAt(i);
            char before = pending.charAt(i - 1);
            if (Character.isWhitespace(c) && (before == '.' || before == '!' || before == '?' || before == '\n')) {
                return i + 1;
            }
            if (c == '\n') {
                return i + 1;
            }
        }
        return 0;
    }
}
