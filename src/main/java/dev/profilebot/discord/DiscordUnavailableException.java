package dev.profilebot.discord;

/** The bot could not connect to Discord; the message is one line for the owner. */
public class DiscordUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean messageContentRefused;

    DiscordUnavailableException(String message) {
        this(message, false);
    }

    DiscordUnavailableException(String message, boolean messageContentRefused) {
        super(message);
        this.messageContentRefused = messageContentRefused;
    }

    /** Discord closed the connection because the Message Content intent is off in the Developer Portal. */
    public boolean messageContentRefused() {
        return messageContentRefused;
    }
}
