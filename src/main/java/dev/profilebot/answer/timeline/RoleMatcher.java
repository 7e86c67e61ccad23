package dev.profilebot.answer.timeline;

import dev.profilebot.profile.facts.OrganizationNames;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.retrieval.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the role a text names: an organization by a distinctive word of its name ("IBM" for "IBM
 * Cloud", "made.com" in an entry of several), by its initials ("NTU" for Nanyang Technological
 * University), or a title ("her research fellowship"). Generic words ("Data", "Cloud", "Health")
 * never match on their own.
 */
final class RoleMatcher {

    /** Words that say what kind of place an employer is: one names it only when no other employer is of its kind. */
    private static final Set<String> KINDS = Set.of(
            "trust",
            "nhs",
            "foundation",
            "hospital",
            "hospitals",
            "council",
            "agency",
            "practice",
            "clinic",
            "centre",
            "center",
            "department",
            "library",
            "airline",
            "airways",
            "authority",
            "firm",
            "bureau",
            "office");

    /** Besides the generic words of organization names, the words every question about a career uses. */
    private static final Set<String> GENERIC = union(
            OrganizationNames.GENERIC,
            Set.of(
                    "contracts",
                    "contract",
                    "team",
                    "work",
                    "working",
                    "worked",
                    "works",
                    "job",
                    "jobs",
                    "role",
                    "roles",
                    "position",
                    "positions",
                    "she",
                    "he",
                    "they",
                    "her",
                    "his",
                    "their",
                    "was",
                    "did",
                    "what",
                    "when",
                    "where",
                    "how",
                    "long",
                    "before",
                    "after",
                    "that",
                    "there",
                    "senior",
                    "junior",
                    "staff",
                    "lead"));

    /**
     * "anaesthetics training" names no "Specialty Training Committee": words of what a body does or is, which
     * questions use for other things (a title's word still: "before her training contract", "Trainee Solicitor").
     */
    private static final Set<String> KINDS_OF_BODY =
            Set.of("training", "committee", "programme", "program", "society", "association");

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    private RoleMatcher() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * The text with capitals that are the initials of some of a title's words written as those words, beside
     * another word of that title: "Group PM" of "Group Product Manager" (not the "US" of "Underwriting Specialist").
     */
    static String spelledOut(String text, Role role) {
        if (role.title().isBlank()) {
            return text;
        }
        String[] words = role.title().strip().split("\\s+");
        String out = text;
        // "associate prof" of "Associate Professor", "asst manager" of "Assistant Manager": a short form typed in chat
        // for a word the title spells out
        String title = role.title().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> form : SHORT_FORMS.entrySet()) {
            if (indexOfWord(title, form.getValue()) >= 0) {
                out = out.replaceAll("(?i)(?<![\\p{L}])" + form.getKey() + "\\.?(?![\\p{L}])", form.getValue());
            }
        }
        for (int from = 0; from < words.length; from++) {
            StringBuilder initials = new StringBuilder();
            for (int to = from; to < words.length && Character.isUpperCase(words[to].codePointAt(0)); to++) {
                initials.append(words[to].charAt(0));
                if (to > from && anotherWordSaid(text, words, from, to)) {
                    String spelled = String.join(" ", java.util.Arrays.copyOfRange(words, from, to + 1));
                    out = out.replaceAll("(?i)(?<![\\p{L}])" + initials + "(?![\\p{L}])", spelled);
                }
            }
        }
        return out;
    }

    /** Short forms of a title's words, as typed in chat, and the words. */
    private static final Map<String, String> SHORT_FORMS = Map.of(
            "prof", "professor",
            "asst", "assistant",
            "assoc", "associate",
            "mgr", "manager",
            "sr", "senior",
            "jr", "junior",
            "dir", "director",
            "engr", "engineer",
            "dev", "developer",
            "admin", "administrator");

    /** Whether the text says a word of the title outside the run of words from one index to another ("Group"). */
    private static boolean anotherWordSaid(String text, String[] words, int from, int to) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if ((i < from || i > to)
                    && word.length() >= 3
                    && !SMALL_WORDS.contains(word)
                    // "her ML internship" of "Machine Learning Intern"
                    && (indexOfWord(lower, word) >= 0 || indexOfWord(lower, word + "ship") >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The roles the text names, best match first; empty when it names none. */
    static List<Role> named(String typed, List<Role> roles) {
        String text = typed;
        for (Role role : roles) {
            text = spelledOut(text, role);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = words(lower);
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : text.split("[^\\p{L}\\p{N}]+")) {
            tokens.add(token);
        }
        Set<String> organizationWords = new LinkedHashSet<>(withoutFields(text, words));
        // "Which trust is she working for?" names no trust when two employers are trusts
        organizationWords.removeIf(word -> KINDS.contains(word)
                && roles.stream()
                                .map(r -> r.organization().toLowerCase(Locale.ROOT))
                                .filter(o -> words(o).contains(word))
                                .distinct()
                                .count()
                        > 1);
        int best = 0;
        List<Role> found = new ArrayList<>();
        for (Role role : roles) {
            int score = organizationScore(role, lower, organizationWords, tokens) + titleScore(role, lower, words);
            if (score > best) {
                best = score;
                found.clear();
            }
            if (score == best && score > 0) {
                found.add(role);
            }
        }
        return found;
    }

    /** The first role named in the text, by where its name first appears. */
    static Optional<Role> firstMentioned(String text, List<Role> roles) {
        String lower = text.toLowerCase(Locale.ROOT);
        Role first = null;
        int at = Integer.MAX_VALUE;
        for (Role role : roles) {
            for (String name : names(role)) {
                int index = indexOfWord(lower, name);
                boolean sooner = index >= 0 && index < at;
                // two roles at one employer: the one whose title the text gives too
                boolean sameButTitled = index >= 0
                        && index == at
                        && !role.title().isEmpty()
                        && indexOfWord(lower, role.title().toLowerCase(Locale.ROOT)) >= 0
                        && (first.title().isEmpty()
                                || indexOfWord(lower, first.title().toLowerCase(Locale.ROOT)) < 0
                                // "Lead Product Designer" holds "Product Designer": the longer title is the one given
                                || role.title().length() > first.title().length());
                if (sooner || sameButTitled) {
                    at = index;
                    first = role;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The roles the text names by their organization or their whole title ("at Vitosha", "as Staff
     * Engineer"), not by a word their title shares with it ("machine-learning" for "Lecturer in
     * Machine Learning").
     */
    static List<Role> namedOutright(String text, List<Role> roles) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = words(lower);
        Set<String> tokens = new LinkedHashSet<>(List.of(text.split("[^\\p{L}\\p{N}]+")));
        Set<String> organizationWords = withoutFields(text, words);
        return named(text, roles).stream()
                .filter(r -> organizationScore(r, lower, organizationWords, tokens) > 0 || namesTitle(text, r))
                .toList();
    }

    /** Whether the text names the role's organization ("at Vitosha"), by name, a distinctive word or initials. */
    static boolean namesOrganization(String text, Role role) {
        String lower = text.toLowerCase(Locale.ROOT);
        return organizationScore(
                        role,
                        lower,
                        withoutFields(text, words(lower)),
                        new LinkedHashSet<>(List.of(text.split("[^\\p{L}\\p{N}]+"))))
                > 0;
    }

    /** "in architecture", "in nursing": a field, written so, that no employer's word names ("Lantern Works Architecture"). */
    private static final Pattern FIELD = Pattern.compile("\\bin\\s+(?:the\\s+)?(\\p{Ll}[\\p{Ll}-]+)\\s*[?.!]*$");

    /** The field a question ends in ("first job in architecture?": "architecture"), if it ends in one. */
    static Optional<String> field(String text) {
        Matcher field = FIELD.matcher(text.strip());
        return field.find() ? Optional.of(field.group(1)) : Optional.empty();
    }

    private static Set<String> withoutFields(String text, Set<String> words) {
        Matcher field = FIELD.matcher(text.strip());
        if (!field.find()) {
            return words;
        }
        Set<String> out = new LinkedHashSet<>(words);
        out.remove(field.group(1));
        return out;
    }

    private static int organizationScore(Role role, String lower, Set<String> words, Set<String> tokens) {
        int score = 0;
        for (String name : names(role)) {
            if (indexOfWord(lower, name) >= 0) {
                score = Math.max(score, 10 + name.length());
            }
        }
        // every distinctive word named counts: "Lee Valley" names Lee Valley University Hospital
        // more than Suir Valley General Hospital
        int distinctiveWords = 0;
        for (String word : distinctive(role.organization())) {
            if (words.contains(word)) {
                distinctiveWords += 5 + word.length();
            }
        }
        if (distinctiveWords == 0 && Scripts.hasOtherLetters(role.organization())) {
            // "Tengizchevroil" of "Тенгизшевройл": the employer's name in Latin letters, as an English question
            // writes it
            Set<String> asked = new java.util.HashSet<>();
            tokens.stream().filter(t -> t.length() >= 4).forEach(t -> asked.add(Scripts.sound(t)));
            for (String word : distinctive(role.organization())) {
                if (word.length() >= 4 && asked.contains(Scripts.sound(word))) {
                    distinctiveWords += 5 + word.length();
                }
            }
        }
        score = Math.max(score, distinctiveWords);
        String initials = initials(role.organization());
        if (initials.length() >= 2 && tokens.contains(initials)
                || namedByPartInitials(role.organization(), lower, tokens)) {
            score = Math.max(score, 8);
        }
        return score;
    }

    /**
     * How well the text names the role's title: the whole title ("Senior Developer") counts most; a
     * word of it, or a word it starts ("postdoc" for "Postdoctoral Researcher", "fellowship" for
     * "Research Fellow"), less. It adds to the organization's score, so of two roles at one
     * employer the one whose title is named wins.
     */
    static int titleScore(Role role, String question) {
        String lower = spelledOut(question, role).toLowerCase(Locale.ROOT);
        return titleScore(
                role, lower, new java.util.HashSet<>(java.util.Arrays.asList(lower.split("[^\\p{L}\\p{N}]+"))));
    }

    static int titleScore(Role role, String lower, Set<String> words) {
        if (role.title().isEmpty()) {
            return 0;
        }
        String title = role.title().toLowerCase(Locale.ROOT);
        if (indexOfWord(lower, title) >= 0) {
            return 4 + title.split("\\s+").length; // "Senior Developer" over "Developer"
        }
        // "Senior Development Engineer" of "Senior Development Engineer Battery Thermal Management"
        String[] titleWords = title.replaceAll("[,;()]", " ").strip().split("\\s+");
        for (int k = titleWords.length - 1; k >= 2; k--) {
            if (indexOfWord(lower, String.join(" ", java.util.Arrays.copyOf(titleWords, k))) >= 0) {
                return 2 + k;
            }
        }
        for (String titleWord : title.split("[^\\p{L}]+")) {
            if (titleWord.length() < 4 || GENERIC.contains(titleWord)) {
                continue;
            }
            for (String word : words) {
                // "fellowship" of a fellow, "residency" of a resident, "consultancy" of a consultant
                String w = word.replaceAll("(ship|ing)$", "").replaceAll("(?<=\\p{L}{3})([ea]n)cy$", "$1t");
                if (w.length() >= 5
                        && !GENERIC.contains(word)
                        && !GENERIC.contains(w)
                        // "schoolteacher" of a "Science Teacher": the title's word at the end of one word
                        && (titleWord.startsWith(w) || w.startsWith(titleWord) || w.endsWith(titleWord))) {
                    // "a staff engineer" of "Staff Software Engineer" more than of "Software Engineer"
                    boolean grade = java.util.Arrays.stream(title.split("[^\\p{L}]+"))
                            .anyMatch(t -> GRADES.contains(t) && words.contains(t));
                    return grade ? 3 : 2;
                }
            }
        }
        // "before she made Staff", "when he was promoted to Senior": the grade alone names the title
        Matcher madeGrade = MADE_GRADE.matcher(lower);
        while (madeGrade.find()) {
            if (java.util.Arrays.asList(title.split("[^\\p{L}]+")).contains(madeGrade.group(2))) {
                return 1;
            }
        }
        return 0;
    }

    private static final Pattern MADE_GRADE = Pattern.compile(
            "\\b(made|became|become|becoming|promoted to|moved up to|step(?:ped)? up to) (?:an? )?(senior|junior|staff"
                    + "|lead|principal|chief|head)\\b");

    /** Words of a title that tell its grade: counted only beside a word of the title that names the job. */
    private static final Set<String> GRADES = Set.of("senior", "junior", "staff", "lead", "principal", "chief", "head");

    /** Whether the words name one of the roles by its title, whole or in part ("postdoc", "research fellowship"). */
    static boolean namesATitle(String text, List<Role> roles) {
        return roles.stream().anyMatch(r -> {
            String lower = spelledOut(text, r).toLowerCase(Locale.ROOT);
            return titleScore(r, lower, words(lower)) > 0;
        });
    }

    /** Whether the text names the role by its whole title ("promoted to Senior Developer"). */
    static boolean namesTitle(String typed, Role role) {
        if (role.title().isEmpty()) {
            return false;
        }
        String text = spelledOut(typed, role);
        String lower = text.toLowerCase(Locale.ROOT);
        if (indexOfWord(lower, role.title().toLowerCase(Locale.ROOT)) >= 0) {
            return true;
        }
        // "Staff Data Engineer" for "Staff Data Engineer, Data Platform", "Senior Lecturer" for "Senior
        // Lecturer in Social History"
        String beforeComma = role.title()
                .split(",|\\s+(?:in|of|for|at)\\s+|\\s+[–—-]\\s+|\\s*\\(", 2)[0]
                .strip()
                .toLowerCase(Locale.ROOT);
        if (beforeComma.length() < role.title().length()
                && beforeComma.contains(" ")
                && indexOfWord(lower, beforeComma) >= 0) {
            return true;
        }
        // "CFO" for "Chief Financial Officer", written in capitals
        String initials = titleInitials(role.title());
        if (initials.length() >= 3 && indexOfWord(text, initials) >= 0) {
            return true;
        }
        // "specialist cardiology pharmacist" of "Specialist Pharmacist – Cardiology": every word of the title, in any
        // order
        List<String> titleWords = java.util.Arrays.stream(
                        role.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"))
                .filter(w -> w.length() > 2 && !SMALL_WORDS.contains(w))
                .toList();
        // (three words at least: "senior developer" is said of too many titles to name "Senior C# Developer")
        if (titleWords.size() >= 3 && titleWords.stream().allMatch(w -> indexOfWord(lower, w) >= 0)) {
            return true;
        }
        // "his apprenticeship" of "Apprentice Plumber", "her internship" of "Marketing Intern": the post the title
        // holds
        Matcher post = POST_HELD.matcher(lower);
        while (post.find()) {
            if (indexOfWord(role.title().toLowerCase(Locale.ROOT), post.group(1)) >= 0) {
                return true;
            }
        }
        // "When did he start dispatching?" of "Dispatcher", "driving" of "Regional Driver": the work the title names
        String[] words = beforeComma.split("\\s+");
        return doing(words[words.length - 1])
                .filter(w -> indexOfWord(lower, w) >= 0)
                .isPresent();
    }

    /** A post named by its "-ship": "apprenticeship", "internship", "traineeship", "clerkship"; the title's word. */
    private static final Pattern POST_HELD = Pattern.compile("\\b(apprentice|intern|trainee|clerk)ships?\\b");

    /**
     * "dispatcher" → "dispatching", "driver" → "driving", "supervisor" → "supervising", "programmer" →
     * "programming": what the holder of a title does, when the title names one who does it.
     */
    static Optional<String> doing(String agent) {
        java.util.regex.Matcher m = AGENT.matcher(agent);
        return m.matches() && !COMMON_AGENTS.contains(agent) ? Optional.of(m.group(1) + "ing") : Optional.empty();
    }

    /** Titles whose work is said of many roles ("managing", "leading", "developing"): no one role's. */
    private static final Set<String> COMMON_AGENTS = Set.of(
            "manager",
            "leader",
            "officer",
            "partner",
            "member",
            "owner",
            "director",
            "developer",
            "designer",
            "engineer",
            "worker",
            "volunteer",
            "supervisor",
            "coordinator",
            "administrator",
            "founder",
            "advisor",
            "adviser",
            "trainer",
            "mentor",
            "organizer",
            "organiser");

    private static final java.util.regex.Pattern AGENT = java.util.regex.Pattern.compile("(\\p{L}{4,})(?:er|or)");

    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "&", "the", "for", "in");

    /** "Chief Financial Officer" → "CFO"; empty for a title with a comma or more than five words. */
    private static String titleInitials(String title) {
        String[] words = title.strip().split("\\s+");
        if (title.contains(",") || words.length > 5) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    /** The names a role goes by: the whole organization, and each one of an entry of several. */
    static List<String> names(Role role) {
        List<String> names = new ArrayList<>();
        if (!role.organization().isEmpty()) {
            names.add(role.organization().toLowerCase(Locale.ROOT));
            for (String part : role.organization().split(",\\s*")) {
                if (!part.isBlank()) {
                    names.add(part.strip().toLowerCase(Locale.ROOT));
                }
            }
            String withoutParentheses =
                    role.organization().replaceAll("\\s*\\([^)]*\\)", "").strip();
            names.add(withoutParentheses.toLowerCase(Locale.ROOT));
        }
        return names.stream().filter(n -> n.length() >= 2).distinct().toList();
    }

    private static Set<String> distinctive(String organization) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words(organization.toLowerCase(Locale.ROOT))) {
            // (not a state's or a country's name: "Texas" of "The University of Texas at San Antonio" names no
            // employer in "When did she get her Texas PE license?")
            if (word.length() >= 3
                    && !GENERIC.contains(word)
                    && !KINDS_OF_BODY.contains(word)
                    && dev.profilebot.profile.facts.UsStates.code(word).isEmpty()
                    && Countries.named(word).isEmpty()) {
                out.add(word);
            }
            // "Humboldt" of "Humboldt-Universität zu Berlin": each part of a hyphenated name
            for (String part : word.contains("-") ? word.split("-") : new String[0]) {
                if (part.length() >= 3 && !GENERIC.contains(part)) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        var m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
            words.add(m.group().replaceAll("'s$", ""));
        }
        return words;
    }

    /**
     * Whether the text names an agency by the initials of some words of a part of its name: "the IRS" for
     * "Department of the Treasury, Internal Revenue Service, …", "the VA" for "Department of Veterans Affairs"; two
     * letters only after "the", else they are as likely a state's code.
     */
    private static boolean namedByPartInitials(String organization, String lower, Set<String> tokens) {
        for (String part : organization.replaceAll("\\([^)]*\\)", " ").split(",\\s*")) {
            List<String> capitalised = java.util.Arrays.stream(part.split("\\s+"))
                    .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
                    .toList();
            for (int from = 0; from < capitalised.size(); from++) {
                StringBuilder initials = new StringBuilder();
                for (int to = from; to < capitalised.size(); to++) {
                    initials.appendCodePoint(capitalised.get(to).codePointAt(0));
                    String said = initials.toString();
                    if (said.length() >= 2
                            && tokens.contains(said)
                            && (said.length() >= 3 || lower.contains("the " + said.toLowerCase(Locale.ROOT)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Nanyang Technological University" → "NTU". */
    private static String initials(String organization) {
        StringBuilder initials = new StringBuilder();
        for (String word : organization.replaceAll("\\([^)]*\\)", " ").split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString();
    }

    static int indexOfWord(String text, String name) {
        int from = 0;
        while (true) {
            int i = text.indexOf(name, from);
            if (i < 0) {
                return -1;
            }
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + name.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
            from = i + 1;
        }
    }
}
