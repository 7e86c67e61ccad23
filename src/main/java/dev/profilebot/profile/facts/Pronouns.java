package dev.profilebot.profile.facts;

import java.util.Locale;
import java.util.Optional;

/**
 * How replies speak of the person: "she/her", "he/him" or "they/them", with the verb forms that
 * go with each ("she was", "they were").
 */
public enum Pronouns {
    SHE("she", "her", "her", "she/her"),
    HE("he", "him", "his", "he/him"),
    THEY("they", "them", "their", "they/them");

    private final String subject;
    private final String object;
    private final String possessive;
    private final String label;

    Pronouns(String subject, String object, String possessive, String label) {
        this.subject = subject;
        this.object = object;
        this.possessive = possessive;
        this.label = label;
    }

    /** "she/her", "he/him", "they/them", "she", "him", "They/Them"…; empty when it names none of them. */
    public static Optional<Pronouns> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("(she|her|hers)(\\s*/\\s*\\w+)*")) {
            return Optional.of(SHE);
        }
        if (t.matches("(he|him|his)(\\s*/\\s*\\w+)*")) {
            return Optional.of(HE);
        }
        if (t.matches("(they|them|their)(\\s*/\\s*\\w+)*")) {
            return Optional.of(THEY);
        }
        return Optional.empty();
    }

    public String subject() {
        return subject;
    }

    public String object() {
        return object;
    }

    public String possessive() {
        return possessive;
    }

    /** "was" or "were", after the subject pronoun. */
    public String was() {
        return this == THEY ? "were" : "was";
    }

    /** "has" or "have", after the subject pronoun. */
    public String has() {
        return this == THEY ? "have" : "has";
    }

    /** "is" or "are", after the subject pronoun. */
    public String is() {
        return this == THEY ? "are" : "is";
    }

    public String label() {
        return label;
    }
}
