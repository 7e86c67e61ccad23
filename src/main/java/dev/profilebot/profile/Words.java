package dev.profilebot.profile;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The distinct lower-case words of a text, for comparing how much two texts say alike. */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

    private Words() {}

    public static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Lower case without accents: "José Álvarez-Müller" is asked as "jose alvarez muller". */
    public static String folded(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        // (a dotless ı, a Polish ł, a Danish ø: letters of their own, which people asking write plain)
        return decomposed
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('ı', 'i')
                .replace('ł', 'l')
                .replace('ø', 'o');
    }

    /** The share of the smaller set's words that the other set holds too; 0 when either is empty. */
    public static double containment(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        if (smaller.isEmpty()) {
            return 0;
        }
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }
}
