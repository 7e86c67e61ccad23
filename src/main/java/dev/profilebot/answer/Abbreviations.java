package dev.profilebot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an abbreviation stands for, where a document spells it out beside it: "electronic
 * prescribing and medicines administration (EPMA)" or "CSO (Clinical Safety Officer)". The words
 * spelled out must give the abbreviation's letters by their initials, small words ("and", "of")
 * optional, a hyphenated word by each of its parts or by its first.
 */
final class Abbreviations {

    private static final Set<String> SMALL_WORDS = Set.of(
            "and", "of", "for", "the", "in", "on", "to", "a", "an", "&", "de", "du", "des", "la", "le", "y", "und");
    /** At most this many words spell out an abbreviation. */
    private static final int MAX_WORDS = 12;

    private Abbreviations() {}

    static Optional<String> spelledOut(String text, String abbreviation) {
        String letters = abbreviation.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2) {
            return Optional.empty();
        }
        Matcher before = Pattern.compile("\\(\\s*" + Pattern.quote(abbreviation) + "\\s*\\)")
                .matcher(text);
        while (before.find()) {
            List<String> words = wordsBefore(text.substring(0, before.start()));
            for (int k = 1; k <= Math.min(MAX_WORDS, words.size()); k++) {
                List<String> phrase = words.subList(words.size() - k, words.size());
                if (!SMALL_WORDS.contains(phrase.get(0).toLowerCase(Locale.ROOT)) && spells(phrase, letters)) {
                    return Optional.of(String.join(" ", phrase));
                }
            }
        }
        Matcher after = Pattern.compile("\\b" + Pattern.quote(abbreviation) + "\\s*\\(([^()]{3,160})\\)")
                .matcher(text);
        while (after.find()) {
            String inside = after.group(1).strip();
            if (spells(List.of(inside.split("\\s+")), letters)) {
                return Optional.of(inside);
            }
        }
        return Optional.empty();
    }

    /** The words before a point, back to the start of their clause. */
    private static List<String> wordsBefore(String text) {
        String[] raw = text.strip().split("\\s+");
        List<String> words = new ArrayList<>();
        for (int i = raw.length - 1; i >= 0 && words.size() < MAX_WORDS; i--) {
            String word = raw[i].replaceAll("^[\"'“‘(\\[]+|[\"'”’)\\],]+$", "");
            if (i < raw.length - 1 && raw[i].matches(".*[.:;!?]$")) {
                break; // the clause before
            }
            if (word.isEmpty()) {
                break;
            }
            words.add(0, word);
        }
        return words;
    }

    /** Whether the words' initials give the letters, small words and hyphen parts as they fit. */
    private static boolean spells(List<String> words, String letters) {
        return spells(words, 0, letters, 0);
    }

    private static boolean spells(List<String> words, int w, String letters, int l) {
        if (w == words.size()) {
            return l == letters.length();
        }
        String word = words.get(w).toLowerCase(Locale.ROOT);
        if (SMALL_WORDS.contains(word) && spells(words, w + 1, letters, l)) {
            return true;
        }
        if (l >= letters.length()) {
            return false;
        }
        String[] parts = word.split("-");
        // each part of a hyphenated word gives a letter ("decision-support": DS), or the first alone
        StringBuilder partInitials = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                partInitials.append(part.charAt(0));
            }
        }
        String all = partInitials.toString();
        if (parts.length > 1 && letters.startsWith(all, l) && spells(words, w + 1, letters, l + all.length())) {
            return true;
        }
        return !word.isEmpty() && word.charAt(0) == letters.charAt(l) && spells(words, w + 1, letters, l + 1);
    }
}
