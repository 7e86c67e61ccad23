package dev.profilebot.profile.facts;

import dev.profilebot.profile.Passage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which role each sentence of the passages speaks of, so that "Cut paging by 60%." under
 * "Senior SRE — Harbourline Networks, 2025 – present" is known to be about Harbourline even when
 * every job shares one section. A section that holds one role's heading belongs to that role; in a
 * section several roles share, a sentence that names a role with its dates or title starts that
 * role, and the sentences after it belong to it until the next one.
 */
public final class RoleAttribution {

    /** What one sentence says of the roles: the role it is about, and whether it only names it. */
    public record Attributed(Optional<Role> role, boolean heading) {
        public static final Attributed NONE = new Attributed(Optional.empty(), false);
    }

    /** A role's heading is short: a longer sentence naming an employer and a year is prose. */
    static final int MAX_HEADING_LENGTH = 160;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'.+#-]*");

    /** Words of a role's heading line that are labels or glue, not content. */
    private static final Set<String> HEADING_WORDS = Set.of(
            "role",
            "title",
            "dates",
            "date",
            "period",
            "location",
            "company",
            "employer",
            "organization",
            "organisation",
            "position",
            "present",
            "now",
            "today",
            "current",
            "since",
            "to",
            "at",
            "in",
            "and",
            "of",
            "the",
            "for",
            "until",
            "from",
            "remote",
            "hybrid",
            "on-site",
            "full-time",
            "part-time",
            "contract",
            "freelance",
            "internship",
            "permanent",
            "ltd",
            "inc",
            "gmbh",
            "llc",
            "plc",
            "ag");

    private RoleAttribution() {}

    /** For each passage, for each of its sentences, what it says of the roles. */
    public static List<List<Attributed>> of(List<Passage> passages, List<Role> roles) {
        List<List<Attributed>> result = new ArrayList<>(passages.size());
        Optional<Role> current = Optional.empty();
        Passage previous = null;
        for (Passage passage : passages) {
            List<Role> candidates = rolesIn(passage, roles);
            if (previous == null
                    || !previous.fileName().equals(passage.fileName())
                    || !previous.sectionPath().equals(passage.sectionPath())) {
                current = claimedBySection(passage, candidates);
            }
            List<Attributed> ofPassage = new ArrayList<>(passage.sentences().size());
            for (String sentence : passage.sentences()) {
                Optional<Role> headed = headedRole(sentence, candidates);
                if (headed.isPresent()
                        && !current.filter(c -> isItsEmployerLine(sentence, c, headed.get()))
                                .isPresent()) {
                    current = headed;
                }
                if (current.isPresent()) {
                    ofPassage.add(new Attributed(current, onlyNames(sentence, current.get(), passage.sectionPath())));
                } else {
                    // outside the jobs' sections, a line that names one employer is about it:
                    // "Cut deploy time from 45 to 6 minutes (Cairnmore Bank)"; under a course ("Certification
                    // project: … at Ferragem Atlântica" under "LEAN SIX SIGMA BLACK BELT") the course's
                    Optional<Role> mentioned = Sections.of(passage.sectionPath()) == Sections.EDUCATION
                            ? Optional.empty()
                            : mentionedPlace(sentence, roles);
                    ofPassage.add(
                            mentioned.isEmpty()
                                    ? Attributed.NONE
                                    : new Attributed(
                                            mentioned, onlyNames(sentence, mentioned.get(), passage.sectionPath())));
                }
            }
            result.add(List.copyOf(ofPassage));
            previous = passage;
        }
        return List.copyOf(result);
    }

    /**
     * Whether a line that names the employer of the role just headed, without dates or another title, is that
     * role's employer line: "Kessler Prüftechnik AG, Regensburg" under "01/2015 – 09/2017 · Test Engineer", not
     * the internship held there before.
     */
    private static boolean isItsEmployerLine(String sentence, Role current, Role headed) {
        return !current.organization().isEmpty()
                && current.organization().equals(headed.organization())
                && DateRanges.firstRange(sentence).isEmpty()
                && (headed.title().isEmpty()
                        || !sentence.toLowerCase(Locale.ROOT)
                                .contains(headed.title().toLowerCase(Locale.ROOT)));
    }

    /** The roles read from this passage's document and section or a section above it. */
    private static List<Role> rolesIn(Passage passage, List<Role> roles) {
        List<Role> in = new ArrayList<>();
        for (Role role : roles) {
            if (role.source().fileName().equals(passage.fileName())
                    && under(passage.sectionPath(), role.source().sectionPath())) {
                in.add(role);
            }
        }
        return in;
    }

    /** Whether a passage's path lies under a role's (which may lack the document's title heading). */
    private static boolean under(List<String> passagePath, List<String> rolePath) {
        if (rolePath.isEmpty()) {
            return true;
        }
        int at = Collections.indexOfSubList(passagePath, rolePath);
        return at == 0 || at == 1;
    }

    /** The one role whose heading is the passage's section (or a section above it), if only one is. */
    private static Optional<Role> claimedBySection(Passage passage, List<Role> candidates) {
        int deepest = candidates.stream()
                .mapToInt(r -> r.source().sectionPath().size())
                .max()
                .orElse(0);
        if (deepest == 0) {
            return Optional.empty();
        }
        List<Role> claiming = candidates.stream()
                .filter(r -> r.source().sectionPath().size() == deepest)
                .toList();
        // several roles under one heading share it: their own lines say which is which
        return claiming.size() == 1 ? Optional.of(claiming.get(0)) : Optional.empty();
    }

    /** The role a sentence opens: it names the organization (or the title) with the dates or the title. */
    static Optional<Role> headedRole(String sentence, List<Role> candidates) {
        if (sentence.length() > MAX_HEADING_LENGTH || candidates.isEmpty()) {
            return Optional.empty();
        }
        // the words of a name as names write them: "Lead a team of 9 mobile engineers" names no "BlueWhale Mobile"
        Set<String> words = OrganizationNames.words(capitalisedWords(sentence));
        String lower = sentence.toLowerCase(Locale.ROOT);
        Optional<DateRange> dates = DateRanges.firstRange(sentence).map(DateRanges.Found::range);
        Set<String> shared = wordsOfSeveralOrganizations(candidates);
        List<Role> named = new ArrayList<>();
        for (Role role : candidates) {
            if (role.careerBreak()) {
                continue;
            }
            boolean namesTitle =
                    !role.title().isEmpty() && lower.contains(role.title().toLowerCase(Locale.ROOT));
            Set<String> own = OrganizationNames.words(role.organization());
            own.removeAll(shared);
            boolean namesOrganization = !role.organization().isEmpty() && !Collections.disjoint(words, own);
            boolean hasDates = dates.isPresent();
            // "Reason for leaving: career growth – offered a Section Manager post at Imvula" tells of the next
            // job without heading it: a heading without dates is names and little else
            boolean headingLike = hasDates || contentWords(sentence, role, List.of()) <= MAX_CONTENT_WORDS_UNDATED;
            // "Maltair Leisure – charter & ACMI" over its bullets: the employer's name opens a short line
            boolean opensWithOrganization = namesOrganization
                    && lower.startsWith(role.organization().toLowerCase(Locale.ROOT))
                    && !sentence.strip().endsWith(".");
            // "DevOps Consultant (2 days a week) · Jan 2024 – Jul 2024" over its client's line: the title and
            // the role's own start, the employer named below
            boolean ownStart =
                    hasDates && role.dates().start().equals(dates.get().start());
            // "Registered Nurse, CVICU; Charge Nurse from June 2018": the title, and a step taken within the job
            boolean stepWithin = hasDates
                    && namesTitle
                    && dates.get().start().compareTo(role.dates().start()) > 0
                    && (role.dates().current()
                            || role.dates()
                                    .end()
                                    .map(end -> !dates.get().start().earliest().isAfter(end.latest()))
                                    .orElse(true));
            if (namesOrganization && (hasDates || (namesTitle || opensWithOrganization) && headingLike)
                    || (role.organization().isEmpty() || ownStart || stepWithin) && namesTitle && hasDates) {
                named.add(role);
            }
        }
        if (named.isEmpty()) {
            return lineOfAHeading(sentence, candidates, dates);
        }
        // "Positions: · Mine Overseer (July 2013 – March 2016)" shares "Mine" with "Ubuhle Platinum Mine", and
        // "Period: · June 2019 – March 2020 (concurrent with my employment at Imvula …)" names another
        // employer: the one role whose dates these are is the one the line heads
        Optional<Role> ofTheseDates = dates.flatMap(d -> onlyRoleOf(d, candidates));
        if (ofTheseDates.isPresent()
                && named.stream()
                        .noneMatch(r -> r.dates().start().equals(dates.get().start()))) {
            return ofTheseDates;
        }
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        // "Staff Engineer, Acme (2019 – 2022)" among roles at Acme: the one with those dates
        return named.stream()
                .filter(r -> dates.isPresent()
                        && r.dates().start().equals(dates.get().start()))
                .findFirst()
                .or(() -> Optional.of(named.get(0)));
    }

    /** The words of a sentence that open with a capital or a digit, as a name's do; all of a line in small letters. */
    private static String capitalisedWords(String sentence) {
        if (sentence.equals(sentence.toLowerCase(Locale.ROOT))) {
            return sentence;
        }
        return java.util.Arrays.stream(sentence.split("\\s+"))
                .filter(w -> !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0)))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Words that more than one employer's name holds ("Pharmacy" of "Shopko Pharmacy" and "Hy-Vee Pharmacy"): they
     * name none of them, so "Member of the Pharmacy & Therapeutics Subcommittee (2020 - Present)" heads no role.
     */
    private static Set<String> wordsOfSeveralOrganizations(List<Role> roles) {
        java.util.Map<String, Set<String>> organizationsOf = new java.util.HashMap<>();
        for (Role role : roles) {
            // one employer written two ways ("Deloitte", "Deloitte UK") opens with the same word
            String name = role.organization().toLowerCase(Locale.ROOT);
            String first = name.split("[^\\p{L}\\p{N}]+", 2)[0];
            for (String word : OrganizationNames.words(name)) {
                organizationsOf.computeIfAbsent(word, w -> new HashSet<>()).add(first);
            }
        }
        Set<String> shared = new HashSet<>();
        organizationsOf.forEach((word, names) -> {
            if (names.size() > 1) {
                shared.add(word);
            }
        });
        return shared;
    }

    /** The one role that began and ended on these dates, if only one did. */
    private static Optional<Role> onlyRoleOf(DateRange dates, List<Role> candidates) {
        List<Role> same = candidates.stream()
                .filter(r -> !r.careerBreak()
                        && r.dates().start().equals(dates.start())
                        && r.dates().end().equals(dates.end())
                        && r.dates().current() == dates.current())
                .toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /** The one organization a sentence names, as its latest role there; empty when it names none or several. */
    static Optional<Role> mentionedPlace(String sentence, List<Role> roles) {
        Set<String> words = OrganizationNames.words(sentence);
        Set<String> places = new HashSet<>();
        roles.forEach(r -> r.location().ifPresent(l -> places.addAll(OrganizationNames.words(l))));
        List<Role> named = new ArrayList<>();
        for (Role role : roles) {
            if (role.careerBreak() || role.organization().isEmpty()) {
                continue;
            }
            // "Osaka" names a city as well as "Osaka Data Industries": a town is not the employer
            Set<String> name = OrganizationNames.words(role.organization());
            name.removeAll(places);
            // "Texas" names a state as well as "The University of Texas at San Antonio"
            name.removeIf(w -> UsStates.code(w).isPresent() || RoleText.isCountry(w));
            Set<String> found = new HashSet<>(name);
            found.retainAll(words);
            // "Hydrology and Water Resources" shares two words with "Centre for Upland Water Research, Riverside
            // Institute of Hydrology": a subject, not the employer; a name is named by half its words or its first
            String first = role.organization()
                    .split("[\\s,]+")[0]
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]", "");
            if (!name.isEmpty()
                    && found.size() >= Math.min(2, name.size())
                    && (2 * found.size() >= name.size() || found.contains(first))) {
                named.add(role);
            }
        }
        if (named.isEmpty() || !named.stream().allMatch(r -> r.samePlaceAs(named.get(0)))) {
            return Optional.empty();
        }
        return Optional.of(named.get(named.size() - 1));
    }

    /**
     * A role's heading written over several lines (a Google Docs template: "Corvane Logistics,
     * Sheffield", "Site Reliability Engineer", "NOV 2021 - MAR 2023"): a short line that is only an
     * employer and its town, or only the dates of one role.
     */
    private static Optional<Role> lineOfAHeading(String sentence, List<Role> candidates, Optional<DateRange> dates) {
        if (sentence.length() > MAX_LINE_OF_A_HEADING) {
            return Optional.empty();
        }
        Set<String> words = OrganizationNames.words(sentence);
        List<Role> employer = candidates.stream()
                .filter(r -> !r.careerBreak() && !r.organization().isEmpty())
                .filter(r -> words.containsAll(OrganizationNames.words(r.organization()))
                        && !OrganizationNames.words(r.organization()).isEmpty())
                .filter(r -> onlyNames(sentence, r, List.of()))
                .toList();
        if (!employer.isEmpty() && employer.stream().allMatch(r -> r.samePlaceAs(employer.get(0)))) {
            // of two titles at one employer, the dates line below says which: the latest until then
            return Optional.of(employer.get(0));
        }
        if (dates.isPresent()) {
            List<Role> dated = candidates.stream()
                    .filter(r -> r.dates().start().equals(dates.get().start()))
                    .filter(r -> onlyNames(sentence, r, List.of()))
                    .toList();
            if (dated.size() == 1) {
                return Optional.of(dated.get(0));
            }
        }
        return Optional.empty();
    }

    /** A line of a heading written over several lines is short. */
    static final int MAX_LINE_OF_A_HEADING = 80;

    /** "Lead Engineer, Acme — payments platform": what an undated heading says beside its names. */
    private static final int MAX_CONTENT_WORDS_UNDATED = 3;

    /**
     * Whether a sentence only names its role — organization, title, place, dates and labels — and
     * so says nothing of what was done there.
     */
    static boolean onlyNames(String sentence, Role role, List<String> sectionPath) {
        // "Hotel Miramar Atlântico (5★, 212 rooms), Lisbon": a count says something of the place
        return contentWords(sentence, role, sectionPath) <= 1
                && !COUNT.matcher(withoutDates(sentence)).find();
    }

    /** A number of two digits or more that is no year: "212 rooms", "~1,400 employees". */
    private static final Pattern COUNT =
            Pattern.compile("(?<![\\p{L}\\d.,])(?!(?:19|20)\\d\\d(?!\\d))\\d[\\d,]*\\d(?!\\d)");

    private static String withoutDates(String sentence) {
        String text = sentence;
        Optional<DateRanges.Found> found = DateRanges.firstRangeOrDate(text);
        while (found.isPresent() && found.get().end() > found.get().start()) {
            text = text.substring(0, found.get().start()) + " "
                    + text.substring(found.get().end());
            found = DateRanges.firstRangeOrDate(text);
        }
        return text;
    }

    /** The words of a sentence that are not its role's names, dates, place, section or labels. */
    private static int contentWords(String sentence, Role role, List<String> sectionPath) {
        String text = withoutDates(sentence);
        Set<String> known = new HashSet<>();
        known.addAll(lowerWords(role.organization()));
        known.addAll(lowerWords(role.title()));
        role.location().ifPresent(l -> known.addAll(lowerWords(l)));
        sectionPath.forEach(s -> known.addAll(lowerWords(s)));
        int content = 0;
        for (String word : lowerWords(text)) {
            if (!known.contains(word) && !HEADING_WORDS.contains(word) && word.length() > 1) {
                content++;
            }
        }
        return content;
    }

    private static List<String> lowerWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group().replaceAll("[.'-]+$", ""));
        }
        return words;
    }
}
