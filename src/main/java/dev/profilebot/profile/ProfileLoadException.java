package dev.profilebot.profile;

/** The profile folder gave no usable document; the message names the folder and what was wrong. */
public class ProfileLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProfileLoadException(String message) {
        super(message);
    }
}
