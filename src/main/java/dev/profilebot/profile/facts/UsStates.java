package dev.profilebot.profile.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The United States' states by name and by the two letters résumés write after a town
 * ("Lafayette, LA"), so a question naming Louisiana finds a job in Lafayette, LA.
 */
public final class UsStates {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("alabama", "AL"),
            Map.entry("alaska", "AK"),
            Map.entry("arizona", "AZ"),
            Map.entry("arkansas", "AR"),
            Map.entry("california", "CA"),
            Map.entry("colorado", "CO"),
            Map.entry("connecticut", "CT"),
            Map.entry("delaware", "DE"),
            Map.entry("florida", "FL"),
            Map.entry("georgia", "GA"),
            Map.entry("hawaii", "HI"),
            Map.entry("idaho", "ID"),
            Map.entry("illinois", "IL"),
            Map.entry("indiana", "IN"),
            Map.entry("iowa", "IA"),
            Map.entry("kansas", "KS"),
            Map.entry("kentucky", "KY"),
            Map.entry("louisiana", "LA"),
            Map.entry("maine", "ME"),
            Map.entry("maryland", "MD"),
            Map.entry("massachusetts", "MA"),
            Map.entry("michigan", "MI"),
            Map.entry("minnesota", "MN"),
            Map.entry("mississippi", "MS"),
            Map.entry("missouri", "MO"),
            Map.entry("montana", "MT"),
            Map.entry("nebraska", "NE"),
            Map.entry("nevada", "NV"),
            Map.entry("new hampshire", "NH"),
            Map.entry("new jersey", "NJ"),
            Map.entry("new mexico", "NM"),
            Map.entry("new york", "NY"),
            Map.entry("north carolina", "NC"),
            Map.entry("north dakota", "ND"),
            Map.entry("ohio", "OH"),
            Map.entry("oklahoma", "OK"),
            Map.entry("oregon", "OR"),
            Map.entry("pennsylvania", "PA"),
            Map.entry("rhode island", "RI"),
            Map.entry("south carolina", "SC"),
            Map.entry("south dakota", "SD"),
            Map.entry("tennessee", "TN"),
            Map.entry("texas", "TX"),
            Map.entry("utah", "UT"),
            Map.entry("vermont", "VT"),
            Map.entry("virginia", "VA"),
            Map.entry("washington", "WA"),
            Map.entry("west virginia", "WV"),
            Map.entry("wisconsin", "WI"),
            Map.entry("wyoming", "WY"),
            Map.entry("district of columbia", "DC"));

    private UsStates() {}

    /** Whether the text is a state's code as the post writes it: "TX", "VA". */
    public static boolean isCode(String text) {
        return CODES.containsValue(text.strip());
    }

    /** "LA" for "Louisiana" (any case), or empty when the name is no state's. */
    public static Optional<String> code(String name) {
        return Optional.ofNullable(CODES.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The state a question names that ends with the word at {@code end}: "Carolina" in "in North
     * Carolina" is North Carolina's; "Louisiana" is Louisiana's.
     */
    public static Optional<String> codeEndingAt(String text, int end) {
        String before = text.substring(0, end).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> state : CODES.entrySet()) {
            if (state.getKey().contains(" ") && before.endsWith(state.getKey())) {
                return Optional.of(state.getValue());
            }
        }
        return code(before.substring(before.lastIndexOf(' ') + 1));
    }
}
