package dev.profilebot.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** An {@link AnswerModel} backed by LangChain4j's chat models of one provider. */
final class LangChain4jAnswerModel implements AnswerModel {

    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final Duration streamDeadline;
    private final String description;

    /** @param streamDeadline the longest a streamed answer may take from request to last token */
    LangChain4jAnswerModel(ChatModel chat, StreamingChatModel streaming, Duration streamDeadline, String description) {
        this.chat = chat;
        this.streaming = streaming;
        this.streamDeadline = streamDeadline;
        this.description = description;
    }

    @Override
    public String complete(ModelPrompt prompt) {
        return text(chat.chat(request(prompt)));
    }

    @Override
    public String stream(ModelPrompt prompt, Consumer<String> partial) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        streaming.chat(request(prompt), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                partial.accept(text);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return text(done.get(streamDeadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new ModelCallException("the streamed answer failed", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            done.cancel(true);
            throw new ModelFailures.ModelTimeoutException(
                    "the streamed answer took longer than " + streamDeadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException("interrupted while waiting for the model", e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    private static ChatRequest request(ModelPrompt prompt) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .build();
    }

    private static String text(ChatResponse response) {
        String text = response == null || response.aiMessage() == null
                ? null
                : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new ModelCallException("the model gave an empty answer");
        }
        return text.strip();
    }
}
