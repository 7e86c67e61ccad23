package dev.profilebot.profile.facts;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the dates and date ranges résumés write: "Sep 2023 to present", "July 2017 to May 2019",
 * "2018-", "(Apr. 2017 – Present)", "05/2013", "2011–2017", "Wed, 2021/11/10", "since 2019",
 * labelled "start date: …; end date: …" (Logseq properties), and ranges written backwards.
 */
public final class DateRanges {

    /**
     * Month names in English, French, German, Spanish, Italian, Portuguese and Dutch, whole or abbreviated, as résumés
     * write them, and the names the JDK's locales give in other languages.
     */
    private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
            + "|januar|februar|m(?:ä|ae|a)rz|juni|juli|oktober|dezember"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre"
            + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
            // the abbreviations English does not share: "ene. 2020", "ago. 2017", "janv. 2016", "Dez. 2020"
            + "|ene|abr|ago|dic|janv|f[ée]vr|avr|juil|d[ée]c|okt|dez"
            // Portuguese: "fev/2013", "set/2016", "out/2019" (the last two only before a slash: "set 2019" and
            // "out 2019" are English words; with a dot before the year they are months: "set. 2019 – presente")
            + "|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|fev"
            + "|(?:set|out)(?=/|\\.\\s?(?:19|20)\\d\\d)"
            // (or as a range's end: "mar 2012 – set 2013", "jan 2019 - out 2021")
            + "|(?<=[–—-]\\s{0,3})(?:set|out)(?=\\s(?:19|20)\\d\\d)"
            // Italian: "gen 2015 – dic 2017", "ott 2013", "giu 2010"; "mag" only before a year ("mag 2016")
            + "|gen|giu|lug|ott|mag(?=\\.?\\s?(?:19|20)\\d\\d)"
            // Dutch: "sep 2019 – heden", "mrt 2014", "1 augustus 2019"
            + "|januari|februari|maart|mei|augustus|mrt"
            // Indonesian's own short name for August, beside the platform's "Agu": "Agt 2021 – Des 2022"
            + "|agt"
            // and the names the platform's locales give in other languages: "Mart 2019", "Şub 2019", "styczeń 2017"
            + "|" + String.join("|", LocaleMonths.FORMS) + ")";

    /**
     * The months of other languages as {@link java.time.Month#getDisplayName} gives them for the locales of
     * résumés the lists above do not cover: their {@link #folded} names, and the forms a résumé may write.
     */
    private static final class LocaleMonths {
        // (Russian and Ukrainian whole names in both their cases: "Январь 2020", "с марта 2022")
        // (and Greek's, in both its cases: "Ιανουάριος 2019", "από τον Μάρτιο" aside, "Ιανουαρίου 2019")
        // (and Arabic's, the Gulf's and Egypt's "مارس 2015" as the Levant's "آذار 2015", "كانون الثاني 2020")
        private static final List<String> WHOLE_NAMES_ONLY = List.of(
                "fi", "cs", "lt", "ru", "uk", "bg", "el", "ar", "ar-JO", "hr", "sr", "sr-Latn", "bs", "mk", "sq");
        private static final List<String> ALSO_SHORT_NAMES =
                List.of("tr", "pl", "sv", "da", "nb", "ro", "hu", "id", "sk", "sl", "lv", "et");
        /** Short names that are English words before a year: "Led 2019 – the migration", "Pro 2019". */
        private static final Set<String> NOT_MONTHS =
                Set.of("led", "pro", "sie", "lis", "tra", "elo", "kol", "bal", "vas", "dub", "stu");

        private static final Map<String, Integer> NAMES_READ = new HashMap<>();
        /**
         * In small letters, capitalised and in capitals (the patterns ignore the case of ASCII letters only):
         * "şubat", "Şubat", "ŞUBAT", "aralık", "Aralık", "ARALIK"; the longest first.
         */
        static final Set<String> FORMS =
                new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(f -> f));

        static {
            for (String tag : Stream.concat(ALSO_SHORT_NAMES.stream(), WHOLE_NAMES_ONLY.stream())
                    .toList()) {
                Locale locale = Locale.forLanguageTag(tag);
                List<TextStyle> styles = ALSO_SHORT_NAMES.contains(tag)
                        ? List.of(
                                TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)
                        : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE);
                for (TextStyle style : styles) {
                    for (java.time.Month month : java.time.Month.values()) {
                        String name = month.getDisplayName(style, locale)
                                .replace(".", "")
                                .toLowerCase(locale);
                        String key = folded(name);
                        // (a name of two words in Arabic: "تشرين الأول"; "آب", August, two letters)
                        boolean arabic = tag.startsWith("ar");
                        if (key.length() >= (arabic ? 2 : 3)
                                && key.replaceFirst(arabic ? " " : "$^", "")
                                        .chars()
                                        .allMatch(Character::isLetter)
                                && !NOT_MONTHS.contains(key)) {
                            NAMES_READ.putIfAbsent(key, month.getValue());
                            FORMS.addAll(List.of(
                                    name,
                                    name.substring(0, 1).toUpperCase(locale) + name.substring(1),
                                    name.toUpperCase(locale)));
                        }
                    }
                }
            }
        }

        static final Map<String, Integer> NAMES = Map.copyOf(NAMES_READ);
    }

    /** A month's name in small letters as any case of it folds: "ARALIK", "Aralık" and "aralık" as "aralik". */
    private static String folded(String name) {
        return name.toLowerCase(Locale.ROOT).replace("\u0307", "").replace('ı', 'i');
    }

    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?";
    private static final String YEAR = "((?:19[5-9]|20[0-9])\\d)";
    /** One date; the groups of exactly one alternative are set. */
    private static final String DATE = "(?:" + WEEKDAY + YEAR + "[/.-](\\d{1,2})[/.-]\\d{1,2}(?!\\d)" // 2021/11/10
            // 2019-03; 2018.07, as China writes a month ("2018.07-2021.06")
            + "|" + YEAR + "(?:[/-]|\\.(?=\\d{2}(?!\\d)))(\\d{1,2})(?![\\d/.]|-(?!(?:19|20)\\d\\d|\\p{L}))"
            // 05/2013; Vietnam's "T6/2018", "tháng 6/2018" (month 6)
            + "|(?:(?<![\\p{L}\\d/.])(?:T|[Tt]háng\\s?)|(?<![\\d/.]))(\\d{1,2})[/.]" + YEAR + "(?!\\d)"
            + "|(?:(?<![\\d/.])\\d{1,2}(?:st|nd|rd|th)?(?:\\.?\\s+|-|\\s+de\\s+))?\\b" + MONTH_NAME
            + "\\.?,?(?:\\s+del?\\s+|\\s*|-|/)(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?'?" + YEAR
            // Sep 2023, 1 Sep 2023, 10-Aug-2011, "May, 2014", "Jan., 2017", "junio de 2019", "14 de marzo de 1991"
            + "(?!\\d)"
            + "|(?<![\\d/.])" + YEAR + "(?![\\d/])" // 2018
            + "|(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR + "(?!\\d)" // 01/03/2019 (day first, as Europass)
            + "|\\b" + MONTH_NAME + "\\.?\\s*['’‘](\\d{2})(?![\\d'’])" // Sep ’09
            + "|\\b(?:spring|summer|fall|autumn|winter)\\s*['’‘](\\d{2})(?![\\d'’])" // Summer ’15
            // "IX 2021", as Poland writes a month; not "CFA Level II 2019", "Class X 2015"
            + "|(?<![\\p{L}\\d.])(?<!(?:level|class|grade|phase|part|tier|stage|band|std|standard|year|form|war|vol) )"
            + "(?-i:(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))\\.?\\s+" + YEAR + "(?![\\d/])"
            + ")";

    private static final String PRESENT =
            "(present|now|(?:currently|still) (?:working|employed)(?: there| here)?|current(?:ly)?|today|ongoing|to date|till date|till now|until now|date|heute|aktuell|jetzt|laufend|continues|continuing|devam ediyor|halen|obecnie|nadal|actualmente laborando|laborando actualmente|actualmente|atualmente|a la fecha|hasta la fecha|actual|en cours|in corso|alla data attuale|attuale|attualmente|aujourd'hui|actuel|actualidad|presente|atual|oggi|heden|tot heden|nu|nå|i dag|idag|dags dato|pågående|sekarang|kini|hingga kini|saat ini|по настоящее время|настоящее время|н\\.\\s?в(?=\\.)|сейчас|(?:по )?теперішній час|дотепер|jelenleg|napjainkig|dosud|doposud|sou[čc]asnost|doteraz|s[úu][čc]asnos[ťt]|nykyhetki|nykyään|hiện tại|hiện nay|(?:至今|现在|現在)\\s*/\\s*(?:present|now)|至今|现在|現在|현재|(?:μέχρι |έως )?σήμερα|prezent|[îi]n prezent|p[âa]n[ăa] [îi]n prezent|dabar|šiuo metu|tagad|līdz šim|praegu|tänaseni|(?:do )?danas|danes|pašlaik|patlaban|aktualisht|n[ëe] vazhdim|teraz|sou[čc]asnosti|trenutno|sada|до момента|досега|до днес|до данас|данас|днес|sedaj|تاکنون|اکنون|کنون|ادامه دارد|ΣΗΜΕΡΑ|Σήμερα|(?:حتى |لغاية )?(?:الآن|تاريخه)|حالياً|حاليا|\\.\\.\\.|…)";
    // (and in Portuguese, Spanish, Italian, French, German or Dutch: "2013 a 2016", "hasta", "al", "à", "bis", "tot")
    private static final String DASH = "\\s*(?:-{1,2}|–|—|‒|−|→|~|to|until|till|through|thru|up to"
            // (Italian "ad" before a vowel: "Dal 04/2019 ad oggi")
            + "|(?<=\\s)(?:a|ad|à|al|até|hasta|bis|tot|по|до|do|iki|إلى|الى|تا)(?=\\s))\\s*"
            // "Sep 2023 -- Expected June 2027": a degree's end still to come
            + "(?:(?:expected|anticipated|exp\\.)\\s+)?";
    /** "Fall 2021 – Spring 2022": an academic term before a year, which stays a year. */
    private static final String SEASON = "(?:(?:spring|summer|fall|autumn|winter|صيف|شتاء|ربيع|خريف)\\s+)?";

    private static final Pattern ONE_DATE = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE);
    // (the word before the start that makes a range of it, part of the range: "De janvier 2010 à juin 2014", "Desde
    // 2018 hasta 2020")
    private static final Pattern RANGE = Pattern.compile(
            "(?:\\b(?:from|de|desde|dal|da|von|vom|от|od|nuo)\\s+(?=\\S))?" + DATE + DASH + SEASON + "(?:" + DATE + "|"
                    + PRESENT + "\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A word that puts a date inside a sentence ("in 2022", "runs to 31 December 2026"), not at a range's start. */
    private static final String WORD_BEFORE_A_DATE = "(?:in|by|of|during|around|before|after|to|until)";

    private static final Pattern OPEN_RANGE = Pattern.compile(
            // "cut spend by 38% in 2022 — by ..." is a year in a sentence, not the start of a range
            // "Contract runs to 31 December 2026 – available …": the end of something, not a start
            "(?<!\\b" + WORD_BEFORE_A_DATE + "\\s)"
                    // "… in April 2023 – on time": the year of a date in the sentence
                    + "(?<!\\b" + WORD_BEFORE_A_DATE + "\\s(?:" + MONTH_NAME.substring(1) + "\\.?\\s)"
                    + "(?<!\\b" + WORD_BEFORE_A_DATE + "\\s\\d{1,2}(?:st|nd|rd|th)?\\s)"
                    // the year of a date whose month was passed over above ("to 31 December 2026 –")
                    + "(?<!\\b(?:" + MONTH_NAME.substring(1) + "\\.?\\s)"
                    + DATE
                    // "KCD Bengaluru 2023 – talk: …": a sentence going on in lower case, not a range's open end
                    // (nor a note after the dash in small letters that goes on: "January 2023 – generalist ward and
                    // emergency department cover", "2018 – intra-college contest")
                    + "(?:\\s*(?:–|—|-)(?=\\s*$|\\s*[)\\]|:,*_]|\\s+(?!\\p{Ll}+\\s*:)(?!(?-i:\\p{Ll}[\\p{Ll}-]+\\s+\\p{Ll}{2,}))\\p{L})"
                    + "|\\s+onwards?\\b)",
            Pattern.CASE_INSENSITIVE);
    /** The word that opens an open range, in the languages read: "since 2019", "seit 04/2021", "sedan 2021". */
    static final String SINCE_WORDS = "since|from|seit|ab|depuis|desde|dal|sinds|sedan|siden|od|nuo|от";

    private static final Pattern SINCE = Pattern.compile(
            // "Salford Quays then remote from 03/2020": how the work was done from then, not a start
            // "available from January 2027": when a person is free, not a start
            "(?<!\\b(?:remote|remotely|hybrid|on-?site|onsite|full-time|part-time|available|availability)\\s)\\b(?:"
                    + SINCE_WORDS + ")\\s+"
                    + DATE + "(?!" + DASH + ")",
            Pattern.CASE_INSENSITIVE);
    /** A Colombian "Fecha de ingreso:", a Brazilian "Data de admissão:", a French "Date d'entrée:": a job's start. */
    private static final String START_LABELS =
            "fecha de (?:ingreso|inicio)|data de (?:in[ií]cio|admiss[ãa]o)|date d['’]entr[ée]e|date de d[ée]but";
    /** "Fecha de retiro del cargo:", "Data de saída:", "Date de sortie:": its end. */
    private static final String END_LABELS = "fecha de (?:retiro(?: del cargo)?|salida|terminaci[óo]n|finalizaci[óo]n)"
            + "|data de (?:sa[ií]da|t[ée]rmino|demiss[ãa]o)|date de (?:sortie|fin)";

    private static final Pattern LABELLED = Pattern.compile(
            // a seafarer's "Sign on: 12.03.2013; Sign off: 20.10.2013"
            "\\b(?:start[ _-]?date|start|from|begin|started|sign[ -]?on|" + START_LABELS
                    + ")\\s*:+\\s*\\[*([^;\\]\\n]+?)\\]*\\s*(?:[;\\n]|$"
                    // an Egyptian CV's "From: 01/2016    To: 06/2019", both labels on one line
                    + "|(?=\\s+(?:end[ _-]?date|end|to|until|ended|sign[ -]?off|" + END_LABELS + ")\\s*:))"
                    + "(?:[^\\n]*?\\b(?:end[ _-]?date|end|to|until|ended|sign[ -]?off|" + END_LABELS
                    + ")\\s*:+\\s*\\[*([^;\\]\\n()]+?)\\]*\\s*(?:[;()\\n]|$))?",
            Pattern.CASE_INSENSITIVE);
    /**
     * "2012-15": a range whose end year is written with two digits (over 12, else it is a month),
     * but not the day of a date that follows ("2016 – 30 Jun 2019").
     */
    private static final Pattern SHORT_RANGE = Pattern.compile(
            "(?<![\\d/.])(?<!\\b(?:in|by|of|during|around|before|after)\\s)((?:19[5-9]|20[0-9])\\d)\\s*(?:--|[-–—])\\s*(\\d{2})(?![\\d/.-])(?!\\s*\\p{L}+\\.?,?\\s*\\d{4})");

    /** "2017 (Apr–Sep)", "2019 (March - June)": a year, then the months it lasted in brackets. */
    private static final Pattern YEAR_THEN_MONTHS = Pattern.compile(
            "\\b" + YEAR + "\\s*\\(\\s*" + MONTH_NAME + "\\.?\\s*(?:-{1,2}|–|—|to)\\s*" + MONTH_NAME + "\\.?\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** "April – May 2012", "Jun-Aug 2019": months of one year (a December start of the year before), the year once. */
    private static final Pattern MONTHS_THEN_YEAR = Pattern.compile(
            "(?<![\\d/.]\\s?)\\b" + MONTH_NAME + "\\.?\\s*(?:-{1,2}|–|—|to|until)\\s*" + MONTH_NAME + "\\.?,?\\s*"
                    + YEAR + "(?![\\d/])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PRESENT_ALONE = Pattern.compile("^\\s*" + PRESENT + "\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_YEAR = Pattern.compile("(?:19[5-9]|20[0-9])\\d|['’‘]\\d{2}(?![\\d'’])");
    private static final int GROUPS_PER_DATE = 17;
    /** English months by their first three letters; other languages' by their whole name. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12),
            Map.entry("janvier", 1),
            Map.entry("février", 2),
            Map.entry("fevrier", 2),
            Map.entry("mars", 3),
            Map.entry("avril", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juillet", 7),
            Map.entry("août", 8),
            Map.entry("aout", 8),
            Map.entry("septembre", 9),
            Map.entry("octobre", 10),
            Map.entry("décembre", 12),
            Map.entry("decembre", 12),
            Map.entry("märz", 3),
            Map.entry("maerz", 3),
            Map.entry("marz", 3),
            Map.entry("juni", 6),
            Map.entry("juli", 7),
            Map.entry("oktober", 10),
            Map.entry("dezember", 12),
            Map.entry("enero", 1),
            Map.entry("febrero", 2),
            Map.entry("marzo", 3),
            Map.entry("abril", 4),
            Map.entry("mayo", 5),
            Map.entry("junio", 6),
            Map.entry("julio", 7),
            Map.entry("agosto", 8),
            Map.entry("septiembre", 9),
            Map.entry("setiembre", 9),
            Map.entry("octubre", 10),
            Map.entry("noviembre", 11),
            Map.entry("diciembre", 12),
            Map.entry("gennaio", 1),
            Map.entry("febbraio", 2),
            Map.entry("aprile", 4),
            Map.entry("maggio", 5),
            Map.entry("giugno", 6),
            Map.entry("luglio", 7),
            Map.entry("settembre", 9),
            Map.entry("ottobre", 10),
            Map.entry("dicembre", 12),
            Map.entry("ene", 1),
            Map.entry("abr", 4),
            Map.entry("ago", 8),
            Map.entry("dic", 12),
            Map.entry("janv", 1),
            Map.entry("févr", 2),
            Map.entry("fevr", 2),
            Map.entry("avr", 4),
            Map.entry("juil", 7),
            Map.entry("déc", 12),
            Map.entry("okt", 10),
            Map.entry("dez", 12),
            Map.entry("janeiro", 1),
            Map.entry("fevereiro", 2),
            Map.entry("março", 3),
            Map.entry("marco", 3),
            Map.entry("maio", 5),
            Map.entry("junho", 6),
            Map.entry("julho", 7),
            Map.entry("setembro", 9),
            Map.entry("outubro", 10),
            Map.entry("novembro", 11),
            Map.entry("dezembro", 12),
            Map.entry("januari", 1),
            Map.entry("februari", 2),
            Map.entry("maart", 3),
            Map.entry("mrt", 3),
            Map.entry("agt", 8),
            Map.entry("mei", 5),
            Map.entry("augustus", 8),
            Map.entry("fev", 2),
            Map.entry("set", 9),
            Map.entry("gen", 1),
            Map.entry("mag", 5),
            Map.entry("giu", 6),
            Map.entry("lug", 7),
            Map.entry("ott", 10),
            Map.entry("out", 10));

    private DateRanges() {}

    /** A range found in a text, and where: the text around it names the role. */
    public record Found(DateRange range, int start, int end) {}

    /** "09/2021 – Present", " 2019 – 2021 ": a date range and nothing else but spaces and punctuation. */
    public static boolean isOnlyARange(String text) {
        return firstRange(text)
                .filter(found -> text.substring(0, found.start()).isBlank()
                        && !text.substring(found.end()).matches(".*[\\p{L}\\p{N}].*"))
                .isPresent();
    }

    /** "06/2007", "since 07/2023", "2019 – 2021": a date or a range and nothing else but spaces and punctuation. */
    public static boolean isOnlyADateOrRange(String text) {
        return firstRangeOrDate(text)
                .filter(found -> text.substring(0, found.start()).isBlank()
                        && !text.substring(found.end()).matches(".*[\\p{L}\\p{N}].*"))
                .isPresent();
    }

    /** "Q3 2019", "Q1/2022": a quarter of a year. */
    private static final Pattern QUARTER = Pattern.compile("\\bQ([1-4])[ /-]((?:19|20)\\d\\d)\\b");
    /** "FY21", "FY2021": a fiscal year, read as the year it is named for. */
    private static final Pattern FISCAL_YEAR = Pattern.compile("\\bFY ?(\\d\\d(?:\\d\\d)?)\\b");
    /** The end of a range comes after a dash or a word of one. */
    private static final Pattern BEFORE_AN_END =
            Pattern.compile("(?i)(?:[–—→~-]|\\bto|\\buntil|\\btill|\\bthrough)\\s*$");

    /**
     * Quarters, fiscal years, two-digit years and Japanese months ("2021年4月") as the dates the other patterns
     * read, in as many characters, so that where a range sits in the text stays where it sits: "Q3 2019 – Q1 2022" as
     * "07/2019 – 03/2022" (a quarter's first month at a range's start, its last at the end), "FY21" as
     * "2021", "Sep 16 - Aug 17" as "Sep’16 - Aug’17".
     */
    private static String withQuartersAsMonths(String text) {
        text = withShortYearsMarked(withDaysOfShortYearsRead(withSpacedDaysRead(
                withCjkMonthsRead(withJapaneseErasRead(withYearFirstMonthsRead(withSolarHijriRead(text)))))));
        if (text.indexOf('Q') < 0 && text.indexOf("FY") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher quarter = QUARTER.matcher(text);
        while (quarter.find()) {
            int q = Integer.parseInt(quarter.group(1));
            boolean end =
                    BEFORE_AN_END.matcher(text.substring(0, quarter.start())).find();
            int month = end ? q * 3 : q * 3 - 2;
            out.replace(quarter.start(), quarter.end(), String.format("%02d/%s", month, quarter.group(2)));
        }
        Matcher fiscal = FISCAL_YEAR.matcher(text);
        while (fiscal.find()) {
            String digits = fiscal.group(1);
            String year = digits.length() == 4 ? digits : Integer.toString(fullYear(digits)); // "FY99": 1999
            String written = fiscal.group();
            out.replace(fiscal.start(), fiscal.end(), " ".repeat(written.length() - year.length()) + year);
        }
        return out.toString();
    }

    /**
     * "2021年4月 入社", "2019年 4月 1日": a year and month as Japan and China write them, and the word after it
     * that says what the date is ("入社" joined, "退社" left).
     */
    private static final Pattern CJK_MONTH = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月" + "(?:\\s*\\d{1,2}\\s*日)?(?:\\s*(?:入社|退社|退職|入学|卒業|修了|就任))?");
    /**
     * "2020. március", "2017. szept.": the year first, then the month's name, as Hungary writes a date; and as
     * Lithuania and Latvia write it: "2018 m. rugsėjo mėn.", "2018 m. rugsėjo 1 d.", "2018. gada septembris",
     * "2013. g. septembris".
     */
    private static final Pattern YEAR_FIRST_MONTH = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d\\d)(?:\\.|\\s+m\\.|\\.\\s+gada|\\.\\s+g\\.)\\s+" + MONTH_NAME
                    + "\\.?(?:\\s+\\d{1,2}\\.(?:\\s*d\\.)?|\\s+\\d{1,2}\\s*d\\.|\\s+mėn\\.?)?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "2020 May – Present", "(2020 May – 2023 March)": the year, then the month, as Sri Lanka writes a range, without
     * the stop: only at a range's dash, so "in 2019 May led …" stays a sentence.
     */
    private static final Pattern YEAR_THEN_MONTH_IN_A_RANGE = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d\\d)\\s+" + MONTH_NAME + "(?=\\s*[–—-])"
                    + "|(?<=[–—-]\\s{0,3})((?:19|20)\\d\\d)\\s+" + MONTH_NAME + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The months of the Solar Hijri calendar Iran writes dates in, Farvardin first. */
    private static final List<String> SOLAR_HIJRI_MONTHS = List.of(
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
    /** "مهر 1400", "1398/04", "1396": a Solar Hijri year, with its month's name before it or its number after it. */
    private static final Pattern SOLAR_HIJRI_DATE = Pattern.compile("(?:(" + String.join("|", SOLAR_HIJRI_MONTHS)
            + ")\\s+)?(?<!\\d)(1[34]\\d\\d)(?:/(\\d{1,2})(?![\\d/]))?(?!\\d)");
    /** Letters Persian writes and Arabic does not: a text of them dates in the Solar Hijri calendar. */
    private static final Pattern PERSIAN_LETTERS = Pattern.compile("[پچژگکی]");

    /**
     * Digits of other scripts as ASCII ones ("۱۴۰۰", "٢٠١٩"), and in a text in Persian a Solar Hijri date as the
     * Gregorian month most of it falls in, in as many characters: "مهر 1400" as "Oct 2021", "1396" as "2017".
     */
    private static String withSolarHijriRead(String text) {
        boolean persian = PERSIAN_LETTERS.matcher(text).find();
        if (!persian && text.chars().noneMatch(c -> c > 127 && Character.isDigit(c))) {
            return text;
        }
        StringBuilder digits = new StringBuilder(text.length());
        text.chars()
                .forEach(c -> digits.append(
                        c > 127 && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : (char) c));
        return persian ? solarHijriAsGregorian(digits.toString()) : digits.toString();
    }

    private static String solarHijriAsGregorian(String text) {
        return SOLAR_HIJRI_DATE.matcher(text).replaceAll(date -> {
            int year = Integer.parseInt(date.group(2));
            int month = date.group(1) != null
                    ? SOLAR_HIJRI_MONTHS.indexOf(date.group(1)) + 1
                    : date.group(3) != null ? Integer.parseInt(date.group(3)) : 0;
            if (year < 1300 || year > 1420 || month > 12) {
                return Matcher.quoteReplacement(date.group());
            }
            if (month == 0) {
                return Integer.toString(year + 621);
            }
            // (Farvardin begins on 21 March and lies mostly in April: each month is read as the one after it begins in)
            // (as "Apr" and the year, spaces between to the written date's width: what is beside it stays beside it)
            int width = date.group().length();
            int gregorianMonth = month + 3;
            String name =
                    java.time.Month.of((gregorianMonth - 1) % 12 + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            String gregorianYear = Integer.toString(year + 621 + (gregorianMonth > 12 ? 1 : 0));
            return width < name.length() + 4
                    ? Matcher.quoteReplacement(date.group())
                    : name + " ".repeat(width - name.length() - 4) + gregorianYear;
        });
    }

    /**
     * The word for "year" after a year, as Bulgaria, Russia, Lithuania and Croatia write it: "09.2017 г.", "2014 m.",
     * "2016. god.".
     */
    private static final Pattern YEAR_WORD = Pattern.compile(
            "((?:19|20)\\d\\d\\.?)(\\s*(?:г\\.|m\\.|god\\.|godine))(?=\\s|$|[,;)–—-])"
                    // a year's ordinal stop, as Croatia and Serbia write it, before a range's dash or after it:
                    // "2010. – 2012. · Sveučilište u Zagrebu"
                    + "|((?:19|20)\\d\\d)\\.(?=\\s*[–—-]\\s*(?:19|20)\\d\\d)|(?<=[–—-]\\s{0,3}(?:19|20)\\d\\d)\\.(?=\\s|$)");

    /** "2020. március – jelenleg" as "március  2020 – jelenleg": the month before its year, in as many characters. */
    private static String withYearFirstMonthsRead(String text) {
        StringBuilder out = new StringBuilder(YEAR_WORD
                .matcher(text)
                .replaceAll(m -> m.group(1) != null
                        ? m.group(1) + " ".repeat(m.group(2).length())
                        : m.group(3) != null ? m.group(3) + " " : " "));
        Matcher m = YEAR_FIRST_MONTH.matcher(text);
        while (m.find()) {
            monthBeforeYear(out, m.start(), m.end(), m.group(2), m.group(1));
        }
        Matcher range = YEAR_THEN_MONTH_IN_A_RANGE.matcher(text);
        while (range.find()) {
            boolean first = range.group(1) != null;
            monthBeforeYear(
                    out,
                    range.start(),
                    range.end(),
                    first ? range.group(2) : range.group(4),
                    first ? range.group(1) : range.group(3));
        }
        return out.toString();
    }

    private static void monthBeforeYear(StringBuilder out, int start, int end, String month, String year) {
        int width = end - start;
        out.replace(start, end, month + " ".repeat(Math.max(1, width - month.length() - 4)) + year);
    }

    /** "平成28年4月", "令和3年", "令和元年": a year of a Japanese era, and its month. */
    private static final Pattern JAPANESE_ERA_DATE =
            Pattern.compile("(昭和|平成|令和)\\s*(元|\\d{1,2})\\s*年(?:\\s*(\\d{1,2})\\s*月)?");

    /**
     * "平成28年4月～令和2年3月" as "  4/2016～ 3/2020": a Japanese era's year and month as the Gregorian ones, in as many
     * characters.
     */
    private static String withJapaneseErasRead(String text) {
        if (text.indexOf('和') < 0 && text.indexOf('成') < 0) {
            return text;
        }
        Matcher era = JAPANESE_ERA_DATE.matcher(text);
        if (!era.find()) {
            return text;
        }
        // (the wave dash between, as the month's own reading would read it: "～" as "~")
        return era.reset()
                .replaceAll(m -> {
                    int year = EventHistoryReader.gregorianYear(m.group(1), m.group(2));
                    int month = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                    String date = month >= 1 && month <= 12 ? month + "/" + year : Integer.toString(year);
                    int width = m.end() - m.start();
                    return date.length() > width || month > 12
                            ? Matcher.quoteReplacement(m.group())
                            : " ".repeat(width - date.length()) + date;
                })
                .replace('～', '~')
                .replace('〜', '~');
    }

    /** "12-Mar-19", "05 Aug 24": a day, a month's short name and a year in two digits, as a seafarer's CV dates. */
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])\\d{1,2}([-/ ])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]?\\1(\\d{2})(?![\\d\\p{L}/.:-])",
            Pattern.CASE_INSENSITIVE);

    /** "12-Mar-19" as "   Mar’19": the month and its year in two digits, as the other patterns read them. */
    private static String withDaysOfShortYearsRead(String text) {
        if (!hasDigitThenLetterApart(text)) {
            return text; // (read for every date of every line: most hold no such day)
        }
        return DAY_MONTH_SHORT_YEAR.matcher(text).replaceAll(m -> {
            String month = m.group(2);
            String date = month + "’" + m.group(3);
            return " ".repeat(m.end() - m.start() - date.length()) + date;
        });
    }

    /** "1. 9. 2017", "28. 2. 2021": a day, a month and a year, a space after each stop, as Slovenia and Czechia write. */
    private static final Pattern SPACED_DAY =
            Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\s(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?!\\d)");

    /** "1. 9. 2017" as "09.2017   ": the month and its year, as the other patterns read them. */
    private static String withSpacedDaysRead(String text) {
        if (text.indexOf(". ") < 0) {
            return text;
        }
        return SPACED_DAY.matcher(text).replaceAll(m -> {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                return m.group();
            }
            String date = String.format("%02d.%s", month, m.group(2));
            return date + " ".repeat(m.end() - m.start() - date.length());
        });
    }

    /** Whether a digit is followed by "-", "/" or a space and then a letter, as in "12-Mar-19". */
    private static boolean hasDigitThenLetterApart(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i + 1);
            if (Character.isDigit(text.charAt(i))
                    && (c == '-' || c == '/' || c == ' ')
                    && Character.isLetter(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** "現在に至る", "現在まで": up to now. */
    private static final Pattern CJK_UP_TO_NOW = Pattern.compile("現在(?:に至る|まで)");

    /**
     * "2021年4月 入社 – 現在に至る" as "Apr    2021 –    現在": the Japanese or Chinese month as the month the
     * other patterns read, in as many characters, with what the words around it say.
     */
    private static String withCjkMonthsRead(String text) {
        if (text.indexOf('年') < 0 && text.indexOf('現') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher month = CJK_MONTH.matcher(text);
        while (month.find()) {
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12) {
                continue;
            }
            // "Apr" and the year with the spaces between that fill the span, all of it read as the date
            String name = java.time.Month.of(number).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            int width = month.end() - month.start();
            out.replace(
                    month.start(),
                    month.end(),
                    name + " ".repeat(Math.max(0, width - name.length() - 4)) + month.group(1));
        }
        Matcher now = CJK_UP_TO_NOW.matcher(text);
        while (now.find()) {
            out.replace(now.start(), now.end(), rightAligned("現在", now.end() - now.start()));
        }
        return out.toString().replace('～', '~').replace('〜', '~');
    }

    private static String rightAligned(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    /** "Sep 16 - Aug 17", "Sep 16 – now": a range of months with their years in two digits and no apostrophe. */
    private static final Pattern SHORT_YEAR_RANGE = Pattern.compile("(?i)\\b" + MONTH_NAME + "\\.? (?<from>\\d{2})"
            + "\\s*[–—-]\\s*(?:" + MONTH_NAME + "\\.? (?<to>\\d{2})(?![\\d/.:,])|now|present|current)\\b");

    private static final Pattern FULL_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * "Sep 16 - Aug 17" as "Sep’16 - Aug’17", in as many characters: years in two digits, read as
     * "Sep ’16" is; not "Sep 16 - Aug 17, 2019", days of one year, nor a range that runs backwards.
     */
    private static String withShortYearsMarked(String text) {
        if (FULL_YEAR.matcher(text).find()) {
            return text; // days of a year the line names ("Glastonbury Festival 2019, Jun 26 - Jul 01"), or none to
            // mark
        }
        Matcher m = SHORT_YEAR_RANGE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            String endYear = m.group("to");
            int span = endYear == null ? 0 : Integer.parseInt(endYear) - Integer.parseInt(m.group("from"));
            // not days of one month ("Jun 26 - Jun 30", "Mar 14 - Mar 16"); groups 1 and 3: the two months' names
            boolean sameMonth = endYear != null
                    && m.group(1).substring(0, 3).equalsIgnoreCase(m.group(3).substring(0, 3));
            if (span < 0 || span > 15 || sameMonth) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.setCharAt(m.start("from") - 1, '’');
            if (endYear != null) {
                out.setCharAt(m.start("to") - 1, '’');
            }
        }
        return out == null ? text : out.toString();
    }

    /** The first range in the text ("2011–2017", "since 2019", "start date: …"), if any. */
    public static Optional<Found> firstRange(String written) {
        String read = withQuartersAsMonths(written);
        return firstRangeIn(read).map(found -> withWordsForYearAfter(found, written, read));
    }

    /** A range or a date found, to the end of the word for "year" after it: "08.2017 г." whole. */
    private static Found withWordsForYearAfter(Found found, String written, String read) {
        int end = found.end();
        for (int at = found.end(); at < read.length() && read.charAt(at) == ' '; at++) {
            if (written.charAt(at) != ' ') {
                end = at + 1; // (a letter of the word, read as a space)
            }
        }
        return end == found.end() ? found : new Found(found.range(), found.start(), end);
    }

    /** {@link #firstRange} of a text whose quarters and fiscal years are already months and years. */
    private static Optional<Found> firstRangeIn(String text) {
        if (!hasYear(text)) {
            return Optional.empty(); // most lines: no year, no range, and no need for the costly patterns
        }
        List<Found> found = new ArrayList<>();
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.find()) {
            Optional<ProfileDate> start = parseDate(labelled.group(1));
            if (start.isPresent()) {
                String endText = labelled.group(2);
                Optional<ProfileDate> end = endText == null ? Optional.empty() : parseDate(endText);
                // no end, "present", or a dash in the "To" column: still there
                boolean open =
                        endText == null || isPresent(endText) || endText.strip().matches("[—–-]+");
                DateRange range = end.map(e -> DateRange.between(start.get(), e))
                        .orElse(open ? DateRange.since(start.get()) : DateRange.at(start.get()));
                found.add(new Found(range, labelled.start(), labelled.end()));
            }
        }
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            Optional<ProfileDate> start = date(range, 1);
            Optional<ProfileDate> end = date(range, 1 + GROUPS_PER_DATE);
            if (start.isPresent()) {
                DateRange value =
                        end.isPresent() ? DateRange.between(start.get(), end.get()) : DateRange.since(start.get());
                found.add(new Found(value, range.start(), range.end()));
            }
        }
        Matcher months = YEAR_THEN_MONTHS.matcher(text);
        if (months.find()) {
            // "2017 (Apr–Sep)": the months of a year; "2017 (Dec – Apr)", a winter season, into the next year
            found.add(months(months, Integer.parseInt(months.group(1)), months.group(2), months.group(3), false));
        }
        Matcher monthsOfAYear = MONTHS_THEN_YEAR.matcher(text);
        if (monthsOfAYear.find()) {
            // "April – May 2012"; "Dec – Feb 2019", a winter, from the year before
            int year = Integer.parseInt(monthsOfAYear.group(3));
            found.add(months(monthsOfAYear, year, monthsOfAYear.group(1), monthsOfAYear.group(2), true));
        }
        Matcher shortRange = SHORT_RANGE.matcher(text);
        if (shortRange.find()) {
            int start = Integer.parseInt(shortRange.group(1));
            int two = Integer.parseInt(shortRange.group(2));
            int end = start / 100 * 100 + two < start ? (start / 100 + 1) * 100 + two : start / 100 * 100 + two;
            if (two > 12 && end - start <= 50) {
                found.add(new Found(
                        DateRange.between(ProfileDate.of(start), ProfileDate.of(end)),
                        shortRange.start(),
                        shortRange.end()));
            }
        }
        List<Found> starts = new ArrayList<>();
        Matcher open = OPEN_RANGE.matcher(text);
        if (open.find()) {
            date(open, 1).ifPresent(d -> starts.add(new Found(DateRange.since(d), open.start(), open.end())));
        }
        Matcher since = SINCE.matcher(text);
        if (since.find()) {
            date(since, 1).ifPresent(d -> starts.add(new Found(DateRange.since(d), since.start(), since.end())));
        }
        // a start alone in brackets ("Staff Nurse (Band 5, then Band 6 from 2009) · Sep 2006 – Mar 2011") is an
        // aside when a range stands outside them, or alone in brackets of its own ("Front-End Developer (Medior,
        // Senior from 2022) (July 2020 – December 2022)")
        boolean rangeOutside = found.stream().anyMatch(f -> !inBrackets(text, f.start()) || !isAside(text, f));
        // and so is a range in brackets among other words: "Teacher of Geography (NQT 2014–15) — September 2014 –
        // August 2017", not the dates alone in them ("Second in Department, Kirkgate (Sept 2018 – Aug 2021)")
        if (rangeOutside) {
            found.removeIf(f -> inBrackets(text, f.start()) && isAside(text, f));
        }
        starts.stream()
                .filter(f -> !rangeOutside || !inBrackets(text, f.start()))
                .forEach(found::add);
        // the earliest match wins; at the same place the longest (a range over its first date)
        return found.stream()
                .min((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
    }

    /**
     * The months of one year a match names, from the first month to the second; a range that turns the year
     * ends in the year given when {@code yearIsTheEnd}, else starts in it.
     */
    private static Found months(Matcher match, int year, String fromMonth, String untilMonth, boolean yearIsTheEnd) {
        int from = monthNumber(fromMonth);
        int until = monthNumber(untilMonth);
        int turns = until < from ? 1 : 0;
        int startYear = yearIsTheEnd ? year - turns : year;
        return new Found(
                DateRange.between(ProfileDate.of(startYear, from), ProfileDate.of(startYear + turns, until)),
                match.start(),
                match.end());
    }

    /** Whether a range in brackets shares them with other words: "(NQT 2014–15)". */
    private static boolean isAside(String text, Found found) {
        int open = text.lastIndexOf('(', found.start());
        int close = text.indexOf(')', found.end());
        return open >= 0
                && (text.substring(open + 1, found.start()).matches(".*\\p{L}.*")
                        || close >= 0 && text.substring(found.end(), close).matches(".*\\p{L}.*"));
    }

    /** Whether the text at the position is inside round brackets opened before it and not closed. */
    private static boolean inBrackets(String text, int position) {
        int depth = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** The first range, else the first single date ("05/2013", "2014"). */
    public static Optional<Found> firstRangeOrDate(String written) {
        String text = withQuartersAsMonths(written);
        if (!hasYear(text)) {
            return Optional.empty();
        }
        Optional<Found> range = firstRangeIn(text).map(found -> withWordsForYearAfter(found, written, text));
        Matcher one = ONE_DATE.matcher(text);
        if (one.find() && (range.isEmpty() || one.start() < range.get().start())) {
            Optional<ProfileDate> date = date(one, 1);
            if (date.isPresent() && range.isEmpty()) {
                return Optional.of(withWordsForYearAfter(
                        new Found(DateRange.at(date.get()), one.start(), one.end()), written, text));
            }
        }
        return range;
    }

    /** Every single date in the text, in order. */
    public static List<ProfileDate> dates(String text) {
        List<ProfileDate> dates = new ArrayList<>();
        Matcher m = ONE_DATE.matcher(text);
        while (m.find()) {
            date(m, 1).ifPresent(dates::add);
        }
        return dates;
    }

    /** One date written on its own ("Wed, 2021/11/10", "Sep 2023", "2018"), or empty. */
    public static Optional<ProfileDate> parseDate(String text) {
        Matcher m = ONE_DATE.matcher(text.strip());
        return m.find() ? date(m, 1) : Optional.empty();
    }

    static boolean isPresent(String text) {
        return PRESENT_ALONE.matcher(text).matches();
    }

    private static boolean hasYear(String text) {
        return ANY_YEAR.matcher(text).find();
    }

    /** Reads the date whose groups start at {@code first}: the alternatives of {@link #DATE}. */
    private static Optional<ProfileDate> date(Matcher m, int first) {
        if (first + GROUPS_PER_DATE - 1 > m.groupCount()) {
            return Optional.empty();
        }
        if (m.group(first) != null) {
            return month(m.group(first), m.group(first + 1));
        }
        if (m.group(first + 2) != null) {
            return month(m.group(first + 2), m.group(first + 3));
        }
        if (m.group(first + 5) != null) {
            return month(m.group(first + 5), m.group(first + 4));
        }
        if (m.group(first + 7) != null) {
            int month = monthNumber(m.group(first + 6));
            return Optional.of(ProfileDate.of(Integer.parseInt(m.group(first + 7)), month));
        }
        if (m.group(first + 8) != null) {
            return Optional.of(ProfileDate.of(Integer.parseInt(m.group(first + 8))));
        }
        if (m.group(first + 11) != null) {
            int a = Integer.parseInt(m.group(first + 9));
            int b = Integer.parseInt(m.group(first + 10));
            // day first unless the second number cannot be a month (12/31/2019)
            String month = b > 12 && a <= 12 ? m.group(first + 9) : m.group(first + 10);
            return month(m.group(first + 11), month);
        }
        if (m.group(first + 13) != null) {
            return Optional.of(ProfileDate.of(fullYear(m.group(first + 13)), monthNumber(m.group(first + 12))));
        }
        if (m.group(first + 14) != null) {
            return Optional.of(ProfileDate.of(fullYear(m.group(first + 14))));
        }
        if (m.group(first + 16) != null) {
            return month(m.group(first + 16), Integer.toString(ROMAN_MONTHS.indexOf(m.group(first + 15)) + 1));
        }
        return Optional.empty();
    }

    /** A year written with two digits ("’09"): this century's unless that is more than a year ahead. */
    private static int fullYear(String twoDigits) {
        int year = 2000 + Integer.parseInt(twoDigits);
        return year > java.time.Year.now().getValue() + 1 ? year - 100 : year;
    }

    private static final List<String> ROMAN_MONTHS =
            List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

    private static int monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Integer whole = MONTHS.containsKey(lower) ? MONTHS.get(lower) : LocaleMonths.NAMES.get(folded(name));
        return whole != null ? whole : MONTHS.get(lower.substring(0, 3));
    }

    private static Optional<ProfileDate> month(String year, String month) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) {
            return Optional.of(ProfileDate.of(y));
        }
        return Optional.of(ProfileDate.of(YearMonth.of(y, mo)));
    }
}
