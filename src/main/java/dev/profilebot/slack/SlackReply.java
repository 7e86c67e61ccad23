package dev.profilebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.profilebot.answer.Answer;
import dev.profilebot.chat.MessageSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One answer sent into a Slack channel, DM or thread: while a model writes, the first piece posts
 * the message and later pieces update it at most once a second ({@code chat.update}); the finished
 * answer replaces it, split over as many messages as it needs, the last with the sources in a
 * context block. Links never unfurl.
 */
final class SlackReply {

    static final Duration UPDATE_INTERVAL = Duration.ofSeconds(1);

    private final MethodsClient web;
    private final String channel;
    private final Optional<String> threadTs;
    private final MessageSplitter splitter;
    private final LongSupplier nanos;
    private final StringBuilder partial = new StringBuilder();
    private String previewTs;
    private long lastUpdate;
    private boolean finished;

    SlackReply(
            MethodsClient web,
            String channel,
            Optional<String> threadTs,
            MessageSplitter splitter,
            LongSupplier nanos) {
        this.web = web;
        this.channel = channel;
        this.threadTs = threadTs;
        this.splitter = splitter;
        this.nanos = nanos;
    }

    /** The next piece of a model's answer. */
    synchronized void append(String piece) {
        if (finished) {
            return;
        }
        partial.append(piece);
        long now = nanos.getAsLong();
        if (previewTs == null) {
            previewTs = post(
                    SlackFormat.preview(partial.toString()), List.of(section(SlackFormat.preview(partial.toString()))));
            lastUpdate = now;
        } else if (now - lastUpdate >= UPDATE_INTERVAL.toNanos()) {
            update(
                    previewTs,
                    SlackFormat.preview(partial.toString()),
                    List.of(section(SlackFormat.preview(partial.toString()))));
            lastUpdate = now;
        }
    }

    /** The whole answer, replacing any preview. */
    synchronized void finish(Answer answer) {
        finish(SlackFormat.escape(answer.text()), SlackFormat.sources(answer));
    }

    /** A short reply that is not an answer (a refusal, a notice): escaped, no sources. */
    synchronized void notice(String text) {
        finish(SlackFormat.escape(text), "");
    }

    private void finish(String text, String sources) {
        finished = true;
        List<String> parts = splitter.split(text);
        for (int i = 0; i < parts.size(); i++) {
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(section(parts.get(i)));
            boolean last = i == parts.size() - 1;
            if (last && !sources.isEmpty()) {
                blocks.add(ContextBlock.builder()
                        .elements(List.of(
                                MarkdownTextObject.builder().text(sources).build()))
                        .build());
            }
            String fallback = last && !sources.isEmpty() ? parts.get(i) + "\n" + sources : parts.get(i);
            if (i == 0 && previewTs != null) {
                update(previewTs, fallback, blocks);
            } else {
                post(fallback, blocks);
            }
        }
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder()
                .text(MarkdownTextObject.builder().text(mrkdwn).build())
                .build();
    }

    private String post(String text, List<LayoutBlock> blocks) {
        try {
            ChatPostMessageResponse response = web.chatPostMessage(r -> {
                r.channel(channel).text(text).blocks(blocks).unfurlLinks(false).unfurlMedia(false);
                threadTs.ifPresent(r::threadTs);
                return r;
            });
            if (!response.isOk()) {
                throw new IllegalStateException("chat.postMessage failed: " + response.getError());
            }
            return response.getTs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SlackApiException e) {
            throw new IllegalStateException(
                    "chat.postMessage failed with HTTP " + e.getResponse().code(), e);
        }
    }

    private void update(String ts, String text, List<LayoutBlock> blocks) {
        try {
            var response =
                    web.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks));
            if (!response.isOk()) {
                throw new IllegalStateException("chat.update failed: " + response.getError());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SlackApiException e) {
            throw new IllegalStateException(
                    "chat.update failed with HTTP " + e.getResponse().code(), e);
        }
    }
}
