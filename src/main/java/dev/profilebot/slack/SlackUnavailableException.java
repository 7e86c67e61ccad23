package dev.profilebot.slack;

/** Slack refused a token or could not be reached; the message says which, without the token. */
public final class SlackUnavailableException extends RuntimeException {
    public SlackUnavailableException(String message) {
        super(message);
    }

    public SlackUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
