package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for the converters that write a résumé's fields out as Markdown. */
final class MarkdownText {

    private MarkdownText() {}

    /** A line's start that Markdown would read as markup of its own: a heading, a quotation, a list item, a tag. */
    private static final java.util.regex.Pattern MARKDOWN_START =
            java.util.regex.Pattern.compile("^(#|>|<|[-*+](?=\\s)|\\d+[.)](?=\\s))");

    /**
     * The line with a backslash before a start that would read as Markdown syntax; in "1. Designed …" before
     * the dot, since Markdown escapes only punctuation and would keep a backslash before a digit.
     */
    static String escapeLineStart(String line) {
        java.util.regex.Matcher start = MARKDOWN_START.matcher(line);
        if (!start.find()) {
            return line;
        }
        int at = Character.isDigit(line.charAt(0)) ? start.end() - 1 : 0;
        return line.substring(0, at) + "\\" + line.substring(at);
    }

    /** The first value that is not empty, or "". */
    static String first(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** The values that are not empty, joined. */
    static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                present.add(part);
            }
        }
        return String.join(separator, present);
    }

    /** A block of its own (a heading, a paragraph, a list item), unless it holds nothing. */
    static void line(StringBuilder md, String text) {
        if (!text.isBlank() && !text.equals("# ") && !text.equals("- ") && !text.equals("### ")) {
            md.append(text.strip()).append("\n\n");
        }
    }
}
