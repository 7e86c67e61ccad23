package dev.profilebot.profile;

import dev.profilebot.profile.facts.DateRanges;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A résumé pasted into a job portal's text box, whose line breaks inside each section were lost:
 * a section is one long paragraph that opens with its name in capitals ("EXPERIENCE Customer
 * Success Manager, Lumenfold Software, Jan 2021 – Present. • Own a book of 40 accounts • … Senior
 * Associate, Lumenfold Software, Jun 2018 – Dec 2020. • …"). Its lines are given back: the
 * section's name on a line of its own, each " • " a bullet, and each dated header that a bullet's
 * last sentence ran into a paragraph of its own.
 */
final class FlattenedText {

    /** A paragraph this long on one line, with a bullet inside it, was a section of several lines. */
    private static final int FLATTENED_CHARS = 300;
    /** Sections that must read so before the text is taken for a flattened one. */
    private static final int FLATTENED_SECTIONS = 3;
    /** A section's name and its text on one line, as long as a few items at least. */
    private static final int SECTION_CHARS = 60;

    private static final Pattern INNER_BULLET = Pattern.compile("\\s+[•·▪]\\s+");
    /** "EXPERIENCE Senior …", "ADDITIONAL INFORMATION Full …": up to four words in capitals, then the text. */
    private static final Pattern CAPITALS_FIRST =
            Pattern.compile("^((?:[\\p{Lu}&/]+\\s+){0,3}[\\p{Lu}&/]{2,})\\s+(\\S.*)$");
    /** A sentence's end and what follows it on the line. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d)%])\\.\\s+(?=\\p{Lu})");
    /** A header that a bullet ran into is short: its title, employer, town and dates. */
    private static final int MAX_HEADER_WORDS = 20;

    private FlattenedText() {}

    /**
     * Whether several paragraphs are single lines that open with a section's name and go on with its
     * text, one of them long and holding bullets.
     */
    static boolean looksLike(String text) {
        List<String> sections = paragraphs(text).stream()
                .map(String::strip)
                .filter(p -> !p.contains("\n") && p.length() >= SECTION_CHARS)
                .filter(p -> sectionName(p).isPresent())
                .toList();
        return sections.size() >= FLATTENED_SECTIONS
                && sections.stream()
                        .anyMatch(p -> p.length() >= FLATTENED_CHARS
                                && INNER_BULLET.matcher(p).find());
    }

    /** The text with its sections' lines given back. */
    static String asPlainText(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            if (paragraph.contains("\n")) {
                out.add(paragraph);
                continue;
            }
            String body = paragraph;
            java.util.Optional<String> name = sectionName(paragraph);
            if (name.isPresent()) {
                out.add(name.get());
                body = paragraph.strip().substring(name.get().length()).strip();
            }
            out.add(String.join("\n", lines(body)));
        }
        return String.join("\n\n", out) + "\n";
    }

    /** The section's name the paragraph opens with, in capitals: the longest one of up to four words. */
    private static java.util.Optional<String> sectionName(String paragraph) {
        Matcher capitals = CAPITALS_FIRST.matcher(paragraph.strip());
        if (!capitals.matches()) {
            return java.util.Optional.empty();
        }
        String[] words = capitals.group(1).split("\\s+");
        for (int k = words.length; k >= 1; k--) {
            String name = String.join(" ", java.util.Arrays.copyOf(words, k));
            if (TextCleanup.SECTION_NAME.matcher(name).matches()) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    /** The body's bullets a line each, and a dated header run into a bullet's end set apart with a blank line. */
    private static List<String> lines(String body) {
        List<String> lines = new ArrayList<>();
        String[] items = INNER_BULLET.split(body);
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            String header = "";
            Matcher end = SENTENCE_END.matcher(item);
            while (end.find()) {
                String rest = item.substring(end.end());
                if (DateRanges.firstRange(rest).isPresent() && rest.split("\\s+").length <= MAX_HEADER_WORDS) {
                    header = rest;
                    item = item.substring(0, end.start() + 1);
                    break;
                }
            }
            lines.add(i == 0 ? item : "- " + item);
            if (!header.isEmpty()) {
                lines.add("");
                lines.add(header);
            }
        }
        return lines;
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.replace("\r", "").split("\\n\\s*\\n"));
    }
}
