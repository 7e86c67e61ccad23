package dev.profilebot.retrieval;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the documents write in another script ("Тенгизшевройл", "Арман", "Небојша") as a question in English
 * writes them ("Tengizchevroil", "Arman", "Nebojsa"): both read in Latin letters, then by how they sound.
 */
public final class Scripts {

    private Scripts() {}

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    /** A letter of a script other than Latin: Cyrillic, Greek, … (not the ideographs, which read as no sounds). */
    private static final Pattern OTHER_LETTER =
            Pattern.compile("[\\p{IsCyrillic}\\p{IsGreek}\\p{IsArmenian}\\p{IsGeorgian}]");

    public static boolean hasOtherLetters(String text) {
        return OTHER_LETTER.matcher(text).find();
    }

    /** "Тенгизшевройл" → "tengizsevrojl". (A transliterator is not safe to share between threads unguarded.) */
    private static String inLatin(String text) {
        synchronized (TO_LATIN) {
            return TO_LATIN.transliterate(text);
        }
    }

    /**
     * A word by how it sounds, read in Latin letters and the spellings of one sound made one: "Tengizchevroil" and
     * "Тенгизшевройл" both "tengissevroil", "Zhanaozen" and "Жанаозен", "KazMunayGas" and "КазМунайГаз".
     */
    public static String sound(String word) {
        String s = inLatin(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        s = s.replace("shch", "s")
                .replace("sch", "s")
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("ch", "s")
                .replace("sh", "s")
                .replace("zh", "z")
                .replace("ck", "k")
                .replace('x', 's')
                .replace('w', 'v')
                .replace('q', 'k')
                .replace('c', 's')
                .replace('z', 's')
                .replace('y', 'i')
                .replace('j', 'i')
                .replace("ou", "u")
                .replaceAll("(.)\\1+", "$1");
        return s.replace("ie", "e");
    }

    /** How the words of a text written in another script sound, read in Latin letters. */
    public static Set<String> soundsOfOtherWords(String text) {
        Set<String> sounds = new HashSet<>();
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() >= 3 && hasOtherLetters(word)) {
                sounds.add(sound(word));
            }
        }
        return sounds;
    }
}
