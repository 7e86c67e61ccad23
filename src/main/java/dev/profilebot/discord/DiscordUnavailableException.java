package dev.profilebot.discord;

/** The bot could not connect to Discord; the message is one line for the owner. */
public class DiscordUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DiscordUnavailableException(String message) {
        super(message);
    }
}
