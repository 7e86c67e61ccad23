package dev.profilebot.match;

/** A job description that cannot be checked; the message says what was wrong, for the person who gave it. */
public final class JobDescriptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobDescriptionException(String message) {
        super(message);
    }
}
