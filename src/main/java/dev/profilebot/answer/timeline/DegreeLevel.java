package dev.profilebot.answer.timeline;

import dev.profilebot.profile.facts.Education;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The level of study a question names ("her undergrad", "his PhD"), to answer with those degrees only. */
enum DegreeLevel {
    BACHELOR(
            "\\b(undergrad\\w*|bachelor'?s?|bsc|b\\.sc|ba|b\\.a|beng|b\\.eng|first degree)\\b",
            "^(b|bachelor|licenciatura)"),
    MASTER("\\b(master'?s?|msc|m\\.sc|ma|m\\.a|meng|m\\.eng|mba|postgrad\\w*)\\b", "^(m|master|máster|mba)"),
    DOCTORATE("\\b(phd|ph\\.d|doctorate|doctoral|dphil)\\b", "^(ph|d\\.?\\s?phil|doctor|dr)");

    private final Pattern asked;
    private final Pattern degree;

    DegreeLevel(String asked, String degree) {
        this.asked = Pattern.compile(asked);
        this.degree = Pattern.compile(degree, Pattern.CASE_INSENSITIVE);
    }

    /** The entries of the level the question names, or all of them when it names none (or none match). */
    static List<Education> narrow(String question, List<Education> entries) {
        String q = question.toLowerCase(Locale.ROOT);
        for (DegreeLevel level : values()) {
            if (level.asked.matcher(q).find()) {
                List<Education> matching = entries.stream()
                        .filter(e -> level.degree.matcher(e.degree().strip()).find())
                        .toList();
                return matching.isEmpty() ? entries : matching;
            }
        }
        return entries;
    }
}
