package dev.profilebot.answer;

import java.util.Objects;

/** Where a fact in an answer came from: a document, the section in it, and how well it matched (0 to 1). */
public record Source(String file, String section, double score) {
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(section, "section");
    }

    /** "resume.md › Previous Roles › Canonical", as shown beside an answer. */
    public String label() {
        return section.isEmpty() ? file : file + " › " + section;
    }
}
