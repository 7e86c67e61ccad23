package dev.profilebot.profile.facts;

import dev.profilebot.profile.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which degree each line of an education section speaks of, so that "Supervisor: Prof. Malachy
 * Durcan" under "2011 – 2015 · PhD in Marine Biology, University of Lisclogher" is known to be
 * about the PhD. A line that names a degree of the profile opens it; the lines after it belong to
 * it until the next such line or the end of the passage.
 */
public final class EducationAttribution {

    private EducationAttribution() {}

    /** For each passage, for each of its sentences, the degree it is about, if an education line opened one. */
    public static List<List<Optional<Education>>> of(List<Passage> passages, List<Education> education) {
        List<List<Optional<Education>>> result = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            List<Optional<Education>> ofPassage =
                    new ArrayList<>(passage.sentences().size());
            boolean inEducation = Sections.of(passage.sectionPath()) == Sections.EDUCATION;
            Optional<Education> current = Optional.empty();
            for (String sentence : passage.sentences()) {
                if (inEducation) {
                    Optional<Education> opened = opened(sentence, passage.fileName(), education);
                    if (opened.isPresent()) {
                        current = opened;
                    }
                }
                ofPassage.add(current);
            }
            result.add(List.copyOf(ofPassage));
        }
        return List.copyOf(result);
    }

    /** The one degree of this document a short line names, with its institution when it has one. */
    private static Optional<Education> opened(String sentence, String fileName, List<Education> education) {
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
}
