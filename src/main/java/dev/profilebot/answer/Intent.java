package dev.profilebot.answer;

/** What a question asks for, when it asks for a contact detail rather than about the person's work. */
public enum Intent {
    PHONE,
    STREET_ADDRESS,
    EMAIL,
    PROFILE_LINK,
    LOCATION,
    TIME_ZONE,
    CONTACT,
    ABOUT_THE_PROFILE;

    public boolean isPrivate() {
        return this == PHONE || this == STREET_ADDRESS;
    }
}
