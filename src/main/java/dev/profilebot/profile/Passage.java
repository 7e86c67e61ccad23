package dev.profilebot.profile;

import java.util.List;
import java.util.Objects;

/**
 * A retrievable piece of the profile: a few sentences from one document and section, small enough
 * to answer one question. {@code alsoIn} names other documents that said the same thing and were
 * merged into this one.
 */
public record Passage(
        String id, String fileName, List<String> sectionPath, List<String> sentences, List<String> alsoIn) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        sectionPath = List.copyOf(sectionPath);
        sentences = List.copyOf(sentences);
        alsoIn = List.copyOf(alsoIn);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a passage needs at least one sentence");
        }
    }

    public String text() {
        return String.join(" ", sentences);
    }

    /** The section path as shown to people: "Previous Roles › Canonical", or empty. */
    public String section() {
        return String.join(" › ", sectionPath);
    }

    /** Where this passage comes from, as shown beside an answer: "resume.md › Previous Roles › Canonical". */
    public String source() {
        return sectionPath.isEmpty() ? fileName : fileName + " › " + section();
    }

    public Passage withAlsoIn(List<String> files) {
        return new Passage(id, fileName, sectionPath, sentences, files);
    }
}
