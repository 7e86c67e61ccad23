package dev.profilebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.profilebot.answer.Answer;
import dev.profilebot.chat.MessageSplitter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One answer sent into a Slack channel, DM or thread. While a model writes, previews are sent off
 * the model's stream, on {@code previews}: the first piece posts the message, later pieces update
 * it at most once a second ({@code chat.update}); a preview Slack refuses (a rate limit) is skipped
 * and previews pause for as long as Slack asks, so the answer itself is never lost to a preview. The
 * finished answer replaces the preview, split over as many messages as it needs, the last with the
 * sources in a context block; a rate-limited part is tried once more after Slack's pause. Links
 * never unfurl and nothing in the text is parsed into a mention.
 */
final class SlackReply {

    private static final Logger log = LoggerFactory.getLogger(SlackReply.class);
    static final Duration UPDATE_INTERVAL = Duration.ofSeconds(1);
    /** The longest a finished part waits for Slack's rate limit before it is tried again. */
    static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(5);

    private final MethodsClient web;
    private final String channel;
    private final Optional<String> threadTs;
    private final MessageSplitter splitter;
    private final LongSupplier nanos;
    private final Executor previews;
    /** Told the timestamp of each message the reply creates (the question log ties votes to it). */
    private final java.util.function.Consumer<String> sent;

    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<Void> previewsSent = CompletableFuture.completedFuture(null);
    private String previewTs;
    private long lastUpdate;
    private long pausedUntil;
    private boolean finished;
    private int partsSent;

    SlackReply(
            MethodsClient web,
            String channel,
            Optional<String> threadTs,
            MessageSplitter splitter,
            LongSupplier nanos,
            Executor previews,
            java.util.function.Consumer<String> sent) {
        this.sent = sent;
        this.web = web;
        this.channel = channel;
        this.threadTs = threadTs;
        this.splitter = splitter;
        this.nanos = nanos;
        this.previews = previews;
    }

    /** The next piece of a model's answer; returns at once. */
    synchronized void append(String piece) {
        if (finished) {
            return;
        }
        partial.append(piece);
        previewsSent = previewsSent.thenRunAsync(this::showPreview, previews).exceptionally(failure -> null);
    }

    private synchronized void showPreview() {
        long now = nanos.getAsLong();
        if (finished || now < pausedUntil) {
            return;
        }
        String text = SlackFormat.preview(partial.toString());
        try {
            if (previewTs == null) {
                previewTs = post(text, SlackFormat.blocks(text, ""));
                lastUpdate = now;
            } else if (now - lastUpdate >= UPDATE_INTERVAL.toNanos()) {
                lastUpdate = now;
                update(previewTs, text, SlackFormat.blocks(text, ""));
            }
        } catch (SlackCallException e) {
            pausedUntil =
                    now + e.retryAfter().orElse(UPDATE_INTERVAL.multipliedBy(5)).toNanos();
            log.debug("A preview was not sent ({}); previews pause", e.getMessage());
        }
    }

    /** The whole answer, replacing any preview. */
    synchronized void finish(Answer answer) {
        send(SlackFormat.escape(answer.text()), SlackFormat.sources(answer));
    }

    /** A short reply that is not an answer (a refusal, a notice): escaped, no sources. */
    synchronized void notice(String text) {
        send(SlackFormat.escape(text), "");
    }

    /** Says the answer failed, without replacing any part of it already shown. */
    synchronized void failed(String text) {
        finished = true;
        if (partsSent > 0) {
            post(SlackFormat.escape(text), SlackFormat.blocks(SlackFormat.escape(text), ""));
        } else {
            send(SlackFormat.escape(text), "");
        }
    }

    private void send(String text, String sources) {
        finished = true;
        List<String> parts = splitter.split(text);
        for (int i = partsSent; i < parts.size(); i++) {
            String under = i == parts.size() - 1 ? sources : "";
            List<LayoutBlock> blocks = SlackFormat.blocks(parts.get(i), under);
            String fallback = SlackFormat.fallbackText(parts.get(i), under);
            boolean replacesPreview = i == 0 && previewTs != null;
            retryingOnce(() -> {
                if (replacesPreview) {
                    update(previewTs, fallback, blocks);
                } else {
                    post(fallback, blocks);
                }
            });
            partsSent = i + 1;
        }
    }

    private static void retryingOnce(Runnable call) {
        try {
            call.run();
        } catch (SlackCallException e) {
            if (e.retryAfter().isEmpty()) {
                throw e;
            }
            Duration wait = e.retryAfter().get().compareTo(MAX_RETRY_WAIT) > 0
                    ? MAX_RETRY_WAIT
                    : e.retryAfter().get();
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            call.run();
        }
    }

    private String post(String text, List<LayoutBlock> blocks) {
        String ts = call(
                        "chat.postMessage",
                        () -> web.chatPostMessage(r -> {
                            r.channel(channel)
                                    .text(text)
                                    .blocks(blocks)
                                    .unfurlLinks(false)
                                    .unfurlMedia(false)
                                    .parse("none")
                                    .linkNames(false);
                            threadTs.ifPresent(r::threadTs);
                            return r;
                        }))
                .getTs();
        try {
            sent.accept(ts);
        } catch (RuntimeException e) {
            log.debug("Recording a sent message failed", e);
        }
        return ts;
    }

    private void update(String ts, String text, List<LayoutBlock> blocks) {
        call(
                "chat.update",
                () -> web.chatUpdate(r -> r.channel(channel)
                        .ts(ts)
                        .text(text)
                        .blocks(blocks)
                        .parse("none")
                        .linkNames(false)));
    }

    private interface Call<R> {
        R run() throws IOException, SlackApiException;
    }

    private static <R extends SlackApiTextResponse> R call(String method, Call<R> call) {
        try {
            R response = call.run();
            if (!response.isOk()) {
                throw new SlackCallException(
                        method + " failed: " + response.getError(),
                        "ratelimited".equals(response.getError())
                                ? Optional.of(Duration.ofSeconds(1))
                                : Optional.empty());
            }
            return response;
        } catch (IOException e) {
            throw new SlackCallException(method + " failed: " + e.getClass().getSimpleName(), Optional.empty());
        } catch (SlackApiException e) {
            Optional<Duration> retryAfter = Optional.empty();
            if (e.getResponse().code() == 429) {
                String header = e.getResponse().header("Retry-After");
                long seconds = 1;
                try {
                    seconds = header == null ? 1 : Math.max(0, Long.parseLong(header.strip()));
                } catch (NumberFormatException ignored) {
                    // a malformed header: a second
                }
                retryAfter = Optional.of(Duration.ofSeconds(seconds));
            }
            throw new SlackCallException(
                    method + " failed with HTTP " + e.getResponse().code(), retryAfter);
        }
    }

    /** A Web API call Slack refused or that did not reach it; how long to wait when rate limited. */
    static final class SlackCallException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<Duration> retryAfter;

        SlackCallException(String message, Optional<Duration> retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        Optional<Duration> retryAfter() {
            return retryAfter;
        }
    }
}
