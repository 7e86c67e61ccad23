package dev.profilebot.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms and the names they stand for, as the documents write them: a question that says "UW"
 * about a profile that says "University of Waterloo" (or "Amazon Web Services" about one that
 * says "AWS") is searched, and checked against the documents, with both. An acronym is the
 * initials of two to six capitalised words written together, with or without the small words
 * between them ("Massachusetts Institute of Technology": MIT or MIOT).
 */
final class Acronyms {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|&");
    private static final Set<String> CONNECTORS =
            Set.of("of", "and", "for", "the", "de", "du", "des", "la", "le", "y", "für", "&");
    private static final int MAX_INITIALS = 6;
    /** Capitalised at a sentence's start, not part of a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "in", "at", "on", "by", "as", "for", "with", "from", "to", "the", "a", "an", "and", "of", "my", "our", "i",
            "we", "he", "she", "they", "this", "that", "after", "before", "since", "during", "while", "when");

    /** Initials (upper case) to the name the documents spell out first. */
    private final Map<String, String> spelledOut;
    /** Acronyms the documents write as acronyms, upper case. */
    private final Set<String> written;
    /** The documents' text as written. */
    private final String text;
    /** The documents' text in lower case, to tell whether a name is written in full. */
    private final String lowerText;
    /** The words of {@link #lowerText}, where each sits, to find a name spelled out in lower case. */
    private final List<Word> lowerWords;
    /** Two capitals the documents write after a comma, as a US state after its town: "LA" of "Lafayette, LA". */
    private final Set<String> afterATown;

    private static final java.util.regex.Pattern AFTER_A_TOWN = java.util.regex.Pattern.compile(",\\s*([A-Z]{2})\\b");

    private Acronyms(Map<String, String> spelledOut, Set<String> written, String text) {
        this.spelledOut = Map.copyOf(spelledOut);
        this.written = Set.copyOf(written);
        this.text = text;
        this.lowerText = text.toLowerCase(Locale.ROOT);
        this.lowerWords = PLAIN_WORD
                .matcher(lowerText)
                .results()
                .map(m -> new Word(m.group(), m.start(), m.end()))
                .toList();
        this.afterATown = AFTER_A_TOWN
                .matcher(text)
                .results()
                .map(m -> m.group(1))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Acronyms of(List<String> texts) {
        Map<String, String> spelledOut = new HashMap<>();
        Set<String> written = new HashSet<>();
        for (String text : texts) {
            for (Word word : words(text)) {
                if (isAcronym(word.text())) {
                    written.add(word.text().toUpperCase(Locale.ROOT));
                }
            }
            for (List<Word> run : runs(text)) {
                for (List<Word> name : names(run)) {
                    String phrase = text.substring(
                            name.get(0).start(), name.get(name.size() - 1).end());
                    initials(name).forEach(initials -> spelledOut.putIfAbsent(initials, phrase));
                }
            }
        }
        return new Acronyms(spelledOut, written, String.join("\n", texts));
    }

    /**
     * The text with each acronym the documents only spell out followed by its spelling ("UW
     * (University of Waterloo)") and each name the documents only abbreviate followed by its
     * acronym ("Amazon Web Services (AWS)").
     */
    String expand(String text) {
        StringBuilder out = new StringBuilder(text);
        List<Insertion> insertions = new ArrayList<>();
        for (Word word : words(text)) {
            spellingOf(word).ifPresent(name -> insertions.add(new Insertion(word.end(), " (" + name + ")")));
        }
        for (List<Word> name : abbreviated(text)) {
            String initials = initials(name).get(0);
            insertions.add(new Insertion(name.get(name.size() - 1).end(), " (" + initials + ")"));
        }
        String upperText = text.toUpperCase(Locale.ROOT);
        for (Spelling spelling : writtenAcronymsSpelledOut(text)) {
            // "non-invasive ventilation" asked of documents that write "NIV" beside it or alone
            // (a spelling the documents write themselves, or one of words that name things: not "can she speak"
            // for CSS nor "awards while studying" for AWS)
            String phrase = text.substring(spelling.start(), spelling.end()).toLowerCase(Locale.ROOT);
            if (!upperText.contains(spelling.acronym())
                    && (lowerText.contains(phrase) || namesAThing(phrase))
                    && insertions.stream().noneMatch(i -> i.at() == spelling.end())) {
                insertions.add(new Insertion(spelling.end(), " (" + spelling.acronym() + ")"));
            }
        }
        insertions.sort((a, b) -> Integer.compare(b.at(), a.at()));
        insertions.forEach(insertion -> out.insert(insertion.at(), insertion.text()));
        return out.toString();
    }

    /** The words of a text the documents hold in their other form: an acronym or its spelling. */
    Set<String> knownForms(String text) {
        Set<String> known = new LinkedHashSet<>();
        for (Word word : words(text)) {
            if (spellingOf(word).isPresent()) {
                known.add(word.text());
                known.add(bare(word).text());
            }
        }
        for (List<Word> name : abbreviated(text)) {
            name.stream().filter(word -> !CONNECTORS.contains(word.lower())).forEach(word -> known.add(word.text()));
        }
        // "real-time operating systems" of documents that say "RTOS": three or more words in lower case
        for (Spelling spelling : writtenAcronymsSpelledOut(text)) {
            known.addAll(
                    List.of(text.substring(spelling.start(), spelling.end()).split("[^\\p{L}\\d-]+")));
        }
        return known;
    }

    /** "warehouse management system": words of four letters or more, none a function word. */
    private static boolean namesAThing(String phrase) {
        return java.util.Arrays.stream(phrase.split("[^\\p{L}-]+"))
                .allMatch(word -> word.length() >= 4 && !FUNCTION_WORDS.contains(word));
    }

    /** Words of a text whose initials, their hyphenated parts' too, make an acronym the documents write. */
    private record Spelling(int start, int end, String acronym) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d-]+");

    /** "non-invasive ventilation" of documents that say "NIV": three or more parts, spelled out. */
    private List<Spelling> writtenAcronymsSpelledOut(String text) {
        List<Word> tokens = TOKEN.matcher(text)
                .results()
                .map(m -> new Word(m.group(), m.start(), m.end()))
                .toList();
        List<Spelling> found = new ArrayList<>();
        for (int from = 0; from < tokens.size(); from++) {
            StringBuilder initials = new StringBuilder();
            int parts = 0;
            for (int to = from; to < tokens.size() && parts < MAX_INITIALS; to++) {
                for (String part : tokens.get(to).text().split("-")) {
                    if (!part.isEmpty()) {
                        initials.append(Character.toUpperCase(part.charAt(0)));
                        parts++;
                    }
                }
                if (parts >= 3 && written.contains(initials.toString())) {
                    found.add(new Spelling(
                            tokens.get(from).start(), tokens.get(to).end(), initials.toString()));
                }
            }
        }
        return found;
    }

    /** The spelled-out name of the word, or of the word without an ending ("the PSF's board", "she TA'd"). */
    private java.util.Optional<String> spellingOf(Word word) {
        Word bare = bare(word);
        return spelling(word).or(() -> bare == word ? java.util.Optional.empty() : spelling(bare));
    }

    private static Word bare(Word word) {
        String bare = word.text().replaceFirst("['’](?:s|d|ed|ing)$", "");
        return bare.equals(word.text()) ? word : new Word(bare, word.start(), word.start() + bare.length());
    }

    private java.util.Optional<String> spelling(Word word) {
        Matcher numbered = NUMBERED.matcher(word.text());
        if (numbered.matches() && !writes(word.text())) {
            // "KS2" of documents that write "Key Stage 2": the name of the letters, and the number after it
            String name = spelledOut.get(numbered.group(1));
            return name != null && writes(name + " " + numbered.group(2))
                    ? java.util.Optional.of(name + " " + numbered.group(2))
                    : java.util.Optional.empty();
        }
        String upper = word.text().toUpperCase(Locale.ROOT);
        if (!isAcronym(word.text()) || written.contains(upper)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(spelledOut.get(upper)).or(() -> spelledInLowerCase(word.text()));
    }

    /**
     * "warehouse management systems" of documents that never write "WMS": three to six words in lower
     * case whose initials are the acronym, asked in capitals, from a word that is no small word to a
     * word that is none ("bill of materials" is BOM, "a web service" no AWS).
     */
    private java.util.Optional<String> spelledInLowerCase(String acronym) {
        if (acronym.length() < 3 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        String initials = acronym.toLowerCase(Locale.ROOT);
        List<Word> words = lowerWords;
        for (int from = 0; from + initials.length() <= words.size(); from++) {
            int to = from + initials.length() - 1;
            if (isSmallWord(words.get(from))
                    || isSmallWord(words.get(to))
                    || PLAIN_ENDINGS.contains(words.get(to).text())) {
                continue;
            }
            boolean matches = true;
            for (int i = from; i <= to && matches; i++) {
                Word w = words.get(i);
                matches = w.text().charAt(0) == initials.charAt(i - from)
                        // "SQL and Python" spells no SAP: a spelling is of words, not of acronyms
                        && !writtenAsAnAcronym(w)
                        // "bill of materials", not "supported a project"
                        && (i == from || i == to || !FUNCTION_WORDS.contains(w.text()) || CONNECTORS.contains(w.text()))
                        && (i == from
                                || lowerText
                                        .substring(words.get(i - 1).end(), w.start())
                                        .matches(" |-"));
            }
            if (matches) {
                return java.util.Optional.of(lowerText.substring(
                        words.get(from).start(), words.get(to).end()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether a word of {@link #lowerWords} is written in the documents as an acronym ("SQL"). */
    private boolean writtenAsAnAcronym(Word word) {
        // lower case may change a text's length ("İ"): then the places differ, and no word is taken for one
        return text.length() == lowerText.length() && isAcronym(text.substring(word.start(), word.end()));
    }

    /** Words a phrase of everyday prose ends in, no name's: "customer service skills" is no CSS. */
    private static final Set<String> PLAIN_ENDINGS = Set.of(
            "skills",
            "skill",
            "experience",
            "team",
            "teams",
            "work",
            "role",
            "roles",
            "project",
            "projects",
            "staff",
            "people",
            "time",
            "times",
            "year",
            "years",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months");

    /** A word without its hyphens: "real-time" is two. */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’]*");

    private static boolean isSmallWord(Word word) {
        return FUNCTION_WORDS.contains(word.lower()) || CONNECTORS.contains(word.lower());
    }

    /** The names in a text that the documents write only as their acronym, longest first in each run. */
    private List<List<Word>> abbreviated(String text) {
        List<List<Word>> found = new ArrayList<>();
        for (List<Word> run : runs(text)) {
            for (List<Word> name : names(run)) {
                String phrase = text.substring(
                        name.get(0).start(), name.get(name.size() - 1).end());
                boolean onlyAbbreviated = initials(name).stream().anyMatch(written::contains) && !writes(phrase);
                if (onlyAbbreviated) {
                    found.add(name);
                    break;
                }
            }
        }
        return found;
    }

    /** Whether the documents write this phrase, in any case. */
    boolean writes(String phrase) {
        return lowerText.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** Whether the documents write a state's two letters after a town: ", LA" in "Lafayette, LA". */
    boolean writesAfterATown(String code) {
        return afterATown.contains(code);
    }

    /** An acronym with a number: "KS2", "NVQ3". */
    private static final Pattern NUMBERED = Pattern.compile("([A-Z]{2,6})(\\d{1,2})");

    /** "UW", "MIT", "UoW": two to six letters, starting with a capital, two of them capitals. */
    private static boolean isAcronym(String word) {
        return word.length() >= 2
                && word.length() <= MAX_INITIALS
                && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetter)
                && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private record Word(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    private record Insertion(int at, String text) {}

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    /** Capitalised words and small words between them, separated by spaces only. */
    private static List<List<Word>> runs(String text) {
        List<List<Word>> runs = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        Word previous = null;
        for (Word word : words(text)) {
            boolean joined = previous != null
                    && text.substring(previous.end(), word.start()).matches(" +");
            if (!joined || !(word.capitalised() || CONNECTORS.contains(word.lower()))) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (word.capitalised() || CONNECTORS.contains(word.lower()) && !run.isEmpty()) {
                run.add(word);
            }
            previous = word;
        }
        runs.add(run);
        return runs;
    }

    /** Every stretch of a run from a capitalised word to a capitalised word, two or more of them, longest first. */
    private static List<List<Word>> names(List<Word> run) {
        List<List<Word>> names = new ArrayList<>();
        // longest first; a stretch stops growing past six capitals, so a long run costs little
        for (int from = 0; from < run.size(); from++) {
            if (!run.get(from).capitalised()
                    || FUNCTION_WORDS.contains(run.get(from).lower())) {
                continue; // "In Toronto" is not IT, "At Acme" not AA
            }
            int capitals = 1;
            for (int to = from + 1; to < run.size() && capitals <= MAX_INITIALS; to++) {
                if (isAcronym(run.get(to).text()) || isAcronym(run.get(from).text())) {
                    break; // "SQL and Python" spells no SAP: a name spelled out is of words, not of acronyms
                }
                if (run.get(to).capitalised()) {
                    capitals++;
                    if (capitals <= MAX_INITIALS) {
                        names.add(run.subList(from, to + 1));
                    }
                }
            }
        }
        names.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return names;
    }

    /** The initials of the capitalised words, and of every word when small words are among them. */
    private static List<String> initials(List<Word> name) {
        StringBuilder capitals = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (Word word : name) {
            char initial = Character.toUpperCase(word.text().charAt(0));
            all.append(initial);
            if (word.capitalised()) {
                capitals.append(initial);
            }
        }
        return capitals.length() == all.length()
                ? List.of(capitals.toString())
                : List.of(capitals.toString(), all.toString());
    }
}
