package dev.profilebot.match;

import java.util.Objects;

/**
 * One requirement of a job description, as written there (without its bullet); {@code optional}
 * when it sat under "Nice to have" or said "is a plus".
 */
public record Requirement(String text, boolean optional) {
    public Requirement {
        Objects.requireNonNull(text, "text");
    }
}
