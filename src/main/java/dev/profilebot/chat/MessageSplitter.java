package dev.profilebot.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long answer into messages a chat platform accepts (Discord: 2,000 characters): at a
 * paragraph break if there is one in reach, else at a line or sentence end, else at a space, else
 * anywhere. Nothing is dropped: the separators stay at the end of a part. A code fence open at a
 * cut is closed at the end of the part ({@code "\n```"}) and reopened with its language at the
 * start of the next ({@code "```lang\n"}), so every part renders on its own.
 */
public final class MessageSplitter {

    private static final String FENCE = "```";

    private final int limit;

    public MessageSplitter(int limit) {
        if (limit < 40) {
            throw new IllegalArgumentException("limit must leave room for fences, got " + limit);
        }
        this.limit = limit;
    }

    public List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        String reopen = "";
        while (!rest.isEmpty()) {
            String candidate = reopen + rest;
            if (candidate.length() <= limit && !opensFence(candidate)) {
                parts.add(candidate);
                break;
            }
            // room for a closing fence on its own line, should the cut fall inside a code block
            int room = limit - (FENCE.length() + 1) - reopen.length();
            if (room < 1) {
                throw new IllegalArgumentException("a code fence language longer than the limit");
            }
            int cut = cutPoint(rest, Math.min(room, rest.length()));
            String part = reopen + rest.substring(0, cut);
            String language = openFenceLanguage(part);
            if (language != null) {
                part = part + "\n" + FENCE;
                reopen = FENCE + language + "\n";
            } else {
                reopen = "";
            }
            parts.add(part);
            rest = rest.substring(cut);
        }
        return parts;
    }

    /** Where to cut within the first {@code max} characters: the latest good boundary. */
    private static int cutPoint(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int paragraph = text.lastIndexOf("\n\n", max - 2);
        if (paragraph > max / 2) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', max - 1);
        if (line > max / 2) {
            return line + 1;
        }
        for (int i = max - 1; i > max / 2; i--) {
            char c = text.charAt(i);
            if ((c == ' ') && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        int space = text.lastIndexOf(' ', max - 1);
        if (space > 0) {
            return space + 1;
        }
        // one long word: cut it, but never between the halves of a surrogate pair
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    /** The language of the code fence left open at the end of this text, or null if none is open. */
    static String openFenceLanguage(String text) {
        String language = null;
        int from = 0;
        while (true) {
            int fence = text.indexOf(FENCE, from);
            if (fence < 0) {
                return language;
            }
            if (language == null) {
                int end = text.indexOf('\n', fence);
                language =
                        end < 0 ? text.substring(fence + FENCE.length()) : text.substring(fence + FENCE.length(), end);
                language = language.strip();
            } else {
                language = null;
            }
            from = fence + FENCE.length();
        }
    }

    private static boolean opensFence(String text) {
        return openFenceLanguage(text) != null;
    }
}
