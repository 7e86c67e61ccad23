package dev.profilebot.answer.timeline;

import dev.profilebot.profile.facts.Education;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The level of study a question names ("her undergrad", "his PhD"), to answer with those degrees
 * only; also how a job description's degree requirement is compared with the degrees held.
 */
public enum DegreeLevel {
    BACHELOR(
            "a bachelor's degree",
            "\\b(undergrad\\w*|bachelor'?s?|bsc|b\\.sc|ba|b\\.a|bs|b\\.s|beng|b\\.eng|b\\.e\\.|b\\.tech|btech|first degree)(?![\\p{L}])",
            // an Italian "Laurea Triennale", a Spanish "Grado", a Portuguese "Bacharelado", a French "Licence"
            "^(b(?!accalaur)|bachelor|licenciatura|licence|laurea triennale|grado|بكالوريوس)"),
    MBA("an MBA", "\\b(mba|m\\.b\\.a)\\b", "\\bm\\.?b\\.?a\\b|master\\w*\\W+(?:\\w+\\W+)?business administration"),
    MASTER(
            "a master's degree",
            "\\b(master'?s?|msc|m\\.sc|ma|m\\.a|meng|m\\.eng|m\\.tech|mtech|mpharm|mphys|mchem|mmath|msci|postgrad\\w*)(?![\\p{L}])",
            "^(m|master|máster|laurea magistrale|laurea specialistica|ماجستير)"),
    DOCTORATE(
            "a doctorate",
            "\\b(phd|ph\\.d|doctorate|doctoral|dphil)\\b",
            "^(ph|d\\.?\\s?phil|doctor|dr|dottorato|doutorado|دكتوراه)");

    /** A question about the grade of a degree: "What class of degree…", "Did she get a distinction in her MBA?". */
    public static final Pattern ASKS_GRADE = Pattern.compile(
            "(?i)\\b(gpa|classification|degree class|grade point|grades?|distinction|cum laude|first[- ]class|2:1)\\b"
                    // "What class of driver's licence does he hold?" asks about a licence, not a grade
                    + "|\\b(what|which) class\\b(?! of (\\w+['’]?s? )?(licen[cs]e|visa|ticket|membership|vehicle|cdl|hgv|lgv|permit|endorsement))|\\bclass of (his |her |their )?degree\\b|\\bfinal (degree )?result\\b"
                    // "What score did she get in her exam?", "What mark did he get?"
                    + "|\\b(what|which) (score|mark)s?\\b");

    private final String name;
    private final Pattern asked;
    private final Pattern degree;

    DegreeLevel(String name, String asked, String degree) {
        this.name = name;
        this.asked = Pattern.compile(asked);
        this.degree = Pattern.compile(degree, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The education entries a question asks about: those of the level it names, or all of them
     * when it names none; {@code missing} is the level it names when no entry is of that level
     * ("Does she have an MBA?" of a profile with an MSc).
     */
    record Narrowed(List<Education> entries, Optional<String> missing) {}

    /**
     * The level a text names ("a BSc in Computer Science"); the lowest if several, as "an MSc or a
     * PhD" is met by an MSc.
     */
    public static Optional<DegreeLevel> named(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<DegreeLevel> found = Optional.empty();
        for (DegreeLevel level : values()) {
            if (level.asked.matcher(lower).find()
                    && (found.isEmpty() || level.rank() < found.get().rank())) {
                found = Optional.of(level);
            }
        }
        return found;
    }

    /** Whether a text names a degree of this level ("BA (Hons) Economics" a bachelor's). */
    public boolean namedIn(String text) {
        return asked.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The level of a degree held, when its name says it. */
    public static Optional<DegreeLevel> of(Education entry) {
        String degree = entry.degree().strip();
        return java.util.Arrays.stream(values())
                .filter(level -> level.degree.matcher(degree).find())
                .findFirst();
    }

    /** 1 for a bachelor's, 2 for a master's or an MBA, 3 for a doctorate. */
    public int rank() {
        return switch (this) {
            case BACHELOR -> 1;
            case MBA, MASTER -> 2;
            case DOCTORATE -> 3;
        };
    }

    /** "a bachelor's degree", "an MBA". */
    public String displayName() {
        return name;
    }

    /** The names of school-leavers' qualifications, Dutch secondary schooling too. */
    private static final String SCHOOL_LEAVERS = "abitur|a[- ]?levels?|as[- ]levels?|gcses?|igcses?|o[- ]?levels?"
            + "|highers|high school|secondary|matura|diploma di maturit|baccalaur[ée]at|leaving cert|havo|vwo|vmbo";

    /**
     * A qualification that is no degree of any level: a school's ("Abitur", "A levels"), a teaching
     * or vocational certificate ("PGCE", "NVQ Level 3"), a national award.
     */
    private static final Pattern BELOW_A_DEGREE =
            Pattern.compile("(?i)^(" + DegreeLevel.SCHOOL_LEAVERS + "|pgce|pgde|qts|national award|nvq|btec|hnc|hnd"
                    + "|(?:\\w+ )?certificate\\b|cert\\b"
                    // an American two-year degree: "Associate of Applied Science", "A.A.S."
                    + "|associate\\b|a\\.a\\.s\\.|a\\.a\\.|a\\.s\\.|aas\\b)");

    /** A school-leaver's qualification: "Abitur", "A levels", "GCSEs", "High School Diploma", "HAVO". */
    private static final Pattern SCHOOL_LEAVING = Pattern.compile("(?i)^(" + DegreeLevel.SCHOOL_LEAVERS + ")");

    /** Whether the entry is a school's, sat before any university or college. */
    static boolean isSchoolLeaving(Education entry) {
        return SCHOOL_LEAVING.matcher(entry.degree().strip()).find();
    }

    /** A question about the school sat before university: "Which high school did he go to?". */
    private static final Pattern SCHOOL_ASKED = Pattern.compile("\\b(?:high|secondary|grammar|senior high) school\\b"
            + "|\\bsixth[- ]form\\b|\\bmatric\\b|\\b(?:a[- ]levels?|gcses?|abitur|baccalaur\\w+)\\b");

    /** A place of study that is a school's: "Parktown High School for Girls", "Gymnasium Landshut". */
    private static final Pattern SCHOOL_NAMED =
            Pattern.compile("(?i)\\b(?:school|gymnasium|lyc[ée]e|liceo|colegio|academy|college)\\b");

    /** "Any postgraduate qualifications?", "Has she done graduate school?": a master's, a doctorate or less. */
    private static final Pattern POSTGRADUATE_ASKED =
            Pattern.compile("\\bpost-?grad\\w*|\\bgraduate (studies|school|degrees?|qualifications?|study)\\b");

    /** A postgraduate qualification short of a master's: "Graduate Certificate in …", "PGDip", "PGCE". */
    private static final Pattern POSTGRADUATE_BELOW_A_MASTERS = Pattern.compile(
            "(?i)^((post-?)?graduate (certificate|diploma)|grad\\.? ?(cert|dip)|pg ?(cert|dip)|pgc[eE]?\\b|pgde\\b)");

    static Narrowed narrow(String question, List<Education> entries) {
        String q = question.toLowerCase(Locale.ROOT);
        if (SCHOOL_ASKED.matcher(q).find()
                && !entries.isEmpty()
                && entries.stream().allMatch(e -> of(e).isPresent())
                && entries.stream()
                        .noneMatch(e -> SCHOOL_NAMED.matcher(e.institution()).find())) {
            // "Which high school did he go to?" of a profile that lists its degrees only
            return new Narrowed(entries, Optional.of("a school before university"));
        }
        if (POSTGRADUATE_ASKED.matcher(q).find()) {
            List<Education> postgraduate = entries.stream()
                    .filter(e -> POSTGRADUATE_BELOW_A_MASTERS
                                    .matcher(e.degree().strip())
                                    .find()
                            || of(e).filter(level -> level.rank() > 1).isPresent())
                    .toList();
            if (!postgraduate.isEmpty()) {
                return new Narrowed(postgraduate, Optional.empty());
            }
        }
        for (DegreeLevel level : values()) {
            if (level.asked.matcher(q).find()) {
                List<Education> matching = entries.stream()
                        .filter(e -> level.degree.matcher(e.degree().strip()).find())
                        .toList();
                // "doesn't mention an MBA" only when every degree is recognisably of another level
                // (a school with no degree named, such as a sixth-form college, counts as another level)
                boolean allKnown = entries.stream()
                        .allMatch(e -> e.degree().isBlank()
                                || BELOW_A_DEGREE.matcher(e.degree().strip()).find()
                                || java.util.Arrays.stream(values())
                                        .anyMatch(l -> l.degree
                                                .matcher(e.degree().strip())
                                                .find()));
                if (matching.isEmpty()) {
                    return new Narrowed(entries, allKnown ? Optional.of(level.name) : Optional.empty());
                }
                return new Narrowed(matching, Optional.empty());
            }
        }
        // "Where did she do her PGCE?", "Where did he train as a nurse?": the entries whose name or subject the
        // question gives, when it picks out some and not all
        List<Education> named = entries.stream().filter(e -> namesSubject(q, e)).toList();
        return new Narrowed(named.isEmpty() || named.size() == entries.size() ? entries : named, Optional.empty());
    }

    /** Words of a question about education that name no qualification or subject. */
    private static final java.util.Set<String> NOT_A_SUBJECT = java.util.Set.of(
            "where",
            "when",
            "what",
            "which",
            "does",
            "have",
            "their",
            "study",
            "studied",
            "studying",
            "studies",
            "degree",
            "degrees",
            "university",
            "college",
            "school",
            "train",
            "trained",
            "training",
            "qualify",
            "qualified",
            "graduate",
            "graduated",
            "start",
            "started",
            "finish",
            "finished",
            "education",
            "there",
            "from",
            "with",
            "about",
            "complete",
            "completed");

    private static boolean namesSubject(String question, Education entry) {
        List<String> words = java.util.Arrays.stream(
                        (entry.degree() + " " + entry.field().orElse(""))
                                .toLowerCase(Locale.ROOT)
                                .split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 3)
                .toList();
        for (String asked : question.split("[^\\p{L}]+")) {
            if (asked.length() < 4 || NOT_A_SUBJECT.contains(asked)) {
                continue;
            }
            String stem = asked.replaceFirst("(ing|ed|es|e|s)$", "");
            String start = stem.length() >= 4 ? stem : asked;
            if (words.stream().anyMatch(w -> w.startsWith(start))) {
                return true;
            }
        }
        return false;
    }
}
