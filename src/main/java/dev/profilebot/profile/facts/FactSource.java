package dev.profilebot.profile.facts;

import java.util.List;
import java.util.Objects;

/** Where a fact of the structured profile was read: a document and the section path in it. */
public record FactSource(String fileName, List<String> sectionPath) {
    public FactSource {
        Objects.requireNonNull(fileName, "fileName");
        sectionPath = List.copyOf(sectionPath);
    }

    /** "Previous Roles › Canonical", or empty. */
    public String section() {
        return String.join(" › ", sectionPath);
    }

    /** "resume.md › Previous Roles › Canonical", as shown beside an answer. */
    public String display() {
        return sectionPath.isEmpty() ? fileName : fileName + " › " + section();
    }
}
