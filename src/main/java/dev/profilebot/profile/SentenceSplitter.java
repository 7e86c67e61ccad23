package dev.profilebot.profile;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into sentences: every line break ends one, and within a line the JDK's sentence
 * rules apply, except after common abbreviations ("e.g.", "cf.", "ie."), before a lower-case
 * continuation or a comma, and inside brackets or quotation marks closed later on the line, where a full stop
 * does not end a sentence.
 */
public final class SentenceSplitter {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|ie|eg|cf|etc|vs|viz|approx|incl|dept|esp|fig|no|dr|mr|mrs|ms|prof|st|sr|jr|inc|ltd|pvt|pty|co|corp|cat|[a-z]|(?:[a-z]\\.){1,2}[a-z]"
                    // a degree's letters: "B.Sc.", "M.Eng.", "Ph.D."
                    + "|[a-z]\\.[a-z]{2,4}|ph\\.d)\\.$");
    private static final Pattern STARTS_LOWER = Pattern.compile("^[\\p{Ll}\\p{N}(]");
    /** A day's number with its full stop, as German writes it: "zum 1.", "am 14.". */
    private static final Pattern DAY_NUMBER_AT_END = Pattern.compile("(?:^|\\s)\\d{1,2}\\.$");
    /** A month's name and a year: "Juli 2025", "März 2019". */
    private static final Pattern MONTH_AND_YEAR = Pattern.compile("\\p{Lu}\\p{Ll}{2,9}\\.?\\s+(?:19|20)\\d\\d\\b");

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
            if (ENTRY.matcher(trimmed).lookingAt() && trimmed.length() <= MAX_ENTRY) {
                // "13. · Thornbury RL, Delgado A. Mobile produce markets …. Am J Public Health. 2024;114(2):189-198.",
                // "2021–2026 · NIH/NHLBI R01 HL158842. “Mobile Produce Markets …” Role: PI. Total costs: $3,148,560":
                // a numbered or dated entry is one fact, its full stops only parting its fields
                sentences.add(trimmed);
                continue;
            }
            splitLine(trimmed, sentences);
        }
        addItems(items, sentences);
        return sentences;
    }

    /** A list's entry by its number ("13. · ", "[4] ") or its dates before a separator ("2021–2026 · "). */
    private static final Pattern ENTRY = Pattern.compile("(?:\\d{1,3}\\.\\s*·|\\[\\d{1,3}\\]|(?:19|20)\\d\\d"
            + "(?:\\s*[–—-]\\s*(?:(?:19|20)\\d\\d|present|now|current))?\\s*·)\\s+\\S");
    /** An entry longer than this is a paragraph of its own, its sentences apart. */
    private static final int MAX_ENTRY = 320;

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

    /**
     * A piece that goes on with the one before: a comma, a closing bracket or quotation mark first, or an initial
     * ("107 Nw." then "U. L. Rev. 1187").
     */
    private static final Pattern STARTS_WITHIN = Pattern.compile("^([,;:)\\]”’]|\\p{Lu}\\.(\\s|$))");

    /** Whether the text so far leaves a bracket (or quotation) open that the next piece closes. */
    private static boolean closesWhatIsOpen(CharSequence before, String piece, char open, char close) {
        int depth = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            depth += c == open ? 1 : c == close && depth > 0 ? -1 : 0;
        }
        int closes = piece.indexOf(close);
        int opens = piece.indexOf(open);
        return depth > 0 && closes >= 0 && (opens < 0 || closes < opens);
    }

    /** A citation's opening: its title in quotation marks. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"]\\p{L}");
    /** Where a cited work appeared, and when: "Journal of Political Economy, 2023", "Revise and resubmit, …". */
    private static final Pattern VENUE = Pattern.compile(
            "\\p{Lu}[^.;“”\"]{2,100}?,\\s*(?:19|20)\\d\\d\\b"
                    + "|(?i:revise and resubmit|forthcoming|submitted|under review|accepted|in press|conditionally accepted)\\b");

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
            String sofar = current.toString().strip();
            boolean continues = !sofar.isEmpty()
                    && (ABBREVIATION.matcher(sofar).find()
                            || STARTS_LOWER.matcher(piece).find()
                            // "“Who Pays for Small Claims?,” 107 Nw. U. L. Rev.": the title's question mark
                            || STARTS_WITHIN.matcher(piece).find()
                            // "der 1." then "Juli 2025": a German or a Scandinavian day, its month and year after it
                            || DAY_NUMBER_AT_END.matcher(sofar).find()
                                    && MONTH_AND_YEAR.matcher(piece).lookingAt()
                            // "(N.D." then "Ill.) – Obtained …": a bracket or a quotation closed further on
                            || closesWhatIsOpen(sofar, piece, '(', ')')
                            || closesWhatIsOpen(sofar, piece, '“', '”')
                            // "“Who Refinances? …” (with Mei-Ling Zhou)." then "Journal of Political Economy, 2023,
                            // 131(9): 2466–2511.": a quoted title and where it appeared, one citation
                            || QUOTED_TITLE.matcher(sofar).lookingAt()
                                    && VENUE.matcher(piece).lookingAt());
            if (!sofar.isEmpty() && !continues) {
                out.add(sofar);
                current.setLength(0);
            }
            // the piece as written, with the space before it when there was one
            current.append(line, start, end);
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
    }
}
