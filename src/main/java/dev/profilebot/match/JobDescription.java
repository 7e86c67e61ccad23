package dev.profilebot.match;

import dev.profilebot.profile.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job description read into its requirements: the bullets and sentences under its requirements,
 * qualifications and responsibilities headings (and "nice to have", kept as optional), none of the
 * company blurb, benefits or how to apply. A description without headings gives the lines that read
 * as requirements ("5+ years of …", "experience with …"). Empty, oversized, binary or non-English
 * text, or text with no requirements, is refused with a message saying what was wrong.
 */
public record JobDescription(String firstLine, List<Requirement> requirements) {

    /** Longest description read, in characters: a long posting is about 8,000. */
    public static final int MAX_CHARS = 20_000;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__):?$");
    private static final Pattern LABEL_LINE = Pattern.compile("^([\\p{L}][\\p{L}'’ /&-]{1,60}):\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•◦▪·–—+]|\\d{1,2}[.)]|[a-z][.)])\\s+(.*)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern OPTIONAL_WORDS = Pattern.compile(
            "(?i)\\b(is|are|would be) (a )?(big |huge |strong )?(plus|bonus|advantage)|\\bnice to have\\b|\\bpreferred\\b|\\bideally\\b|\\bdesirable\\b");
    private static final Pattern REQUIREMENT_CUES = Pattern.compile(
            "(?i)\\b(experience|experienced|knowledge|proficien\\w*|familiar\\w*|degree|bachelor|master|phd|years?|ability|able to|skills?|understanding|expertise|background|fluen\\w*|certif\\w*|track record|hands-on|you have|you bring|you are|must)\\b");

    private enum Kind {
        REQUIRED,
        OPTIONAL,
        DUTIES,
        SKIP,
        /** No heading yet, or one we do not know: only lines that read as requirements. */
        UNKNOWN
    }

    private static final List<String> OPTIONAL_HEADINGS = List.of(
            "nice to have", "nice-to-have", "bonus", "preferred", "plus", "desirable", "would be great", "extra");
    private static final List<String> REQUIRED_HEADINGS = List.of(
            "requirement",
            "qualification",
            "looking for",
            "you have",
            "you bring",
            "you'll bring",
            "you’ll bring",
            "must",
            "skill",
            "experience",
            "about you",
            "who you are",
            "ideal candidate",
            "what you need",
            "what we need",
            "you should",
            "competenc",
            "what it takes",
            "your profile",
            "candidate");
    private static final List<String> DUTY_HEADINGS = List.of(
            "responsibilit",
            "what you'll do",
            "what you’ll do",
            "what you will do",
            "you will",
            "you'll",
            "the role",
            "your role",
            "duties",
            "day to day",
            "day-to-day",
            "your impact",
            "what you'll work on",
            "the job",
            "tasks");
    /** Words common in English postings and not words of the other languages postings are written in. */
    private static final Pattern PLAIN_HEADING = Pattern.compile(
            "((what|who|why) (you'll|you will|we're|we are|we|you|join)\\b.*|about (us|you|the (job|role|position|company|team))"
                    + "|your (role|profile|skills|responsibilities)|the role|key responsibilities|responsibilities|duties"
                    + "|requirements|minimum qualifications|preferred qualifications|qualifications|must haves?|nice to haves?"
                    + "|bonus( points)?|benefits|perks|how to apply|skills (and|&) experience|experience (and|&) skills"
                    + "|desired skills|compensation|salary)\\s*$");

    private static final List<String> ABOUT_THE_JOB =
            List.of("about the job", "about the role", "about the position", "about the company", "about the team");
    private static final List<String> SKIP_HEADINGS = List.of(
            "about us",
            "about the company",
            "about the team",
            "who we are",
            "benefit",
            "perks",
            "what we offer",
            "we offer",
            "compensation",
            "salary",
            "how to apply",
            "apply",
            "equal opportunit",
            "our values",
            "why join",
            "why you'll love",
            "the team",
            "our team",
            "location",
            "package",
            "interview process",
            "hiring process");

    private static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "of",
            "to",
            "with",
            "for",
            "a",
            "you",
            "we",
            "our",
            "your",
            "is",
            "are",
            "be",
            "on",
            "or",
            "as",
            "at",
            "by",
            "from",
            "experience",
            "years",
            "skills");

    private static final Pattern FIT_QUESTION = Pattern.compile(
            "(?i)\\b(fit|fits|match|matches|suit|suits|suited|suitable|good candidate|right candidate|qualified|qualify)\\b");
    /** A message this long, or of this many lines, carries more than a question. */
    private static final int PASTED_CHARS = 250;

    private static final int PASTED_LINES = 4;

    private static final int MIN_PASTED_REQUIREMENTS = 3;

    /**
     * The job description a chat message carries when it asks about fit ("Would she fit this
     * role? …" followed by the posting); empty for an ordinary question.
     */
    public static java.util.Optional<String> askedAbout(String message) {
        String text = message.strip();
        String firstLine = text.lines().findFirst().orElse("");
        String opening = firstLine.length() > 200 ? firstLine.substring(0, 200) : firstLine;
        boolean pasted = text.length() >= PASTED_CHARS || text.lines().count() >= PASTED_LINES;
        if (!pasted || !FIT_QUESTION.matcher(opening).find()) {
            return java.util.Optional.empty();
        }
        // the question on its first line, when the posting follows on the next ones
        String rest = text.substring(firstLine.length()).strip();
        String posting = rest.length() >= PASTED_CHARS / 2 ? rest : text;
        try {
            // a long question that mentions fitting is still a question: a posting lists several requirements
            return parse(posting).requirements().size() >= MIN_PASTED_REQUIREMENTS
                    ? java.util.Optional.of(posting)
                    : java.util.Optional.empty();
        } catch (JobDescriptionException e) {
            return java.util.Optional.empty();
        }
    }

    public JobDescription {
        requirements = List.copyOf(requirements);
    }

    /**
     * @throws JobDescriptionException for text that is empty, too long, binary, not English, or
     *     holds no requirements
     */
    public static JobDescription parse(String text) {
        String normalized = text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalized.isEmpty()) {
            throw new JobDescriptionException(
                    "The job description is empty: paste its text, or attach it as" + " a .txt, .md or .pdf file.");
        }
        if (normalized.length() > MAX_CHARS) {
            throw new JobDescriptionException("The job description is too long (" + normalized.length()
                    + " characters; at most " + MAX_CHARS + "): give its requirements section.");
        }
        if (binary(normalized)) {
            throw new JobDescriptionException(
                    "That looks like a binary file, not text: give the job description as .txt, .md or .pdf.");
        }
        if (!english(normalized)) {
            throw new JobDescriptionException(
                    "The job description does not seem to be in English; the fit check reads English descriptions.");
        }
        List<Requirement> requirements = requirements(normalized);
        if (requirements.isEmpty()) {
            throw new JobDescriptionException("No requirements found in the job description: give the part that"
                    + " lists what the role needs (requirements, qualifications or responsibilities).");
        }
        String first = normalized.lines().findFirst().orElse("").strip();
        return new JobDescription(first.length() > 120 ? first.substring(0, 120) + "…" : first, requirements);
    }

    private static List<Requirement> requirements(String posting) {
        // a list whose line breaks were lost: "Requirements • 5+ years of Python • Django"
        String text = posting.replaceAll("\\h+[•▪◦]\\h+", "\n- ");
        List<Requirement> found = new ArrayList<>();
        Kind kind = Kind.UNKNOWN;
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            Heading heading = heading(line);
            if (heading != null) {
                flush(paragraph, kind, found);
                kind = heading.kind();
                // "Who we're looking for: You have 8+ years …": the text after the label is read as sentences
                paragraph.append(heading.rest());
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (line.isEmpty() || bullet.matches()) {
                flush(paragraph, kind, found);
                if (bullet.matches()) {
                    add(bullet.group(1), kind, found, false);
                }
                continue;
            }
            // a line that ends without punctuation, followed by one that starts a new thought, is an item of
            // its own (plain-text lists without bullets); otherwise the line continues wrapped prose
            boolean ownLine = paragraph.length() > 0
                    && !paragraph.toString().matches("(?s).*[.,;:!?(\\-–—&]|.*\\b(and|or|of|with|in|to|the|a|an)$")
                    && line.matches("^[\\p{Lu}\\p{N}].*");
            paragraph
                    .append(paragraph.length() == 0 ? "" : ownLine ? "\n" : " ")
                    .append(line);
        }
        flush(paragraph, kind, found);
        return found;
    }

    private record Heading(Kind kind, String rest) {}

    /** The line as a heading: a Markdown heading, a bold line, or a short label ending in a colon. */
    private static Heading heading(String line) {
        if (BULLET.matcher(line).matches()) {
            return null;
        }
        Matcher markdown = MARKDOWN_HEADING.matcher(line);
        if (markdown.matches()) {
            return new Heading(kindOf(markdown.group(1)), "");
        }
        Matcher bold = BOLD_LINE.matcher(line);
        if (bold.matches() && words(bold.group(1)) <= 8) {
            return new Heading(kindOf(bold.group(1)), "");
        }
        Matcher label = LABEL_LINE.matcher(line);
        if (label.matches() && words(label.group(1)) <= 6) {
            Kind kind = kindOf(label.group(1));
            // "Location: Berlin" is a detail, not a section; a known heading is one even with text after it
            if (label.group(2).isEmpty() || kind != Kind.UNKNOWN) {
                return new Heading(kind, label.group(2));
            }
        }
        // "What we're looking for", "Benefits": a short line naming a section we know
        if (words(line) <= 6 && !line.matches(".*[.,;!?]$") && plainHeading(line)) {
            return new Heading(kindOf(line), "");
        }
        boolean shortCaps = line.length() >= 4
                && line.length() <= 50
                && line.equals(line.toUpperCase(Locale.ROOT))
                && WORD.matcher(line).find();
        if (shortCaps) {
            return new Heading(kindOf(line), "");
        }
        return null;
    }

    /**
     * A line of its own that opens with what section headings say ("What we're looking for",
     * "Benefits", "About the job"): "Strong SQL skills" or "Experience with Kafka" is an item.
     */
    private static boolean plainHeading(String line) {
        String lower = line.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^\\p{L}' ]", " ")
                .strip();
        return PLAIN_HEADING.matcher(lower).lookingAt();
    }

    private static Kind kindOf(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (ABOUT_THE_JOB.stream().anyMatch(lower::contains)) {
            return Kind.SKIP; // LinkedIn's "About the job" holds the company blurb
        }
        if (OPTIONAL_HEADINGS.stream().anyMatch(lower::contains)) {
            return Kind.OPTIONAL;
        }
        if (REQUIRED_HEADINGS.stream().anyMatch(lower::contains)) {
            return Kind.REQUIRED;
        }
        if (DUTY_HEADINGS.stream().anyMatch(lower::contains)) {
            return Kind.DUTIES;
        }
        return words(heading) <= 8 ? Kind.SKIP : Kind.UNKNOWN;
    }

    private static void flush(StringBuilder paragraph, Kind kind, List<Requirement> found) {
        if (paragraph.length() > 0) {
            for (String sentence : SentenceSplitter.split(paragraph.toString())) {
                add(sentence, kind, found, true);
            }
            paragraph.setLength(0);
        }
    }

    private static void add(String text, Kind kind, List<Requirement> found, boolean sentence) {
        String clean = text.replaceAll("\\*\\*|__|`", "")
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s;,.:]+$", "")
                .strip();
        if (clean.isEmpty() || kind == Kind.SKIP || words(clean) > 60) {
            return;
        }
        boolean readsAsRequirement = REQUIREMENT_CUES.matcher(clean).find();
        if (kind == Kind.UNKNOWN && !readsAsRequirement) {
            return;
        }
        if (sentence && kind != Kind.UNKNOWN && words(clean) < 2) {
            return;
        }
        found.add(new Requirement(
                clean, kind == Kind.OPTIONAL || OPTIONAL_WORDS.matcher(clean).find()));
    }

    private static int words(String text) {
        int count = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static boolean binary(String text) {
        long odd = text.chars()
                .filter(c -> c == 0 || c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\t'))
                .count();
        return odd > 0 && odd * 100 >= text.length() || text.indexOf('\0') >= 0;
    }

    private static boolean english(String text) {
        int total = 0;
        int english = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            total++;
            if (ENGLISH.contains(m.group())) {
                english++;
            }
        }
        return total < 15 || english * 100 >= total * 8;
    }
}
