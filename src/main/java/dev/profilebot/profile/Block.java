package dev.profilebot.profile;

import java.util.List;
import java.util.Objects;

/**
 * A unit of clean text from a document with the section path it sits under, for example
 * ["Previous Roles", "Canonical"]. Lines in {@code text} are separate statements: a line break
 * always ends a sentence.
 */
public record Block(List<String> sectionPath, String text) {
    public Block {
        sectionPath = List.copyOf(sectionPath);
        Objects.requireNonNull(text, "text");
    }
}
