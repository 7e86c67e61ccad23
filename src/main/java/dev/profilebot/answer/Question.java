package dev.profilebot.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * A question as a chat platform hands it over: its text, and the conversation it belongs to (a
 * Discord channel, thread or DM; a terminal session), which keys the conversation memory.
 */
public record Question(String text, Optional<String> conversation) {
    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(conversation, "conversation");
    }

    /** A question outside any conversation: no memory. */
    public static Question standalone(String text) {
        return new Question(text, Optional.empty());
    }

    public static Question in(String conversation, String text) {
        return new Question(text, Optional.of(conversation));
    }
}
