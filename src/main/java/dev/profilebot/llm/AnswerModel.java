package dev.profilebot.llm;

import java.util.function.Consumer;

/**
 * The answering model as the rest of profile-bot sees it: a prompt in, text out, blocking or
 * streamed. Which provider stands behind it is decided once, by {@link AnswerModels}.
 */
public interface AnswerModel {

    /** The model's whole answer. */
    String complete(ModelPrompt prompt);

    /** The model's answer, passing each piece of text to {@code partial} as it arrives. */
    String stream(ModelPrompt prompt, Consumer<String> partial);

    /** "openai gpt-4o-mini": for logs and cache keys, never a secret. */
    String describe();
}
