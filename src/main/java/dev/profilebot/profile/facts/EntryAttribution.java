package dev.profilebot.profile.facts;

import dev.profilebot.profile.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which entry of an education or projects section each line speaks of, so that "Supervisor: Prof.
 * Malachy Durcan" under "2011 – 2015 · PhD in Marine Biology, University of Lisclogher" is known to
 * be about the PhD, and "Won first place out of 42 teams" under "BinDay — 1st place, HackTyne 2025"
 * about that hackathon. A line that names a degree of the profile, or a project's name line, opens
 * an entry; the lines after it belong to it until the next such line or the end of the section.
 */
public final class EntryAttribution {

    /** A projects section: "Projects", "Side projects", "Hackathons". */
    private static final Pattern PROJECTS = Pattern.compile("(?i)\\b(projects?|hackathons?)\\b");

    /** A project's name set apart from what it is: "BinDay — 1st place", "Final-year project: SignSight". */
    private static final Pattern NAME_APART = Pattern.compile("\\S\\s+[—–|-]\\s+\\S|^[^:]{3,40}:\\s+\\S");

    /** "Client: Meridian Bank", "Team Size: 14": a property of the project above, not a project's name. */
    private static final Pattern PROPERTY = Pattern.compile(
            "(?i)^\\W*(client|customer|role|position|designation|team(\\s+size)?|duration|period|dates?|technolog(y|ies)"
                    + "|tech(nology)?\\s+stack|stack|tools?|environment|platforms?|organi[sz]ation|company|employer"
                    + "|description|responsibilities|location|domain|skills|languages|database|contribution|summary"
                    + "|status|type|url|link|github|website|outcome|results?|impact|achievements?|supervisor)\\s*:");

    /** A project's name line is a line, not a sentence of its description. */
    private static final int MAX_NAME_LINE = 100;

    private EntryAttribution() {}

    /**
     * For each passage, for each of its sentences, the words of the entry it is about (the degree as the
     * profile describes it, or the project's name line), if an entry's line opened one.
     */
    public static List<List<Optional<String>>> of(List<Passage> passages, List<Education> education) {
        List<List<Optional<String>>> result = new ArrayList<>(passages.size());
        Optional<String> current = Optional.empty();
        Passage previous = null;
        for (Passage passage : passages) {
            List<Optional<String>> ofPassage =
                    new ArrayList<>(passage.sentences().size());
            boolean inEducation = Sections.of(passage.sectionPath()) == Sections.EDUCATION;
            boolean inProjects = passage.sectionPath().stream()
                    .anyMatch(h -> PROJECTS.matcher(h).find());
            // a long section is cut into passages: its entry goes on into the next one
            if (previous == null
                    || !previous.fileName().equals(passage.fileName())
                    || !previous.sectionPath().equals(passage.sectionPath())) {
                current = Optional.empty();
            }
            previous = passage;
            for (String sentence : passage.sentences()) {
                Optional<String> opened = inEducation
                        ? degreeNamed(sentence, passage.fileName(), education).map(Education::describeUndated)
                        : inProjects && isProjectNameLine(sentence) ? Optional.of(sentence) : Optional.empty();
                if (opened.isPresent()) {
                    current = opened;
                }
                ofPassage.add(current);
            }
            result.add(List.copyOf(ofPassage));
        }
        return List.copyOf(result);
    }

    /** The one degree of this document a short line names, with its institution when it has one. */
    private static Optional<Education> degreeNamed(String sentence, String fileName, List<Education> education) {
        if (sentence.length() > RoleAttribution.MAX_HEADING_LENGTH) {
            return Optional.empty();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Education> named = education.stream()
                .filter(e -> e.source().fileName().equals(fileName))
                .filter(e -> !e.degree().isEmpty() && lower.contains(e.degree().toLowerCase(Locale.ROOT)))
                .filter(e -> e.institution().isEmpty()
                        || lower.contains(e.institution().toLowerCase(Locale.ROOT)))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * "BinDay — 1st place, HackTyne 2025": a short line, not a sentence, naming the project apart from what it is;
     * not its dates ("September 2026 – present · Supervisor: …").
     */
    private static boolean isProjectNameLine(String sentence) {
        String line = sentence.strip();
        return line.length() <= MAX_NAME_LINE
                && !line.endsWith(".")
                && !line.isEmpty()
                && Character.isUpperCase(line.codePointAt(0))
                && NAME_APART.matcher(line).find()
                && !PROPERTY.matcher(line).find()
                && DateRanges.firstRangeOrDate(line).filter(f -> f.start() == 0).isEmpty();
    }
}
