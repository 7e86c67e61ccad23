package dev.profilebot.profile;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into sentences: every line break ends one, and within a line the JDK's sentence
 * rules apply, except after common abbreviations ("e.g.", "cf.", "ie.") and before a lower-case
 * continuation, where a full stop does not end a sentence.
 */
public final class SentenceSplitter {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|ie|eg|cf|etc|vs|viz|approx|incl|dept|esp|fig|no|dr|mr|mrs|ms|prof|st|sr|jr|inc|ltd|pvt|pty|co|corp|cat|[a-z])\\.$");
    private static final Pattern STARTS_LOWER = Pattern.compile("^[\\p{Ll}\\p{N}(]");

    private SentenceSplitter() {}

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        // "Dutch · ●●●●●", "English · ●●●●○": lines of one word each, a list's items, read as one sentence
        List<String> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (ONE_WORD.matcher(trimmed).matches()) {
                items.add(trimmed);
                continue;
            }
            addItems(items, sentences);
            splitLine(trimmed, sentences);
        }
        addItems(items, sentences);
        return sentences;
    }

    /** A line whose only word is one, beside a rating or marks: "Dutch · ●●●●●", "Python", "– Kotlin". */
    private static final Pattern ONE_WORD =
            Pattern.compile("[^\\p{L}\\p{N}]*[\\p{L}][\\p{L}\\p{N}+#.'-]*[^\\p{L}\\p{N}]*");

    private static void addItems(List<String> items, List<String> sentences) {
        if (items.size() == 1) {
            splitLine(items.get(0), sentences);
        } else if (items.size() > 1) {
            sentences.add(String.join("; ", items));
        }
        items.clear();
    }

    private static void splitLine(String line, List<String> out) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(line);
        StringBuilder current = new StringBuilder();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String piece = line.substring(start, end).strip();
            if (piece.isEmpty()) {
                continue;
            }
            boolean continues = current.length() > 0
                    && (ABBREVIATION.matcher(current).find()
                            || STARTS_LOWER.matcher(piece).find());
            if (current.length() > 0 && !continues) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(piece);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
    }
}
