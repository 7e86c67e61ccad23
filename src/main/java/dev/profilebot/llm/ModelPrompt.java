package dev.profilebot.llm;

import java.util.Objects;

/** What is sent to the answering model: the system prompt and the user message. */
public record ModelPrompt(String system, String user) {
    public ModelPrompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }
}
