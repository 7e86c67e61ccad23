package dev.profilebot.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Lucene analyzer for passages and questions: standard tokens, folded to ASCII, lower case,
 * without dots inside a word ("M.Sc." is "msc"), possessives and function words ("what", "did",
 * "he"), Porter-stemmed, with the past forms of irregular verbs stemmed as their present ("led"
 * as "lead"). {@link #terms}
 * gives the same terms for scoring outside Lucene.
 */
public final class ProfileAnalyzer extends Analyzer {

    private static final Pattern DOTS = Pattern.compile("\\.");
    /** A fiscal year written as one word, as sales and finance résumés count: "FY2024", "FY23". */
    private static final Pattern FISCAL_YEAR = Pattern.compile("^fy(?:20)?(\\d{2})$");
    /**
     * A verb in "-ise" and its noun in "-isation" as British résumés spell them, which Porter stems apart from
     * the "-ize" a question may use: "reorganisation" and "reorganization", "analysed" and "analyzed". Only
     * the stems English spells both ways, so that "supervised" stays with "supervision" and "promise" is left.
     */
    private static final Pattern BRITISH_IZE = Pattern.compile(
            "^((?:re)?organ|special|optim|priorit|standard|digit|digital|modern|custom|central|util|minim|maxim"
                    + "|recogn|real|final|summar|categor|author|synchron|harmon|monet|capital|mobil|stabil|visual"
                    + "|virtual|container|local|normal|global|industrial|emphas|character|familiar|sanit|item"
                    + "|random|token|commercial|operational|personal|internation|rational)is(e|es|ed|ing|ation|ations|er|ers)$");

    private static final Pattern BRITISH_YZE = Pattern.compile("^(analy|paraly|cataly)s(e|ed|ing|er|ers)$");
    /** The articles French and Italian elide before a vowel: "l'entrepôt", "d'équipe", "dell'ufficio". */
    private static final CharArraySet ELIDED_ARTICLES = new CharArraySet(
            List.of(
                    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "dell", "all", "nell",
                    "dall", "sull", "un", "quell"),
            true);
    /** Past forms of verbs résumés use, and nouns of what the verbs do, to the stem of the verb. */
    private static final String[][] PAST_FORMS = {
        {"led", "lead"},
        {"built", "build"},
        {"ran", "run"},
        {"wrote", "write"},
        {"written", "write"},
        {"taught", "teach"},
        {"drove", "drive"},
        {"driven", "drive"},
        {"grew", "grow"},
        {"grown", "grow"},
        {"began", "begin"},
        {"begun", "begin"},
        {"made", "make"},
        {"brought", "bring"},
        {"sold", "sell"},
        {"bought", "bui"},
        {"held", "hold"},
        {"oversaw", "overse"},
        {"overseen", "overse"},
        {"undertook", "undertak"},
        {"took", "take"},
        {"taken", "take"},
        {"gave", "give"},
        {"given", "give"},
        {"won", "win"},
        {"met", "meet"},
        {"kept", "keep"},
        {"spent", "spend"},
        {"chose", "choos"},
        {"chosen", "choos"},
        {"thought", "think"},
        {"sent", "send"},
        {"shipped", "ship"},
        {"rewrote", "rewrit"},
        {"rewritten", "rewrit"},
        {"rebuilt", "rebuild"},
        {"flew", "fly"},
        {"saw", "see"},
        {"knew", "know"},
        {"known", "know"},
        {"understood", "understand"},
        // agent nouns Porter leaves apart from their verbs: "supervisors" of "who supervised it?"
        {"supervisor", "supervis"},
        {"supervisors", "supervis"},
        {"advisor", "advis"},
        {"advisors", "advis"},
        // who teaches: "Does he teach?" of a "Clinical Tutor"
        {"tutor", "teach"},
        {"tutors", "teach"},
        {"tutoring", "teach"},
        {"tutored", "teach"},
        {"stood", "stand"},
        {"told", "tell"},
        {"paid", "pai"},
        // a role's noun asked for as its verb: "leadership experience" of someone who "led"
        {"leadership", "lead"},
        {"mentorship", "mentor"},
        // a post asked for as its "-ship": "Did he do a clerkship?" of a "Law Clerk"
        {"clerkship", "clerk"},
        // "What has he published?" of "Publications"
        {"publication", "publish"},
        {"publications", "publish"},
        {"clerkships", "clerk"},
        {"internship", "intern"},
        {"internships", "intern"},
        {"apprenticeship", "apprentic"},
        {"apprenticeships", "apprentic"},
        {"traineeship", "traine"},
        {"fellowship", "fellow"},
        {"fellowships", "fellow"},
        {"ownership", "own"},
        // an adjective Porter leaves apart from its noun: "Is she certified?" of "Certifications"
        {"certified", "certif"},
        {"certify", "certif"},
        {"qualified", "qualif"},
        {"licence", "licens"},
        {"licences", "licens"},
        {"licenced", "licens"},
        // "What is she looking for?" of "Seeking a full-time primary care position"
        {"looking", "seek"},
        {"sought", "seek"},
        // the short forms people type in chat: "pts a day", "ER nurse", "how many hrs", "10 yrs"
        {"pts", "patient"},
        {"er", "emerg"},
        {"hrs", "hour"},
        {"yrs", "year"},
        {"mgmt", "manag"},
        {"uni", "univers"},
        // "Where did he finish his Cert III?" of "Certificate III in Electrotechnology"
        {"cert", "certif"},
        {"certs", "certif"},
        {"prof", "professor"},
        {"postdoc", "postdoctor"},
        // "Who was her PhD supervisor?" of "Doctor of Science (Technology)", "D.Sc.", "Doctoral Candidate"
        {"phd", "doctor"},
        {"phds", "doctor"},
        {"dsc", "doctor"},
        {"postdocs", "postdoctor"},
        // one tool's other names: "Has he used Golang?" of "Go (4 years)", "K8s" of "Kubernetes"
        {"golang", "go"},
        {"k8s", "kubernet"},
        {"postgres", "postgresql"},
        {"nodejs", "node"},
    };

    /**
     * The languages whose résumé words {@code lexicon/<language>.txt} gives in English, one word and its English word
     * on a line: "uppsägningstid notice", "vedl managed".
     */
    private static final List<String> LEXICONS = List.of(
            "sv", "da", "no", "es", "pt", "id", "fr", "it", "ro", "de", "nl", "fi", "pl", "cs", "sk", "ru", "uk", "tr",
            "ar", "he", "hu", "ja", "zh", "ko", "hr", "sl", "sr", "bg", "el", "mk", "lt", "lv", "et", "fa");

    /**
     * The scripts written without spaces between words, read two characters at a time: kanji, hiragana and hangul
     * ("職務経歴" as "職務", "務経", "経歴"). A katakana word stays whole ("エンジニア"), as it is one loanword.
     */
    private static final int BIGRAM_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.HANGUL;

    /** A Greek letter, whose accents the index drops. */
    private static final Pattern GREEK = Pattern.compile("\\p{IsGreek}");

    /** The words of résumés in other languages, folded to ASCII, with the English word each stands for. */
    private static final java.util.Map<String, String> IN_ENGLISH = inEnglish();

    /** The file's words, and the names of the languages a person speaks ("almanca", "jerman") as their English name. */
    private static java.util.Map<String, String> inEnglish() {
        java.util.Map<String, String> words = new java.util.HashMap<>();
        for (String[] line : resourceLines("translations.txt")) {
            words.putIfAbsent(line[0], line[1]);
        }
        LanguageNames.inEnglish().forEach(words::putIfAbsent);
        LanguageNames.countriesInEnglish().forEach(words::putIfAbsent);
        for (String language : LEXICONS) {
            for (String[] line : resourceLines("lexicon/" + language + ".txt")) {
                // as the analyzer reads the word ("förskollärare" as "forskollarare") and as the answers fold it
                // ("الأردنية" keeps its hamza here and loses it there)
                words.putIfAbsent(foldedAsIndexed(line[0]), line[1]);
                words.putIfAbsent(dev.profilebot.profile.Words.folded(line[0]), line[1]);
            }
        }
        return java.util.Map.copyOf(words);
    }

    /** A word folded to ASCII where it has a plain form, in small letters, as the index's terms are. */
    private static String foldedAsIndexed(String word) {
        // (a Greek final "ς" is "σ" and "ί" is "ι", as GreekLowerCaseFilter reads them)
        String folded = LanguageNames.folded(word).replace('ς', 'σ');
        return GREEK.matcher(folded).find()
                ? java.text.Normalizer.normalize(folded, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                : folded;
    }

    private static final StemmerOverrideFilter.StemmerOverrideMap GIVEN_STEMS = givenStems();

    private static final java.util.regex.Pattern FINAL_Y = java.util.regex.Pattern.compile("(?<=\\p{L}{2})y$");

    private final CharArraySet stopWords = loadStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        // ("ＴＯＥＩＣ" as "TOEIC"; Chinese, Japanese and Korean words in twos, as their words are not spaced)
        TokenStream stream = new CJKWidthFilter(source);
        stream = new CJKBigramFilter(stream, BIGRAM_SCRIPTS);
        stream = new EnglishPossessiveFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        // (Greek in small letters without its accents, a final "ς" as "σ": "ΓΛΩΣΣΕΣ" and "Γλώσσες" are one word)
        stream = new GreekLowerCaseFilter(stream);
        stream = new ElisionFilter(stream, ELIDED_ARTICLES);
        // "M.Sc." and "MSc", "Ph.D." and "PhD", "U.K." and "UK" are one term
        stream = new PatternReplaceFilter(stream, DOTS, "", true);
        // "109% in FY2024" answers "how did he do in 2024?"
        stream = new PatternReplaceFilter(stream, FISCAL_YEAR, "20$1", false);
        stream = new StopFilter(stream, stopWords);
        stream = new PatternReplaceFilter(stream, BRITISH_IZE, "$1iz$2", false);
        stream = new PatternReplaceFilter(stream, BRITISH_YZE, "$1z$2", false);
        // "led" is "lead" and "built" is "build": the stemmer only knows regular endings; "idiomas" is "languages"
        stream = new StemmerOverrideFilter(stream, GIVEN_STEMS);
        stream = new PorterStemFilter(stream);
        // "deployed" is "deploi" and "deployment" "deploy" after Porter (its y becomes i before "-ment" goes): one
        stream = new PatternReplaceFilter(stream, FINAL_Y, "i", false);
        return new TokenStreamComponents(source, stream);
    }

    /** The distinct analysed terms of a text, in order of first appearance. */
    public List<String> terms(String text) {
        return terms(this, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return new ArrayList<>(terms);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap givenStems() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String[] form : PAST_FORMS) {
            builder.add(form[0], form[1]);
        }
        // "idiomas" as "languages" is: the English word's stem
        try (Analyzer porter = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(
                        source, new PorterStemFilter(new org.apache.lucene.analysis.LowerCaseFilter(source)));
            }
        }) {
            // (each English word stemmed once: the lexicons' many thousand words stand for a few hundred)
            java.util.Map<String, String> stems = new java.util.HashMap<>();
            for (java.util.Map.Entry<String, String> translation : IN_ENGLISH.entrySet()) {
                // the stem the word has here ("licence" as "licens", as "license" is), else Porter's
                String stem = stems.computeIfAbsent(
                        translation.getValue(),
                        english -> java.util.Arrays.stream(PAST_FORMS)
                                .filter(form -> form[0].equals(english))
                                .map(form -> form[1])
                                .findFirst()
                                .orElseGet(() -> terms(porter, english).get(0)));
                builder.add(translation.getKey(), stem);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building an in-memory map cannot fail", e);
        }
    }

    private static CharArraySet loadStopWords() {
        CharArraySet words = new CharArraySet(128, true);
        for (String[] line : resourceLines("stopwords.txt")) {
            words.add(line[0]);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /**
     * "languages" for "sprachen", "idiomas" or "talen"; the word itself when it is no word of another language. A run
     * of Chinese, Japanese or Korean is read as the index reads it, in twos: "職務経歴" is "duties experience".
     */
    public static String inEnglish(String foldedWord) {
        if (!BIGRAM_RUN.matcher(foldedWord).find()) {
            return IN_ENGLISH.getOrDefault(foldedWord, foldedWord);
        }
        List<String> english = new ArrayList<>();
        java.util.regex.Matcher part = CJK_PART.matcher(foldedWord);
        while (part.find()) {
            String run = part.group();
            List<String> words = run.codePoints().allMatch(ProfileAnalyzer::isKatakana) || run.length() == 1
                    ? List.of(run)
                    : java.util.stream.IntStream.range(0, run.length() - 1)
                            .mapToObj(i -> run.substring(i, i + 2))
                            .toList();
            words.stream().map(IN_ENGLISH::get).filter(Objects::nonNull).forEach(english::add);
        }
        String words = String.join(" ", english);
        return words.isEmpty() ? foldedWord : words;
    }

    /** Two characters of a script read in twos, side by side. */
    private static final Pattern BIGRAM_RUN =
            Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsHangul}]{2}|\\p{IsKatakana}");

    /** A katakana word, or a run of the scripts read in twos. */
    private static final Pattern CJK_PART =
            Pattern.compile("[\\p{IsKatakana}ー]+|[\\p{IsHan}\\p{IsHiragana}\\p{IsHangul}]+");

    private static boolean isKatakana(int codePoint) {
        return codePoint == 'ー' || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.KATAKANA;
    }

    /** A resource's lines that are not empty nor comments, each split at its spaces. */
    private static List<String[]> resourceLines(String name) {
        try (InputStream in = Objects.requireNonNull(ProfileAnalyzer.class.getResourceAsStream(name), name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is part of the jar", e);
        }
    }
}
