package dev.profilebot.answer.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The country a place names at its end ("Leeds, UK", "Toulouse, France"), by its English name or usual short form. */
public final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    private static final List<Locale> FOREIGN_LANGUAGES = List.of(
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("fr"),
            Locale.forLanguageTag("de"),
            Locale.forLanguageTag("it"),
            Locale.forLanguageTag("pt"),
            Locale.forLanguageTag("nl"));

    private static final java.util.Set<String> ALSO_PLACES = java.util.Set.of(
            "granada", "norfolk", "salvador", "guadalupe", "santa elena", "santa helena", "saint martin", "island");

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            BY_NAME.put(name.toLowerCase(Locale.ROOT), name);
        }
        // "Bristol (Reino Unido)", "Lyon, France", "München, Deutschland": a CV in its writer's language names
        // countries in it; an English name wins where two languages spell different countries alike, and a
        // foreign name that is a town or a county too ("Granada", Grenada in Spanish; "Norfolk") is left out
        for (Locale language : FOREIGN_LANGUAGES) {
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale("", code);
                String name = country.getDisplayCountry(language).toLowerCase(language);
                if (!ALSO_PLACES.contains(name)) {
                    BY_NAME.putIfAbsent(name, country.getDisplayCountry(Locale.ENGLISH));
                }
            }
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
        // the states and territories of Australia and the provinces of Canada by name ("Perth, Western Australia",
        // "Toronto, Ontario"); Canada's codes after a town below ("Calgary, AB"), Australia's left out ("WA" is
        // Washington's too)
        for (String state : new String[] {
            "new south wales",
            "victoria",
            "queensland",
            "western australia",
            "south australia",
            "tasmania",
            "northern territory",
            "australian capital territory"
        }) {
            BY_NAME.put(state, "Australia");
        }
        for (String province : new String[] {
            "ontario",
            "quebec",
            "québec",
            "british columbia",
            "alberta",
            "manitoba",
            "saskatchewan",
            "nova scotia",
            "new brunswick",
            "newfoundland and labrador",
            "prince edward island"
        }) {
            BY_NAME.put(province, "Canada");
        }
    }

    private Countries() {}

    /** The country named by the last part of the place, if it names one; a US state's name or code is the US's. */
    static Optional<String> named(String place) {
        String[] parts = place.split(",");
        String last = parts[parts.length - 1].replaceAll("\\(.*?\\)", "").strip();
        // "Bristol (Reino Unido)", "Jaca (Huesca)": the country in brackets after the town, if they hold one
        java.util.regex.Matcher bracketed = BRACKETED.matcher(parts[parts.length - 1]);
        if (bracketed.find() && BY_NAME.containsKey(bracketed.group(1).strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(BY_NAME.get(bracketed.group(1).strip().toLowerCase(Locale.ROOT)));
        }
        // "Austin, TX", "Dayton, Ohio": a state (a code read as the state's, as résumés write them); "Tbilisi,
        // Georgia" may be the country as well: unknown
        boolean stateName = dev.profilebot.profile.facts.UsStates.code(last).isPresent();
        if (parts.length > 1 && (stateName || US_STATE_CODE.matcher(last).matches())) {
            return stateName && BY_NAME.containsKey(last.toLowerCase(Locale.ROOT))
                    ? Optional.empty()
                    : Optional.of("United States");
        }
        if (parts.length > 1 && CANADIAN_PROVINCE_CODE.matcher(last).matches()) {
            return Optional.of("Canada");
        }
        return Optional.ofNullable(BY_NAME.get(last.toLowerCase(Locale.ROOT)));
    }

    /** Capitalised words in a row, up to three: where a sentence names a country ("the Czech Republic"). */
    private static final java.util.regex.Pattern CAPITALISED_WORDS =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}");

    /** Whether a sentence names a country: "start-ups at customer plants in Germany, the Czech Republic and Hungary". */
    public static boolean mentioned(String sentence) {
        java.util.regex.Matcher words = CAPITALISED_WORDS.matcher(sentence);
        while (words.find()) {
            String[] word = words.group().split("\\s+");
            for (int n = word.length; n >= 1; n--) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(word, 0, n));
                if (BY_NAME.containsKey(name.toLowerCase(Locale.ROOT))
                        && !ALSO_PLACES.contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words name a country, or a region of countries ("the EU", "Europe"). */
    static boolean isCountryOrRegion(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT).replaceFirst("^(of )?(the |her |his |their )?", "");
        String first = w.split(" ")[0];
        // "ireland before": the country is the first word
        return BY_NAME.containsKey(w) || REGIONS.contains(w) || BY_NAME.containsKey(first) || REGIONS.contains(first);
    }

    private static final java.util.Set<String> REGIONS = java.util.Set.of(
            "eu",
            "europe",
            "asia",
            "africa",
            "america",
            "north america",
            "south america",
            "latin america",
            "middle east",
            "uk and ireland",
            "country",
            "home country",
            "continent");
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\(([^()]+)\\)\\s*$");

    /** "Calgary, AB": a province's code, after a town only (none is a US state's). */
    private static final java.util.regex.Pattern CANADIAN_PROVINCE_CODE =
            java.util.regex.Pattern.compile("AB|BC|MB|N[BLS]|ON|PE|QC|SK");

    private static final java.util.regex.Pattern US_STATE_CODE = java.util.regex.Pattern.compile(
            "A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]"
                    + "|W[AIVY]");
}
