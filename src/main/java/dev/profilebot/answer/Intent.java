package dev.profilebot.answer;

/** What a message asks for, when it is not a question about the content of the profile. */
public enum Intent {
    GREETING,
    ABOUT_THE_PERSON,
    NAME,
    PRONOUNS,
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
