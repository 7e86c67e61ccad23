package dev.profilebot.profile.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the person is: the name (empty when no document says it and PROFILE_NAME is unset), the
 * pronouns replies use, whether those were stated or only assumed, and a headline.
 */
public record Identity(
        Optional<String> name,
        Pronouns pronouns,
        boolean pronounsStated,
        Optional<String> headline,
        Optional<FactSource> nameSource) {

    /** What replies call the person when no name is known. */
    public static final String NO_NAME = "the person";

    public Identity {
        name = name == null ? Optional.empty() : name.filter(n -> !n.isBlank());
        Objects.requireNonNull(pronouns, "pronouns");
        headline = headline == null ? Optional.empty() : headline.filter(h -> !h.isBlank());
        nameSource = nameSource == null ? Optional.empty() : nameSource;
    }

    /** The full name, or "the person". */
    public String displayName() {
        return name.orElse(NO_NAME);
    }

    /** The first name, or "the person": "Maya prefers email". */
    public String firstName() {
        return name.map(Identity::firstNameOf).orElse(NO_NAME);
    }

    /**
     * A Vietnamese family name, which comes first: "Trần Quốc Bảo", "Nguyen Minh Khoa". (Not the ones Chinese and
     * Korean names share, "Ho", "Ly".)
     */
    private static final java.util.regex.Pattern FAMILY_NAME_FIRST = java.util.regex.Pattern.compile(
            "nguyen|tran|le|pham|huynh|hoang|phan|vu|vo|dang|bui|do|ngo|duong|dinh|truong");

    /**
     * The name to call a person by in a reply: the first of a name's words, or the whole name when its first word is
     * the family name ("Trần Quốc Bảo" is not "Trần"; "Kim Min-jun" not "Kim").
     */
    public static String firstNameOf(String name) {
        String[] words = name.strip().split("\\s+");
        // (Vietnamese's đ is a letter of its own, no d with a mark: "Đặng" is "dang")
        String first = dev.profilebot.profile.Words.folded(words[0]).replace('đ', 'd');
        boolean vietnamese =
                words.length >= 3 && FAMILY_NAME_FIRST.matcher(first).matches();
        // a Korean name in its own order, the given name joined by its hyphen: "Kim Min-jun", "Park Ji-woo"
        boolean korean = words.length == 2 && words[1].matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
        return vietnamese || korean ? name.strip() : words[0];
    }
}
