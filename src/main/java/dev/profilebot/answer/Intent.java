package dev.profilebot.answer;

import dev.profilebot.privacy.PrivateDetail;
import java.util.Optional;

/** What a message asks for, when it is not a question about the content of the profile. */
public enum Intent {
    GREETING,
    ABOUT_THE_PERSON,
    NAME,
    PRONOUNS,
    PHONE,
    STREET_ADDRESS,
    /** A passport, national insurance, licence or other identity number. */
    ID_NUMBER,
    /** Marriage, a partner, children, religion: the person's private life, which the bot does not discuss. */
    PERSONAL_LIFE,
    EMAIL,
    PROFILE_LINK,
    LOCATION,
    TIME_ZONE,
    CONTACT,
    ABOUT_THE_PROFILE;

    /** The intent of a request for a private detail. */
    public static Intent askingFor(PrivateDetail detail) {
        return switch (detail) {
            case PHONE -> PHONE;
            case ADDRESS -> STREET_ADDRESS;
            case ID_NUMBER -> ID_NUMBER;
            case BIRTH_DATE -> ABOUT_THE_PROFILE; // withheld at ingestion: the profile does not say
        };
    }

    /** The private detail this intent asks for, if it asks for one. */
    public Optional<PrivateDetail> privateDetail() {
        return switch (this) {
            case PHONE -> Optional.of(PrivateDetail.PHONE);
            case STREET_ADDRESS -> Optional.of(PrivateDetail.ADDRESS);
            case ID_NUMBER -> Optional.of(PrivateDetail.ID_NUMBER);
            default -> Optional.empty();
        };
    }
}
