package dev.profilebot.answer.timeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The country a place names at its end ("Leeds, UK", "Toulouse, France"), by its English name or usual short form. */
final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            BY_NAME.put(name.toLowerCase(Locale.ROOT), name);
        }
        for (String uk :
                new String[] {"uk", "u.k.", "great britain", "england", "scotland", "wales", "northern ireland"}) {
            BY_NAME.put(uk, "United Kingdom");
        }
        for (String us : new String[] {"us", "u.s.", "usa", "u.s.a.", "united states of america"}) {
            BY_NAME.put(us, "United States");
        }
        BY_NAME.put("uae", "United Arab Emirates");
        BY_NAME.put("the netherlands", "Netherlands");
        BY_NAME.put("holland", "Netherlands");
        BY_NAME.put("czech republic", "Czechia");
        BY_NAME.put("republic of ireland", "Ireland");
    }

    private Countries() {}

    /** The country named by the last part of the place, if it names one. */
    static Optional<String> named(String place) {
        String[] parts = place.split(",");
        String last =
                parts[parts.length - 1].replaceAll("\\(.*?\\)", "").strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_NAME.get(last));
    }
}
