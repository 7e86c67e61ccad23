package dev.profilebot.match;

import dev.profilebot.answer.timeline.DegreeLevel;
import dev.profilebot.match.MatchReport.Evidence;
import dev.profilebot.match.MatchReport.Fit;
import dev.profilebot.match.MatchReport.Result;
import dev.profilebot.match.MatchReport.Status;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.facts.Education;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.RoleAttribution;
import dev.profilebot.retrieval.ProfileAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks each requirement of a job description up in the profile. What a requirement asks for is
 * the words left when its boilerplate ("5+ years of hands-on experience with") is set aside, split
 * into items at commas, "and", "or" and prepositions. An item is shown by a sentence of the
 * documents that holds all its words (stemmed, so "led" finds "lead"); years are counted from the
 * dated roles that mention the item (all roles, when the requirement names no skill); a degree is
 * compared by level and field with the education the documents list. Met needs a quotation; an
 * item not shown, when another of its family is ({@code related-skills.txt}), is partial, said as
 * such ("Docker, not Kubernetes").
 */
public final class JobMatcher {

    /** A good fit meets at least this share of the required requirements (partial counting half). */
    static final double GOOD_FIT = 0.6;

    static final double PARTIAL_FIT = 0.35;
    private static final int QUOTE_CHARS = 220;
    /** Items of this many words or more are shown by a sentence holding all of them but one. */
    private static final int FUZZY_TERMS = 3;
    /** A one-word item this long is checked for how it is written as well as for its stem. */
    private static final int LONG_WORD = 8;

    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b(?:at least |minimum (?:of )?|over |more than )?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
                    + "\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?\\+?\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?years?(?:'|’)?"
                    + "(?:\\s+(?:of|in))?(?:\\s+(?:professional|commercial|industry|relevant|hands-on|proven|practical|working|post-qualification))*"
                    + "(?:\\s+experience)?");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten",
            10);
    private static final Pattern DEGREE = Pattern.compile(
            "(?i)\\b(degree|bachelor'?s?|master'?s?|bsc|msc|b\\.sc|m\\.sc|phd|ph\\.d|doctorate|mba|beng|meng|diploma|b\\.e\\.|b\\.tech|btech|m\\.tech|mtech)(?![\\p{L}])");
    private static final Pattern FIELD = Pattern.compile("(?i)\\b(?:in|of)\\s+([^.;()]+)");
    private static final Pattern FIELD_BEFORE = Pattern.compile("(?i)((?:[\\p{L}.]+\\s+){1,3}?)(?:degree|diploma)\\b");
    /** "BE", "B.E", "BTech" as written on a line of education (case matters: "be" is a verb). */
    private static final Pattern SHORT_BACHELOR = Pattern.compile("\\b(?:BE|B\\.E|BTech|B\\.Tech)\\b");

    private static final Pattern LENIENT_FIELD =
            Pattern.compile("(?i)\\b(related|relevant|similar|equivalent|comparable)\\b");
    /** A choice between items: "Python, Go or Rust". A slash ("CI/CD") or "e.g." is not one. */
    private static final Pattern ALTERNATIVES = Pattern.compile("(?i)\\b(or|any of|one of|either)\\b");
    /** What follows these are examples, one of which is enough. */
    private static final Pattern EXAMPLES =
            Pattern.compile("(?i)\\b(?:such as|e\\.g\\.?|for example|for instance|like|including)(?![\\p{L}])");

    private static final Pattern OPTIONAL_PART =
            Pattern.compile("(?i)\\b(is a plus|a bonus|is an advantage|preferred|nice to have|ideally)\\b");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\s*(?:,|;|&|\\band\\b|\\bas well as\\b)\\s*");
    private static final Pattern SPLIT = Pattern.compile(
            "(?i)\\s*(?:[,;:()]|\\s/\\s|\\band\\b|\\bor\\b|&|\\bas well as\\b|\\bincluding\\b|\\bsuch as\\b|\\be\\.g\\.?|\\bi\\.e\\.?|\\blike\\b"
                    + "|(?<![\\p{L}\\p{N}-])(?:in|with|using|on|for|of|at|across|within|to|from|via)(?![\\p{L}\\p{N}-]))\\s*");
    private static final Pattern TOKEN =
            Pattern.compile("\\.?[\\p{L}\\p{N}][\\p{L}\\p{N}+#.\\-']*[\\p{L}\\p{N}+#]|\\.?[\\p{L}\\p{N}]");
    private static final Pattern SYMBOLIC = Pattern.compile(".*[+#].*|^\\..*|^\\p{L}{1,2}$");

    /** Words that say how much or how well, not what: set aside when finding what is asked. */
    private static final Set<String> GENERIC = Set.copyOf(List.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "is",
            "are",
            "be",
            "been",
            "being",
            "will",
            "would",
            "should",
            "must",
            "can",
            "could",
            "may",
            "you",
            "your",
            "you'll",
            "you’ll",
            "we",
            "our",
            "us",
            "they",
            "their",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "who",
            "which",
            "what",
            "where",
            "how",
            "all",
            "any",
            "some",
            "other",
            "others",
            "etc",
            "plus",
            "bonus",
            "advantage",
            "nice",
            "have",
            "has",
            "having",
            "had",
            "do",
            "experience",
            "experienced",
            "experiences",
            "years",
            "year",
            "strong",
            "solid",
            "proven",
            "deep",
            "good",
            "great",
            "excellent",
            "outstanding",
            "exceptional",
            "superb",
            "working",
            "hands-on",
            "practical",
            "professional",
            "commercial",
            "industry",
            "relevant",
            "knowledge",
            "knowledgeable",
            "understanding",
            "familiarity",
            "familiar",
            "proficiency",
            "proficient",
            "expertise",
            "expert",
            "ability",
            "able",
            "skills",
            "skill",
            "skilled",
            "background",
            "track",
            "record",
            "demonstrated",
            "demonstrable",
            "comfortable",
            "confident",
            "preferred",
            "required",
            "requirement",
            "requirements",
            "desired",
            "desirable",
            "ideally",
            "ideal",
            "candidate",
            "least",
            "minimum",
            "more",
            "most",
            "than",
            "over",
            "well",
            "very",
            "highly",
            "really",
            "also",
            "both",
            "either",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "modern",
            "similar",
            "related",
            "equivalent",
            "such",
            "e.g",
            "i.e",
            "including",
            "tools",
            "tool",
            "technologies",
            "technology",
            "frameworks",
            "framework",
            "languages",
            "language",
            "platforms",
            "platform",
            "environment",
            "environments",
            "concepts",
            "principles",
            "practices",
            "best",
            "use",
            "using",
            "used",
            "build",
            "building",
            "built",
            "develop",
            "developing",
            "design",
            "designing",
            "write",
            "writing",
            "maintain",
            "maintaining",
            "create",
            "creating",
            "work",
            "works",
            "collaborate",
            "collaborating",
            "ensure",
            "ensuring",
            "drive",
            "driving",
            "support",
            "supporting",
            "help",
            "helping",
            "implement",
            "implementing",
            "deliver",
            "delivering",
            "own",
            "owning",
            "contribute",
            "contributing",
            "participate",
            "take",
            "make",
            "making",
            "join",
            "get",
            "keep",
            "apply",
            "around",
            "essential",
            "important",
            "expected",
            "crucial",
            "grounding",
            "foundation",
            "as",
            "so",
            "not",
            "native",
            "qualification",
            "production",
            "production-grade",
            "habit",
            "define",
            "defining",
            "managed",
            "day-to-day",
            "run",
            "running",
            "operate",
            "operating",
            "across",
            "within",
            "new",
            "existing",
            "complex",
            "large",
            "scale",
            "large-scale",
            "high",
            "quality",
            "high-quality",
            "written",
            "verbal",
            "oral",
            "fluent",
            "fluency",
            "level",
            "advanced",
            "basic",
            "senior",
            "junior",
            "mid",
            "role",
            "roles",
            "position",
            "team",
            "teams",
            "day",
            "daily",
            "level",
            "degree",
            "field",
            "area",
            "areas",
            "various",
            "multiple",
            "several",
            "variety",
            "range",
            "wide",
            "closely",
            "effectively",
            "efficiently",
            "independently",
            "passion",
            "passionate",
            "eager",
            "willing",
            "willingness",
            "love",
            "enjoy",
            "interest",
            "interested",
            "like",
            "need",
            "needs",
            "needed",
            "want",
            "looking",
            "bring",
            "seeking",
            "preferably",
            "ideally",
            "must-have",
            "nice-to-have",
            "someone",
            "person",
            "people",
            "yourself",
            "ownership",
            "e.g.",
            "i.e."));

    /** Nouns too broad to look for on their own ("build services", "mentor engineers"). */
    private static final Set<String> WEAK = Set.of(
            "services",
            "service",
            "solutions",
            "solution",
            "products",
            "product",
            "applications",
            "application",
            "features",
            "feature",
            "engineers",
            "developers",
            "customers",
            "stakeholders",
            "users",
            "clients",
            "code",
            "codebase",
            "projects",
            "project",
            "things",
            "processes",
            "process",
            "tasks",
            "initiatives",
            "company",
            "business",
            "organization",
            "organisation",
            "servers",
            "server",
            "contributions",
            "contribution",
            "teammates",
            "colleagues");

    /** A sentence of the documents; {@code wish} when it says what the person wants, not what they did. */
    private record Line(
            String text, String source, Set<String> terms, Optional<Role> role, boolean summary, boolean wish) {
        Line(String text, String source, Set<String> terms, Optional<Role> role, boolean summary) {
            this(text, source, terms, role, summary, NOT_EVIDENCE.matcher(text).find());
        }
    }

    /** An item as it is looked for: its stemmed terms, or the pattern a short or symbolic name is matched by. */
    private record Wanted(String item, List<String> terms, Optional<Pattern> literal) {}

    private record Found(String item, Line line) {}

    private final Profile profile;
    private final ProfileAnalyzer analyzer;
    private final YearMonth now;
    private final List<Line> lines = new ArrayList<>();
    private final List<List<String>> families;

    public JobMatcher(Profile profile, ProfileAnalyzer analyzer, YearMonth now) {
        this.profile = profile;
        this.analyzer = analyzer;
        this.now = now;
        List<Passage> passages = profile.passages();
        List<List<RoleAttribution.Attributed>> roles =
                RoleAttribution.of(passages, profile.facts().roles());
        for (int p = 0; p < passages.size(); p++) {
            Passage passage = passages.get(p);
            for (int s = 0; s < passage.sentences().size(); s++) {
                String text = passage.sentences().get(s);
                lines.add(new Line(
                        text,
                        passage.source(),
                        Set.copyOf(analyzer.terms(text)),
                        roles.get(p).get(s).role(),
                        !passage.sectionPath().isEmpty()
                                && Profile.isSummarySection(passage.sectionPath()
                                        .get(passage.sectionPath().size() - 1))));
            }
        }
        this.families = families();
    }

    public MatchReport match(JobDescription description) {
        List<Result> results = new ArrayList<>();
        for (Requirement requirement : description.requirements()) {
            check(requirement).ifPresent(results::add);
        }
        if (results.isEmpty()) {
            throw new JobDescriptionException("No requirements found in the job description that name a skill,"
                    + " a degree or years of experience.");
        }
        List<Result> required =
                results.stream().filter(r -> !r.requirement().optional()).toList();
        List<Result> counted = required.isEmpty() ? results : required;
        double score = counted.stream()
                        .mapToDouble(r -> switch (r.status()) {
                            case MET -> 1;
                            case PARTIAL -> 0.5;
                            case MISSING -> 0;
                        })
                        .sum()
                / counted.size();
        Fit fit = score >= GOOD_FIT ? Fit.GOOD : score >= PARTIAL_FIT ? Fit.PARTIAL : Fit.POOR;
        String person = profile.facts().identity().displayName();
        return new MatchReport(person, results, fit, summary(person, counted, fit), false);
    }

    private static String summary(String person, List<Result> counted, Fit fit) {
        long met = counted.stream().filter(r -> r.status() == Status.MET).count();
        long partial =
                counted.stream().filter(r -> r.status() == Status.PARTIAL).count();
        List<String> missing = counted.stream()
                .filter(r -> r.status() == Status.MISSING)
                .map(r -> r.requirement().text())
                .toList();
        StringBuilder summary = new StringBuilder()
                .append(
                        switch (fit) {
                            case GOOD -> "A good fit on the documents: ";
                            case PARTIAL -> "A partial fit on the documents: ";
                            case POOR -> "Not a close fit on the documents: ";
                        })
                .append(person)
                .append(" meets ")
                .append(met)
                .append(" of ")
                .append(counted.size())
                .append(" requirements")
                .append(partial > 0 ? ", " + partial + " in part" : "")
                .append(missing.isEmpty() ? "." : "; the documents do not show " + shortList(missing) + ".");
        // the quotation most of the met requirements rest on; the first such on a tie
        Map<Evidence, Integer> support = new java.util.LinkedHashMap<>();
        counted.stream()
                .filter(r -> r.status() == Status.MET)
                .flatMap(r -> r.evidence().stream())
                .forEach(e -> support.merge(e, 1, Integer::sum));
        support.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .ifPresent(best -> summary.append(" Strongest evidence: “")
                        .append(best.quote())
                        .append("” (")
                        .append(best.source())
                        .append(")."));
        return summary.toString();
    }

    private static String shortList(List<String> items) {
        List<String> shown = items.stream()
                .map(i -> i.length() > 60 ? i.substring(0, 60) + "…" : i)
                .limit(3)
                .toList();
        String list = String.join("; ", shown);
        return items.size() > 3 ? list + " and " + (items.size() - 3) + " more" : list;
    }

    /** The requirement's result; empty when it asks for nothing that can be looked up. */
    Optional<Result> check(Requirement requirement) {
        String text = requirement.text();
        if (DEGREE.matcher(text).find()) {
            Optional<Result> degree = degree(requirement);
            if (degree.isPresent()) {
                return degree;
            }
        }
        Matcher years = YEARS.matcher(text);
        OptionalInt asked = OptionalInt.empty();
        String rest = text;
        if (years.find()) {
            asked = OptionalInt.of(number(years.group(1)));
            rest = (text.substring(0, years.start()) + " " + text.substring(years.end())).strip();
        }
        List<String> items = items(rest);
        // "Go, including writing operators or controllers": the choice is among the examples, not the requirement
        Matcher examples = EXAMPLES.matcher(rest);
        boolean any = ALTERNATIVES
                .matcher(examples.find() ? rest.substring(0, examples.start()) : rest)
                .find();
        if (asked.isPresent()) {
            return Optional.of(years(requirement, asked.getAsInt(), items, any));
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(skills(requirement, items, any));
    }

    private Result skills(Requirement requirement, List<String> items, boolean any) {
        if (items.size() > 1) {
            // one sentence that shows every item is the best evidence
            List<Wanted> every = items.stream().map(this::wanted).toList();
            Optional<Line> all = lines.stream()
                    .filter(line -> every.stream().allMatch(wanted -> holds(line, wanted, false)))
                    .min(Comparator.comparing((Line line) -> line.role().isEmpty())
                            .thenComparingInt(line -> line.text().length()));
            if (all.isPresent()) {
                return new Result(
                        requirement,
                        Status.MET,
                        evidence(List.of(new Found(String.join(", ", items), all.get()))),
                        Optional.empty());
            }
        }
        List<Found> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String item : items) {
            find(item).ifPresentOrElse(line -> found.add(new Found(item, line)), () -> notFound.add(item));
        }
        // "leading a team on shift": plain words found in different sentences show nothing together
        boolean wordsApart = items.size() > 1
                && !any
                && items.stream().allMatch(item -> plainWord(item, requirement.text()) && !named(item))
                && items.stream().anyMatch(item -> !item.contains(" ") && !item.contains("-"));
        if (!found.isEmpty()
                && !wordsApart
                && (notFound.isEmpty() || any || everyPartShown(requirement, found, notFound))) {
            return new Result(requirement, Status.MET, evidence(found), Optional.empty());
        }
        if (!found.isEmpty() && found.size() * 2 >= items.size()) {
            return new Result(
                    requirement,
                    Status.PARTIAL,
                    evidence(found),
                    Optional.of(
                            notFound.isEmpty()
                                    ? "each in a different sentence, not together"
                                    : String.join(
                                                    ", ",
                                                    found.stream()
                                                            .map(Found::item)
                                                            .toList()) + ", not " + String.join(", ", notFound)));
        }
        return related(requirement, notFound)
                .orElseGet(() -> new Result(requirement, Status.MISSING, List.of(), Optional.empty()));
    }

    /**
     * Whether every part the requirement joins with "and" or a comma is shown. Within a part, a
     * plain word that only describes ("production" in "production experience with Go", "modelling
     * data" in "modelling data with dbt") may be missing beside a name that is found; the examples
     * after "such as" or "e.g." need one of them.
     */
    private boolean everyPartShown(Requirement requirement, List<Found> found, List<String> notFound) {
        Set<String> shown = new HashSet<>();
        found.forEach(f -> shown.add(f.item()));
        String text = requirement.text();
        Matcher examples = EXAMPLES.matcher(text);
        String head = text;
        boolean exampleShown = false;
        if (examples.find()) {
            head = text.substring(0, examples.start());
            List<String> listed = items(text.substring(examples.end()));
            if (!listed.isEmpty() && listed.stream().noneMatch(shown::contains)) {
                return false;
            }
            exampleShown = !listed.isEmpty();
        }
        for (String part : CONJUNCTION.split(head)) {
            if (OPTIONAL_PART.matcher(part).find()) {
                continue; // "…; an AWS certification is a plus"
            }
            List<String> partItems = items(part);
            if (partItems.isEmpty() || partItems.stream().allMatch(shown::contains)) {
                continue;
            }
            if (exampleShown && partItems.stream().allMatch(item -> plainWord(item, text))) {
                continue; // "published at venues such as NeurIPS": the example shows the venue
            }
            boolean nameShown =
                    partItems.stream().filter(shown::contains).anyMatch(item -> !plainWord(item, text) || named(item));
            boolean onlyWordsMissing =
                    partItems.stream().filter(item -> !shown.contains(item)).allMatch(item -> plainWord(item, text));
            if (!(nameShown && onlyWordsMissing)) {
                return false;
            }
        }
        return !notFound.isEmpty() || !found.isEmpty();
    }

    /** Lower-case words: a description ("habit", "modelling data"), not a name ("Kafka", "SLOs"). */
    private static boolean plainWord(String item, String requirement) {
        // the requirement's first word is capitalised as the start of a sentence, not as a name
        String lowered = requirement.startsWith(item) && !item.isEmpty()
                ? Character.toLowerCase(item.charAt(0)) + item.substring(1)
                : item;
        return lowered.matches("[\\p{Ll}-]+(?: [\\p{Ll}-]+)*");
    }

    /** A skill of a family, however it is written ("dbt"): a name, not a description. */
    private boolean named(String item) {
        return families.stream().flatMap(List::stream).anyMatch(member -> member.equalsIgnoreCase(item));
    }

    /** Partial when the documents show another skill of a missing item's family. */
    private Optional<Result> related(Requirement requirement, List<String> missing) {
        for (String item : missing) {
            for (List<String> family : families) {
                if (family.stream().noneMatch(member -> member.equalsIgnoreCase(item))) {
                    continue;
                }
                for (String member : family) {
                    if (member.equalsIgnoreCase(item)) {
                        continue;
                    }
                    Optional<Line> line = find(member);
                    if (line.isPresent()) {
                        return Optional.of(new Result(
                                requirement,
                                Status.PARTIAL,
                                evidence(List.of(new Found(member, line.get()))),
                                Optional.of(member + ", not " + item)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Result years(Requirement requirement, int asked, List<String> items, boolean any) {
        List<Role> jobs = profile.facts().jobs();
        List<Role> counted;
        List<Found> found = new ArrayList<>();
        if (items.isEmpty()) {
            counted = jobs;
        } else {
            Set<Role> mentioning = new LinkedHashSet<>();
            for (String item : items) {
                Wanted wanted = wanted(item);
                for (Role job : jobs) {
                    if (holds(job.title() + " " + job.organization(), item)) {
                        mentioning.add(job);
                    }
                }
                for (Line line : lines) {
                    if (line.role().isPresent() && jobs.contains(line.role().get()) && holds(line, wanted, true)) {
                        mentioning.add(line.role().get());
                    }
                }
                find(item).ifPresent(line -> found.add(new Found(item, line)));
            }
            counted = List.copyOf(mentioning);
            if (counted.isEmpty() && found.stream().anyMatch(f -> f.line().summary())) {
                // "an experienced software developer" in the summary describes the whole career
                counted = jobs;
            }
        }
        long months = months(counted);
        // "Data engineer with over ten years of experience": the summary's own count of years
        for (Found f : found) {
            Matcher claimed = YEARS.matcher(f.line().text());
            if (f.line().summary() && claimed.find()) {
                months = Math.max(months, number(claimed.group(1)) * 12L);
            }
        }
        double yearsShown = months / 12.0;
        List<Evidence> evidence = found.isEmpty() ? roleEvidence(counted) : evidence(found);
        if (evidence.isEmpty() && !counted.isEmpty()) {
            evidence = roleEvidence(counted);
        }
        String about = "about " + Math.round(yearsShown) + (Math.round(yearsShown) == 1 ? " year" : " years")
                + (counted.isEmpty() ? "" : " (" + span(counted) + ")") + ", of " + asked + " asked";
        if (months >= asked * 12L - 2 && !evidence.isEmpty()) {
            return new Result(requirement, Status.MET, evidence, Optional.of(about.replaceAll(", of \\d+ asked$", "")));
        }
        if (months > 0 && !evidence.isEmpty()) {
            return new Result(requirement, Status.PARTIAL, evidence, Optional.of(about));
        }
        if (!found.isEmpty()) {
            return new Result(
                    requirement,
                    Status.PARTIAL,
                    evidence(found),
                    Optional.of("mentioned, but no dated role shows for how long"));
        }
        if (!items.isEmpty()) {
            Result skills = skills(requirement, items, any);
            if (skills.status() == Status.PARTIAL) {
                return skills;
            }
        }
        return new Result(requirement, Status.MISSING, List.of(), Optional.empty());
    }

    private Optional<Result> degree(Requirement requirement) {
        String text = requirement.text();
        Optional<DegreeLevel> asked = DegreeLevel.named(text);
        boolean mentionsDegree =
                asked.isPresent() || text.toLowerCase(Locale.ROOT).contains("degree");
        if (!mentionsDegree) {
            return Optional.empty();
        }
        List<String> fields = fields(text);
        boolean lenient = LENIENT_FIELD.matcher(text).find();
        List<Education> held = profile.facts().education();
        Education best = null;
        boolean bestLevel = false;
        boolean bestField = false;
        for (Education entry : held) {
            // the line that names the institution says the degree when the reader did not place it
            String line = entry.institution().isBlank()
                    ? ""
                    : lines.stream()
                            .map(Line::text)
                            .filter(t -> t.contains(entry.institution()))
                            .findFirst()
                            .orElse("");
            Optional<DegreeLevel> level = DegreeLevel.of(entry)
                    .or(() -> DegreeLevel.named(line))
                    .or(() ->
                            SHORT_BACHELOR.matcher(line).find() ? Optional.of(DegreeLevel.BACHELOR) : Optional.empty());
            boolean levelOk = asked.isEmpty()
                    ? level.isPresent() || !entry.degree().isBlank()
                    : level.map(l -> l.rank() >= asked.get().rank()).orElse(false);
            String about = entry.degree() + " " + entry.field().orElse("") + " " + entry.institution() + " " + line;
            // "Bachelor of Science" names a level, not a field
            Set<String> aboutTerms = Set.copyOf(analyzer.terms(about.replaceAll("(?i)\\bof (science|arts)\\b", " ")));
            // "Computer Science or a related field" is answered by Computer Engineering
            boolean fieldOk = fields.isEmpty()
                    || fields.stream().anyMatch(f -> holds(about, f))
                    || lenient
                            && fields.stream()
                                    .anyMatch(f -> analyzer.terms(f).stream().anyMatch(aboutTerms::contains));
            if (best == null || (levelOk && fieldOk && !(bestLevel && bestField)) || (levelOk && !bestLevel)) {
                best = entry;
                bestLevel = levelOk;
                bestField = fieldOk;
            }
        }
        if (best == null) {
            return Optional.of(new Result(requirement, Status.MISSING, List.of(), Optional.empty()));
        }
        List<Evidence> evidence = educationEvidence(best);
        if (bestLevel && bestField) {
            return Optional.of(new Result(requirement, Status.MET, evidence, Optional.empty()));
        }
        String holds = best.describe();
        if (bestLevel && !lenient) {
            // a degree in another field is not the degree asked for, unless a related one will do
            return Optional.of(
                    new Result(requirement, Status.MISSING, List.of(), Optional.of(holds + " is in another field")));
        }
        String note = bestLevel
                ? holds + ", in another field"
                : holds + ", not " + asked.map(DegreeLevel::displayName).orElse("the degree asked");
        return Optional.of(new Result(requirement, Status.PARTIAL, evidence, Optional.of(note)));
    }

    private static List<String> fields(String text) {
        Matcher field = FIELD.matcher(text);
        String named;
        if (field.find()) {
            named = field.group(1);
        } else {
            // "a Culinary degree", "a Computer Science degree or diploma"
            Matcher before = FIELD_BEFORE.matcher(text);
            if (!before.find()) {
                return List.of();
            }
            named = before.group(1);
        }
        List<String> fields = new ArrayList<>();
        for (String part : named.split("(?i),|\\bor\\b|/|\\band\\b")) {
            String clean = part.replaceAll(
                            "(?i)\\b(a|an|the|related|relevant|similar|equivalent|technical|quantitative|field|fields|discipline|subject|area|experience|practical)\\b",
                            " ")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (!clean.isEmpty()) {
                fields.add(clean);
            }
        }
        return fields;
    }

    /** The items a requirement's text asks for, boilerplate set aside. */
    List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String segment : SPLIT.split(text)) {
            List<String> kept = new ArrayList<>();
            Matcher token = TOKEN.matcher(segment);
            while (token.find()) {
                String word = token.group();
                if (GENERIC.contains(word.toLowerCase(Locale.ROOT)) || word.matches("\\d+\\+?")) {
                    continue;
                }
                // "business-fluent German": a compound of generic words says nothing itself
                boolean generic = word.contains("-")
                        && java.util.Arrays.stream(word.toLowerCase(Locale.ROOT).split("-"))
                                .allMatch(part -> GENERIC.contains(part) || WEAK.contains(part));
                if (!generic) {
                    kept.add(word);
                }
            }
            if (kept.stream().anyMatch(word -> !WEAK.contains(word.toLowerCase(Locale.ROOT)))) {
                String item = String.join(
                        " ",
                        kept.stream()
                                .filter(word -> !WEAK.contains(word.toLowerCase(Locale.ROOT)))
                                .toList());
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** "I'd like to mentor", "I'm learning Rust", "don't put my number on job boards": not evidence. */
    private static final Pattern NOT_EVIDENCE = Pattern.compile(
            "(?i)\\b(i'?d like|i would like|would love|want to|wants to|hope to|hoping to|plan to|aim to|learning|"
                    + "not|don'?t|doesn'?t|never|no longer|interested in|keen to)\\b");

    /** The best sentence of the documents that shows the item: one of a role first, then the shortest. */
    private Optional<Line> find(String item) {
        Wanted wanted = wanted(item);
        Comparator<Line> best = Comparator.comparing((Line line) -> line.role().isEmpty())
                .thenComparingInt(line -> line.text().length());
        // a sentence with every word of the item before one with all but one
        return lines.stream()
                .filter(line -> !line.wish() && holds(line, wanted, false))
                .min(best)
                .or(() -> lines.stream()
                        .filter(line -> !line.wish() && holds(line, wanted, true))
                        .min(best));
    }

    private Wanted wanted(String item) {
        boolean symbolic = SYMBOLIC.matcher(item).matches()
                || item.contains(" ") && SYMBOLIC.matcher(item.split(" ")[0]).matches();
        return symbolic
                ? new Wanted(item, List.of(), Optional.of(literal(item)))
                : new Wanted(item, analyzer.terms(item), Optional.empty());
    }

    private boolean holds(Line line, Wanted wanted, boolean fuzzy) {
        if (wanted.literal().isPresent()) {
            return wanted.literal().get().matcher(line.text()).find();
        }
        List<String> terms = wanted.terms();
        String item = wanted.item();
        if (!longWordsWritten(line, item)) {
            return false;
        }
        if (fuzzy && terms.size() >= FUZZY_TERMS) {
            // "streaming data pipelines" is shown by "streaming pipelines": all but one of its words
            return terms.stream().filter(line.terms()::contains).count() >= terms.size() - 1;
        }
        return !terms.isEmpty() && line.terms().containsAll(terms);
    }

    /**
     * The stemmer joins words that differ ("communication" and "community" both become "commun"):
     * a long word of a one-word item must be written with its beginning, "communicat…".
     */
    private static boolean longWordsWritten(Line line, String item) {
        if (item.contains(" ") || item.length() < LONG_WORD) {
            return true;
        }
        String start = item.toLowerCase(Locale.ROOT).substring(0, Math.max(5, item.length() - 4));
        return line.text().toLowerCase(Locale.ROOT).contains(start);
    }

    private boolean holds(String text, String item) {
        return holds(new Line(text, "", Set.copyOf(analyzer.terms(text)), Optional.empty(), false), wanted(item), true);
    }

    /** "Go" as a word, "C++" and ".NET" as written: short or symbolic names are matched literally. */
    private static Pattern literal(String item) {
        String quoted = Pattern.quote(item);
        boolean shortName = item.length() <= 2;
        String pattern = "(?<![\\p{L}\\p{N}.+#])" + quoted + "(?![\\p{L}\\p{N}+#])";
        if (item.equals("Go")) {
            pattern = "(?<![\\p{L}\\p{N}-])(?:Go|Golang|golang)(?![\\p{L}\\p{N}-])";
        }
        return Pattern.compile(pattern, shortName ? 0 : Pattern.CASE_INSENSITIVE);
    }

    private List<Evidence> evidence(List<Found> found) {
        List<Evidence> evidence = new ArrayList<>();
        Set<String> quoted = new HashSet<>();
        for (Found f : found) {
            if (quoted.add(f.line().text()) && evidence.size() < 2) {
                evidence.add(new Evidence(quote(f.line().text()), f.line().source()));
            }
        }
        return evidence;
    }

    /** A sentence about each of the latest and the earliest of the roles counted. */
    private List<Evidence> roleEvidence(List<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        List<Role> shown = roles.size() == 1 ? roles : List.of(roles.get(roles.size() - 1), roles.get(0));
        List<Evidence> evidence = new ArrayList<>();
        for (Role role : shown) {
            lines.stream()
                    .filter(line -> line.role().filter(role::equals).isPresent())
                    .findFirst()
                    .ifPresent(line -> evidence.add(new Evidence(quote(line.text()), line.source())));
        }
        return evidence;
    }

    private List<Evidence> educationEvidence(Education entry) {
        for (String name : List.of(entry.institution(), entry.degree())) {
            if (name.isBlank()) {
                continue;
            }
            Optional<Line> line = lines.stream()
                    .filter(l -> l.text().contains(name))
                    .min(Comparator.comparingInt(l -> l.text().length()));
            if (line.isPresent()) {
                return List.of(new Evidence(quote(line.get().text()), line.get().source()));
            }
        }
        String named = entry.degree().isBlank() ? entry.institution() : entry.degree();
        return named.isBlank()
                ? List.of()
                : List.of(new Evidence(named, entry.source().display()));
    }

    private static String quote(String sentence) {
        if (sentence.length() <= QUOTE_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', QUOTE_CHARS);
        return sentence.substring(0, cut > 0 ? cut : QUOTE_CHARS) + "…";
    }

    private long months(List<Role> roles) {
        List<long[]> spans = new ArrayList<>();
        for (Role role : roles) {
            long start = role.dates().start().earliest().getYear() * 12L
                    + role.dates().start().earliest().getMonthValue();
            YearMonth last = role.lastMonth(now);
            long end = last.getYear() * 12L + last.getMonthValue();
            if (end >= start) {
                spans.add(new long[] {start, end});
            }
        }
        spans.sort(Comparator.comparingLong(s -> s[0]));
        long total = 0;
        long coveredTo = Long.MIN_VALUE;
        for (long[] span : spans) {
            long from = Math.max(span[0], coveredTo + 1);
            if (span[1] >= from) {
                total += span[1] - from + 1;
                coveredTo = span[1];
            }
        }
        return total;
    }

    private String span(List<Role> roles) {
        YearMonth first = roles.stream()
                .map(r -> r.dates().start().earliest())
                .min(Comparator.naturalOrder())
                .orElse(now);
        boolean current = roles.stream().anyMatch(Role::current);
        YearMonth last = roles.stream()
                .map(r -> r.lastMonth(now))
                .max(Comparator.naturalOrder())
                .orElse(now);
        return first.getYear() + "–" + (current ? "now" : String.valueOf(last.getYear()));
    }

    private static int number(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NUMBER_WORDS.containsKey(lower) ? NUMBER_WORDS.get(lower) : Integer.parseInt(lower);
    }

    private static List<List<String>> families() {
        List<List<String>> families = new ArrayList<>();
        try (InputStream in = JobMatcher.class.getResourceAsStream("related-skills.txt")) {
            if (in == null) {
                throw new IllegalStateException("related-skills.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    families.add(java.util.Arrays.stream(line.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return families;
    }
}
