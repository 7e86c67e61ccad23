package dev.profilebot.profile.facts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of organization names that tell one from another: "IBM Cloud" and "IBM" are one
 * employer, "Pennine Data Ltd" and "Skylark Data" are not one for sharing "Data". Used where roles
 * are merged and where a question's words are matched to an employer.
 */
public final class OrganizationNames {

    /** Legal forms and common words of names, which say nothing of which organization it is. */
    public static final Set<String> GENERIC = Set.of(
            "the",
            "of",
            "and",
            "for",
            "at",
            "in",
            "on",
            "ltd",
            "gmbh",
            "inc",
            "llc",
            "ag",
            "co",
            "corp",
            "limited",
            "plc",
            "se",
            "sa",
            "bv",
            "group",
            "company",
            "companies",
            "technologies",
            "technology",
            "systems",
            "labs",
            "lab",
            "software",
            "digital",
            "data",
            "cloud",
            "health",
            "insurance",
            "bank",
            "games",
            "solutions",
            "networks",
            "services",
            "consulting",
            "analytics",
            "university",
            "institute",
            "research",
            "ai",
            "global",
            "international",
            "partners",
            "media",
            "studio",
            "studios",
            "capital",
            "ventures",
            "mobility",
            "internet",
            "hosting",
            "school",
            "college",
            "engineering",
            "platform",
            "products",
            "product");

    private OrganizationNames() {}

    /** Whether a name ends in (or, as Indonesia writes it, opens with) a legal form: "DELOITTE & TOUCHE S.A.S.". */
    public static boolean hasLegalForm(String name) {
        return RoleText.hasLegalForm(name);
    }

    /** Whether two names share a distinctive word. */
    public static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        Set<String> words = words(a);
        words.retainAll(words(b));
        return !words.isEmpty();
    }

    /** The distinctive words of a name, lower case ("made.com" keeps its dot). */
    public static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
            String word = w.replaceAll("^\\.+|\\.+$", "");
            if (word.length() > 1 && !GENERIC.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A legal form written in mixed case at the end of a name: "GmbH", "B.V.", "S.r.l.". */
    private static final java.util.regex.Pattern WRITTEN_FORM = java.util.regex.Pattern.compile(
            ",?\\s+(?:gGmbH|GmbH|mbH|B\\.V\\.?|N\\.V\\.?|S\\.r\\.l\\.?|S\\.p\\.A\\.?|e\\.V\\.?)$");

    /** The small words of a name in Spanish, Portuguese, Italian or French, written small: "del", "de", "y". */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of(
            "de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "dos", "das", "di", "du", "des");

    private static final java.util.Map<String, String> LEGAL_FORMS = java.util.Map.of(
            "LTD", "Ltd", "PLC", "plc", "INC", "Inc", "AND", "and", "OF", "of", "THE", "the", "FOR", "for", "CO", "Co",
            "GMBH", "GmbH");

    /**
     * A name written in capitals, as plain-text CVs write employers ("HALLORAN COLD CHAIN LTD"),
     * in the usual case ("Halloran Cold Chain Ltd"); short words stay as written ("IBM UK"), and
     * a name with fewer than two long words ("XING SE", "KPMG LLP") is left alone.
     */
    public static String unshouted(String name) {
        // "KESSLER ANTRIEBSTECHNIK GmbH": the legal form in its own case after a name in capitals
        java.util.regex.Matcher written = WRITTEN_FORM.matcher(name);
        if (written.find() && written.start() > 0) {
            return unshouted(name.substring(0, written.start())) + name.substring(written.start());
        }
        long longWords = java.util.Arrays.stream(name.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4)
                .count();
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || longWords < 2) {
            return name; // "XING SE", "KPMG LLP": a brand written in capitals
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher word =
                java.util.regex.Pattern.compile("\\p{L}+").matcher(name);
        int last = 0;
        while (word.find()) {
            out.append(name, last, word.start());
            String w = word.group();
            String form = LEGAL_FORMS.get(w);
            boolean bracketed = word.start() > 0
                    && name.charAt(word.start() - 1) == '('
                    && word.end() < name.length()
                    && name.charAt(word.end()) == ')';
            if (bracketed) {
                out.append(w); // "NATIONAL YOUTH SERVICE CORPS (NYSC)": the acronym stays one
            } else if (form != null && word.start() > 0) {
                out.append(form);
            } else if (w.length() >= 4) {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            } else if (word.start() > 0 && CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                // "ELECTROCOMPONENTES DEL NORTE, S.A. DE C.V." as "Electrocomponentes del Norte, S.A. de C.V."
                out.append(w.toLowerCase(Locale.ROOT));
            } else {
                out.append(w);
            }
            last = word.end();
        }
        return out.append(name.substring(last)).toString();
    }
}
