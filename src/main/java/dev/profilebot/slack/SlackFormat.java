package dev.profilebot.slack;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.Source;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an answer reads in Slack: its text in mrkdwn, with every {@code &}, {@code <} and {@code >}
 * escaped so that nothing in a question or a model's answer becomes a {@code <!channel>}, a
 * {@code <!here>}, a user-group mention or a link Slack would notify about; the sources in a
 * context block under it.
 */
final class SlackFormat {

    /** A section block holds at most 3,000 characters. */
    static final int SECTION_LIMIT = 3000;

    static final String FALLBACK_NOTE = "The model is unavailable; this answer comes straight from the profile.";

    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");

    private SlackFormat() {}

    /**
     * Text made inert: Slack's three control characters escaped, a bare {@code @channel}, {@code
     * @here} or {@code @everyone} broken with a word joiner, Markdown bold as mrkdwn bold and
     * Markdown links as Slack links.
     */
    static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        escaped = CROWD.matcher(escaped).replaceAll("@\u2060$1");
        escaped = LINK.matcher(escaped)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        "<" + m.group(2) + "|" + m.group(1).replace("|", "¦") + ">"));
        return BOLD.matcher(escaped).replaceAll("*$1*");
    }

    private static final Pattern CROWD = Pattern.compile("(?i)@(channel|here|everyone)\\b");
    /** A Markdown link to a web address; the address holds no character Slack's link syntax needs. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,200})]\\((https?://[^\\s()<>|]+)\\)");

    /** The sources line of the context block, or empty when there are none. */
    static String sources(Answer answer) {
        StringBuilder line = new StringBuilder();
        if (!answer.sources().isEmpty()) {
            line.append("Sources: ")
                    .append(escape(String.join(
                            "; ", answer.sources().stream().map(Source::label).toList())));
        }
        if (answer.mode() == Answer.Mode.FALLBACK) {
            line.append(line.length() == 0 ? "" : "\n").append(FALLBACK_NOTE);
        }
        return line.toString();
    }

    /** A streamed answer so far. */
    static String preview(String partial) {
        String text = escape(partial) + " …";
        return text.length() <= SECTION_LIMIT ? text : text.substring(0, SECTION_LIMIT - 2) + " …";
    }

    /** One message of an answer: its part in a section block, and the sources under the last part. */
    static List<com.slack.api.model.block.LayoutBlock> blocks(String part, String sources) {
        List<com.slack.api.model.block.LayoutBlock> blocks = new java.util.ArrayList<>();
        blocks.add(com.slack.api.model.block.SectionBlock.builder()
                .text(mrkdwn(part))
                .build());
        if (!sources.isEmpty()) {
            blocks.add(com.slack.api.model.block.ContextBlock.builder()
                    .elements(List.of(mrkdwn(sources)))
                    .build());
        }
        return blocks;
    }

    /** The plain text beside the blocks (notifications, clients without blocks). */
    static String fallbackText(String part, String sources) {
        return sources.isEmpty() ? part : part + "\n" + sources;
    }

    private static com.slack.api.model.block.composition.MarkdownTextObject mrkdwn(String text) {
        return com.slack.api.model.block.composition.MarkdownTextObject.builder()
                .text(text)
                .verbatim(true)
                .build();
    }
}
