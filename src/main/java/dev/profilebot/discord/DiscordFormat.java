package dev.profilebot.discord;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.Source;

/** How an answer reads in Discord: the text, then its sources and any note in small print. */
final class DiscordFormat {

    static final int MESSAGE_LIMIT = 2000;
    static final String FALLBACK_NOTE = "-# The model is unavailable; this answer comes straight from the profile.";

    private DiscordFormat() {}

    static String render(Answer answer) {
        StringBuilder text = new StringBuilder(answer.text());
        if (!answer.sources().isEmpty()) {
            text.append("\n-# Sources: ")
                    .append(String.join(
                            "; ", answer.sources().stream().map(Source::label).toList()));
        }
        if (answer.mode() == Answer.Mode.FALLBACK) {
            text.append('\n').append(FALLBACK_NOTE);
        }
        return text.toString();
    }

    /** A streamed answer so far, cut to fit one message while it grows. */
    static String preview(String partial) {
        String text = partial + " …";
        return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 2) + " …";
    }
}
