package dev.profilebot.retrieval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The names of the languages a person speaks, in the languages résumés are written in, from the JDK's locale data:
 * "Almanca" (Turkish), "Jerman" (Indonesian) and "tysk" (Danish) all name German; and the names of countries, where
 * "Norge" and "Noruega" name Norway.
 */
public final class LanguageNames {

    /** The languages résumés are written in, whose names for a language a profile may use. */
    private static final List<String> WRITTEN_IN = List.of(
            "en", "fr", "de", "es", "it", "pt", "nl", "pl", "tr", "sv", "da", "nb", "fi", "cs", "sk", "ro", "hu", "el",
            "ru", "uk", "zh", "ja", "ko", "ar", "hi", "id", "ms", "vi", "he", "ga", "cy", "hr", "sr", "sr-Latn", "bs",
            "sl", "bg", "mk", "lt", "lv", "et", "fa", "sq", "is");

    /** Shorter names are too often words of their own. */
    private static final int MIN_NAME_LENGTH = 4;

    /** Names that are also English words or places: "Roman", "Wales" and "fins" name no language in an English CV. */
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "roman",
            "wales",
            "fins",
            "finn",
            "araba",
            "korea",
            "bosnia",
            "lets",
            "macedon",
            "macedonia",
            "persia",
            "sloven",
            // words of other languages: Romanian "ești" (you are), Croatian "polu" (half), Finland's Turku
            "esti",
            "polu",
            "turku");

    /**
     * Countries' names in other languages that are English words or other places' names: Iceland's "Island", Sweden's
     * "Suède", Chile's "Chili" and Colombia's "Columbia" stay what an English CV means by them.
     */
    private static final Set<String> COUNTRY_NAMES_THAT_ARE_WORDS = Set.of(
            "argentine",
            "bahama",
            "bermudas",
            "brasilia",
            "chili",
            "cipro",
            "columbia",
            "curacao",
            "dominique",
            "eire",
            "granada",
            "grenade",
            "guadalupe",
            "guiana",
            "holland",
            "island",
            "maldive",
            "maurice",
            "mauricio",
            "moldavia",
            "reunion",
            "rumania",
            "somali",
            "somalis",
            "suede",
            "surinam",
            "swaziland",
            "swiss",
            "toga",
            "togas",
            "tunis",
            // Spanish "cada" (each) and "pala" (shovel)
            "cada",
            "pala");

    /** The countries' English names in small letters: "Japan" and "Korea" are places, not languages. */
    private static final Set<String> COUNTRIES = countries();

    /** Each language by its English name in small letters: "german" for de. */
    private static final Map<String, Locale> BY_ENGLISH_NAME = byEnglishName();

    private LanguageNames() {}

    /** The language an English name in small letters names ("german"), if it names one. */
    public static java.util.Optional<Locale> named(String englishName) {
        return java.util.Optional.ofNullable(BY_ENGLISH_NAME.get(englishName));
    }

    /**
     * A language's names in the languages résumés are written in, in small letters; a Turkish "İ" as a plain "i"
     * ("İngilizce" as "ingilizce"), not an "i" with a dot above it.
     */
    public static Set<String> namesOf(Locale language) {
        Set<String> names = new HashSet<>();
        for (String tag : WRITTEN_IN) {
            String name = language.getDisplayLanguage(Locale.forLanguageTag(tag));
            if (!name.isEmpty() && !name.equals(language.getLanguage())) {
                names.add(inSmallLetters(name));
            }
        }
        return names;
    }

    /** A text in small letters, a Turkish "İ" a plain "i": "İngilizce" is "ingilizce". */
    public static String inSmallLetters(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\u0307", "");
    }

    /**
     * The names of the languages résumés are written in, each in the others, folded to ASCII and in small letters,
     * with the English name in small letters: "almanca" and "jerman" as "german". A name of one word and of at least
     * four letters that is no language's English name, no country's and no English word.
     */
    static Map<String, String> inEnglish() {
        Map<String, String> names = new HashMap<>();
        for (String code : WRITTEN_IN) {
            Locale language = Locale.forLanguageTag(code);
            String english = language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            for (String name : namesOf(language)) {
                String folded = folded(name);
                if (!folded.contains(" ")
                        && folded.length() >= MIN_NAME_LENGTH
                        && !folded.equals(english)
                        && !BY_ENGLISH_NAME.containsKey(folded)
                        && !COUNTRIES.contains(folded)
                        && !ENGLISH_WORDS.contains(folded)) {
                    names.putIfAbsent(folded, english);
                }
            }
        }
        return Map.copyOf(names);
    }

    /**
     * The names of the countries of one English word, in the languages résumés are written in, folded to ASCII and in
     * small letters, with the English name in small letters: "norge" and "sverige" as "norway" and "sweden". A name of
     * one word and of at least four letters that is no English word nor another country's English name.
     */
    static Map<String, String> countriesInEnglish() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (english.contains(" ")) {
                continue;
            }
            for (String tag : WRITTEN_IN) {
                String folded = folded(country.getDisplayCountry(Locale.forLanguageTag(tag)));
                if (!folded.contains(" ")
                        && folded.length() >= MIN_NAME_LENGTH
                        && !folded.equals(english)
                        && !COUNTRIES.contains(folded)
                        && !COUNTRY_NAMES_THAT_ARE_WORDS.contains(folded)) {
                    names.putIfAbsent(folded, english);
                }
            }
        }
        return Map.copyOf(names);
    }

    /** A word folded to ASCII where it has a plain form, in small letters: "Norvège" as "norvege". */
    static String folded(String word) {
        char[] input = word.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length).toLowerCase(Locale.ROOT);
    }

    private static Set<String> countries() {
        Set<String> countries = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(countries);
    }

    private static Map<String, Locale> byEnglishName() {
        Map<String, Locale> languages = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            String english = language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!english.isEmpty() && !english.equals(code) && !english.contains(" ")) {
                languages.putIfAbsent(english, language);
            }
        }
        return Map.copyOf(languages);
    }
}
