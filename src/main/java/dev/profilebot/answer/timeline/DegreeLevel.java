package dev.profilebot.answer.timeline;

import dev.profilebot.profile.facts.Education;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The level of study a question names ("her undergrad", "his PhD"), to answer with those degrees only. */
enum DegreeLevel {
    BACHELOR(
            "a bachelor's degree",
            "\\b(undergrad\\w*|bachelor'?s?|bsc|b\\.sc|ba|b\\.a|beng|b\\.eng|first degree)\\b",
            "^(b|bachelor|licenciatura)"),
    MBA("an MBA", "\\b(mba|m\\.b\\.a)\\b", "\\bm\\.?b\\.?a\\b|master\\w*\\W+(?:\\w+\\W+)?business administration"),
    MASTER(
            "a master's degree",
            "\\b(master'?s?|msc|m\\.sc|ma|m\\.a|meng|m\\.eng|postgrad\\w*)\\b",
            "^(m|master|máster)"),
    DOCTORATE("a doctorate", "\\b(phd|ph\\.d|doctorate|doctoral|dphil)\\b", "^(ph|d\\.?\\s?phil|doctor|dr)");

    private final String name;
    private final Pattern asked;
    private final Pattern degree;

    DegreeLevel(String name, String asked, String degree) {
        this.name = name;
        this.asked = Pattern.compile(asked);
        this.degree = Pattern.compile(degree, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The education entries a question asks about: those of the level it names, or all of them
     * when it names none; {@code missing} is the level it names when no entry is of that level
     * ("Does she have an MBA?" of a profile with an MSc).
     */
    record Narrowed(List<Education> entries, Optional<String> missing) {}

    static Narrowed narrow(String question, List<Education> entries) {
        String q = question.toLowerCase(Locale.ROOT);
        for (DegreeLevel level : values()) {
            if (level.asked.matcher(q).find()) {
                List<Education> matching = entries.stream()
                        .filter(e -> level.degree.matcher(e.degree().strip()).find())
                        .toList();
                // "doesn't mention an MBA" only when every degree is recognisably of another level
                // (a school with no degree named, such as a sixth-form college, counts as another level)
                boolean allKnown = entries.stream()
                        .allMatch(e -> e.degree().isBlank()
                                || java.util.Arrays.stream(values())
                                        .anyMatch(l -> l.degree
                                                .matcher(e.degree().strip())
                                                .find()));
                if (matching.isEmpty()) {
                    return new Narrowed(entries, allKnown ? Optional.of(level.name) : Optional.empty());
                }
                return new Narrowed(matching, Optional.empty());
            }
        }
        return new Narrowed(entries, Optional.empty());
    }
}
