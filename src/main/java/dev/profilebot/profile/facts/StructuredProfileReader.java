package dev.profilebot.profile.facts;

import dev.profilebot.profile.ProfileDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link StructuredProfile} from the documents (after private details were removed):
 * identity first, so a heading that is the person's name is not read as an employer; then the
 * roles of each document, merged across documents that tell the same career; education; skills.
 */
public final class StructuredProfileReader {

    private final Optional<String> configuredName;
    private final Optional<String> configuredPronouns;

    /**
     * @param configuredName PROFILE_NAME, which wins over the documents
     * @param configuredPronouns PROFILE_PRONOUNS ("she/her", "he/him", "they/them")
     */
    public StructuredProfileReader(Optional<String> configuredName, Optional<String> configuredPronouns) {
        this.configuredName = configuredName;
        this.configuredPronouns = configuredPronouns;
    }

    public StructuredProfile read(List<ProfileDocument> documents) {
        List<String> warnings = new ArrayList<>();
        Identity identity = IdentityReader.read(documents, configuredName, configuredPronouns);
        if (identity.name().isEmpty()) {
            warnings.add("No name found in the documents: set PROFILE_NAME");
        }
        documents = withoutNameHeading(documents, identity.name()).stream()
                .map(StructuredProfileReader::withDatesUnderTheirHeadings)
                .toList();
        RoleReader roleReader = new RoleReader(identity.name(), warnings);
        List<Role> roles = new ArrayList<>();
        List<Education> education = new ArrayList<>();
        Set<Role> toldInProse = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ProfileDocument document : documents) {
            // a career told as dated events ("2013 · 4 · Joined …", "2017 · 10 · Promoted to …") has no ranges to read
            List<Role> ranged = roleReader.read(document);
            List<Role> events = EventHistoryReader.read(document);
            // as many roles either way: the events, which date each step, rather than ranges read around them
            List<Role> found = events.size() > ranged.size() || events.size() >= 2 && events.size() == ranged.size()
                    ? events
                    : ranged;
            // a document that lists no dated role may tell the career in prose (a speaker bio, a letter), and one that
            // lists only the board seats held beside a job tells the job in prose
            List<Role> told = found.isEmpty() || found.stream().allMatch(StructuredProfile::heldBeside)
                    ? BioReader.read(document)
                    : List.of();
            toldInProse.addAll(told);
            for (Role role : told) {
                merge(roles, role);
            }
            for (Role role : found) {
                merge(roles, role);
            }
            for (Education entry : EducationReader.read(document)) {
                mergeEducation(education, entry);
            }
            for (Education entry : EventHistoryReader.education(document)) {
                mergeEducation(education, entry);
            }
        }
        roles = withoutTwicePosts(
                withoutUntitledTwins(withoutSummaries(withoutPostsToldWithinListedRoles(roles, toldInProse))));
        if (roles.isEmpty()) {
            warnings.add(
                    "No role with dates found: write each role with its dates (\"Acme Corp, Sep 2021 – present\")");
        }
        if (identity.name().isPresent() && !identity.pronounsStated()) {
            warnings.add(
                    "Pronouns not stated: replies say \"they\" (set PROFILE_PRONOUNS or add pronouns: to front matter)");
        }
        return new StructuredProfile(identity, roles, education, SkillsReader.read(documents), warnings);
    }

    /**
     * The roles without those a document tells in prose ("I've been the tech lead of a team of six at Pelicarte
     * Payments since 2021", in an FAQ) within a role another document lists at that employer: a part of that
     * role, which the listing dates and titles.
     */
    private static List<Role> withoutPostsToldWithinListedRoles(List<Role> roles, Set<Role> toldInProse) {
        return roles.stream()
                .filter(role -> !toldInProse.contains(role)
                        || roles.stream()
                                .noneMatch(listed -> !toldInProse.contains(listed)
                                        && !listed.careerBreak()
                                        && !listed.source()
                                                .fileName()
                                                .equals(role.source().fileName())
                                        && !listed.organization().isEmpty()
                                        && OrganizationNames.similar(listed.organization(), role.organization())
                                        && role.dates().start().year()
                                                >= listed.dates().start().year()
                                        && (listed.current()
                                                || !role.current()
                                                        && lastYear(role.dates()) <= lastYear(listed.dates()))))
                .toList();
    }

    /**
     * The roles without a post told twice over the same months: once with its employer and once without
     * ("Site Reliability Engineer (06/2018 - 12/2021)" under the header that names both), or once with its title
     * shortened ("Senior SRE" beside "Senior Site Reliability Engineer"). The one with the employer and the whole
     * title stays.
     */
    private static List<Role> withoutTwicePosts(List<Role> roles) {
        List<Role> kept = new ArrayList<>(roles);
        for (Role role : roles) {
            if (role.careerBreak() || role.title().isEmpty()) {
                continue;
            }
            boolean told = kept.stream()
                    .anyMatch(other -> other != role
                            && !other.organization().isEmpty()
                            && other.dates().equals(role.dates())
                            && (role.organization().isEmpty() && other.title().equalsIgnoreCase(role.title())
                                    || OrganizationNames.similar(other.organization(), role.organization())
                                            && other.title().length()
                                                    > role.title().length()
                                            && abbreviates(role.title(), other.title())));
            if (told) {
                kept.remove(role);
            }
        }
        return kept;
    }

    /** Whether a title is another written with some of its words as initials: "Senior SRE", "Senior Site Reliability Engineer". */
    static boolean abbreviates(String shorter, String longer) {
        String[] words = shorter.strip().split("\\s+");
        String[] full = longer.strip().split("\\s+");
        int at = 0;
        for (String word : words) {
            if (at < full.length && word.equalsIgnoreCase(full[at])) {
                at++;
            } else if (word.matches("\\p{Lu}{2,6}") && at + word.length() <= full.length) {
                for (int i = 0; i < word.length(); i++) {
                    if (Character.toUpperCase(full[at + i].charAt(0)) != word.charAt(i)) {
                        return false;
                    }
                }
                at += word.length();
            } else {
                return false;
            }
        }
        return at == full.length;
    }

    /**
     * The roles without an employer's untitled line that titled roles at the same employer tell
     * again over the same years: a README's "Quillmark · Austin, TX · 2016 – 2018" beside its chart's
     * "Junior Software Engineer" and "Software Engineer" there. The titled roles take its town.
     */
    private static List<Role> withoutUntitledTwins(List<Role> roles) {
        List<Role> kept = new ArrayList<>(roles);
        for (Role untitled : roles) {
            if (!untitled.title().isEmpty()
                    || untitled.careerBreak()
                    || untitled.organization().isEmpty()) {
                continue;
            }
            List<Role> twins = kept.stream()
                    .filter(r -> !r.title().isEmpty()
                            // (by the names before their towns: "Celjske lekarne, Celje" is no twin of "Ljudska
                            // univerza Celje")
                            && OrganizationNames.similar(
                                    beforeTheTown(r.organization()), beforeTheTown(untitled.organization()))
                            && overlap(r.dates(), untitled.dates()))
                    .toList();
            if (twins.isEmpty()) {
                continue;
            }
            kept.remove(untitled);
            for (Role twin : twins) {
                if (twin.location().isEmpty() && untitled.location().isPresent()) {
                    kept.set(kept.indexOf(twin), twin.withOrganization(twin.organization(), untitled.location()));
                }
            }
        }
        return kept;
    }

    /** "Celjske lekarne, Celje" → "Celjske lekarne": a name without what its first comma leads. */
    private static String beforeTheTown(String organization) {
        int comma = organization.indexOf(',');
        return comma > 0 ? organization.substring(0, comma) : organization;
    }

    private static boolean overlap(DateRange a, DateRange b) {
        if (monthsApart(a, b)) {
            return false; // "April 2015 – September 2017" before "October 2017 – …": one after the other
        }
        return a.start().year() <= lastYear(b) && b.start().year() <= lastYear(a);
    }

    /** Whether two ranges dated to the month end before the other starts. */
    private static boolean monthsApart(DateRange a, DateRange b) {
        return a.start().month().isPresent()
                && b.start().month().isPresent()
                && (a.end()
                                .filter(e -> e.month().isPresent() && e.compareTo(b.start()) < 0)
                                .isPresent()
                        || b.end()
                                .filter(e -> e.month().isPresent() && e.compareTo(a.start()) < 0)
                                .isPresent());
    }

    private static int lastYear(DateRange range) {
        return range.current()
                ? Integer.MAX_VALUE
                : range.end().orElse(range.start()).year();
    }

    /** A "role" whose name starts like a sentence ("What I do", "My years abroad"), not like an employer. */
    private static final java.util.regex.Pattern NOT_A_NAME =
            java.util.regex.Pattern.compile("(?i)^(what|how|why|where|who|when|i|i'm|my|our|we|this|these)\\b.*");

    /**
     * The roles without lines that only sum others up: "Manchester (Kestrel, Halyard) → London
     * (Brightmoor) → Lisbon since 2023" names the employers of other roles and is none itself; a
     * section heading such as "What I do" over a dated bullet is not an employer either.
     */
    private static List<Role> withoutSummaries(List<Role> roles) {
        List<Role> kept = new ArrayList<>();
        for (Role role : roles) {
            if (role.careerBreak() || !role.title().isEmpty()) {
                kept.add(role);
                continue;
            }
            long others = roles.stream()
                    .filter(other -> other != role && !other.organization().isEmpty())
                    .filter(other -> !java.util.Collections.disjoint(
                            OrganizationNames.words(role.organization()),
                            OrganizationNames.words(other.organization())))
                    .map(Role::organization)
                    .distinct()
                    .count();
            if (others < 2 && !NOT_A_NAME.matcher(role.organization()).matches()) {
                kept.add(role);
            }
        }
        return kept;
    }

    /**
     * The documents without the heading that is the person's name ("# Maya Okafor" over the whole
     * résumé): it names no section, so "Experience › Voltaro GmbH" is the path, not "Maya Okafor ›
     * Experience › Voltaro GmbH". The passages are cut from the same documents.
     */
    public static List<ProfileDocument> withoutNameHeading(List<ProfileDocument> documents, Optional<String> name) {
        if (name.isEmpty()) {
            return documents;
        }
        String lower = name.get().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Pattern introduction = java.util.regex.Pattern.compile(
                "\\bi(?:'m| am) " + java.util.regex.Pattern.quote(lower.split("\\s+")[0]) + "(?![\\p{L}])");
        List<ProfileDocument> out = new ArrayList<>();
        for (ProfileDocument document : documents) {
            List<dev.profilebot.profile.Block> blocks = new ArrayList<>();
            for (dev.profilebot.profile.Block block : document.blocks()) {
                List<String> path = block.sectionPath();
                String first = path.isEmpty()
                        ? ""
                        : path.get(0).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
                // "Hi there, I'm Marisol 👋": a heading that introduces the person, by the given name too
                boolean underName = !path.isEmpty()
                        && (IdentityReader.sameName(path.get(0), lower)
                                // "europass Inês Rebelo Fonseca", "Renata Oyelaran — CV": the name and the form's title
                                || IdentityReader.sameName(IdentityReader.withoutCvWords(path.get(0)), lower)
                                || introduction.matcher(first).find());
                blocks.add(
                        underName
                                ? new dev.profilebot.profile.Block(path.subList(1, path.size()), block.text())
                                : block);
            }
            out.add(new ProfileDocument(document.fileName(), document.metadata(), blocks, document.links()));
        }
        return out;
    }

    /**
     * The document with each entry's dates under the entry's own heading, when the dates stand on a line of their
     * own right above it: the Europass form's "[ 01/03/2018 – Current ]" over "**SENIOR LOGISTICS SPECIALIST –
     * TRANSPORT & CUSTOMS**", the title a heading of its own, or a Filipino CV's "May 2019 – Present · Staff Nurse II"
     * over "**AL HAMMADI HOSPITAL**", opens the section under that heading. Only where the dates open a section of the
     * résumé (or close an entry dated so already), name no employer, and the heading below has no dates of its own:
     * "**Engineer**", "Acme Ltd", "2019 – 2021" dates the entry it ends.
     */
    static ProfileDocument withDatesUnderTheirHeadings(ProfileDocument document) {
        List<dev.profilebot.profile.Block> blocks = new ArrayList<>(document.blocks());
        java.util.Set<List<String>> dated = new java.util.HashSet<>();
        boolean changed = false;
        for (int k = 0; k + 1 < blocks.size(); k++) {
            dev.profilebot.profile.Block block = blocks.get(k);
            String dates = block.text().strip();
            List<String> path = block.sectionPath();
            List<String> next = blocks.get(k + 1).sectionPath();
            // the dates open a section such as "WORK EXPERIENCE", not an entry of its own ("### Backend Engineer,
            // Brightcart SE" over "October 2014 - August 2017")
            boolean opensItsSection =
                    (k == 0 || !blocks.get(k - 1).sectionPath().equals(path))
                            && !path.isEmpty()
                            && Sections.isSectionHeading(path.get(path.size() - 1));
            if (dates.contains("\n")
                    || !opensWithARange(dates)
                    || next.isEmpty()
                    || Sections.isSectionHeading(next.get(next.size() - 1))
                    || next.equals(path)
                    || !(opensItsSection || dated.contains(path))
                    || !isSiblingOrChild(path, next)
                    || DateRanges.firstRangeOrDate(next.get(next.size() - 1)).isPresent()
                    || hasDatesOfItsOwn(blocks, k + 1, next)) {
                continue;
            }
            // the dates open the section below, as its first line
            blocks.set(k, new dev.profilebot.profile.Block(next, block.text()));
            dated.add(next);
            changed = true;
        }
        return changed
                ? new ProfileDocument(document.fileName(), document.metadata(), blocks, document.links())
                : document;
    }

    /**
     * "[ 01/03/2018 – Current ]", "May 2019 – Present · Staff Nurse II – Adult Intensive Care Unit": a range, alone
     * or before the title it dates, no employer.
     */
    private static boolean opensWithARange(String line) {
        String text = withoutSquareBrackets(line);
        // (not a whole entry: "Sept. 2012 – août 2013 · Alternance – Assistante chef de produit – Savoie Lait
        // Coopérative, Chambéry" names its employer)
        return DateRanges.firstRange(text)
                .filter(found -> text.substring(0, found.start()).isBlank())
                .filter(found -> DateRanges.isOnlyARange(text)
                        || text.substring(found.end()).strip().matches("[·|–—-]\\s*\\p{L}.*")
                                && RoleText.read(RoleText.tidy(text.substring(found.end())))
                                        // (a unit is no employer: "Staff Nurse II – Adult Intensive Care Unit")
                                        .filter(r -> !r.title().isEmpty()
                                                && (r.organization().isEmpty()
                                                        || !RoleText.isOrganization(r.organization())
                                                                && r.location().isEmpty()))
                                        .isPresent())
                .isPresent();
    }

    /** "[ 01/03/2018 – Current ]" as the Europass form's dates without its brackets. */
    private static String withoutSquareBrackets(String line) {
        return line.replaceAll("[\\[\\]]", " ");
    }

    private static boolean isSiblingOrChild(List<String> path, List<String> next) {
        int shared = next.size() - 1;
        return (next.size() == path.size() || next.size() == path.size() + 1)
                && path.subList(0, shared).equals(next.subList(0, shared));
    }

    /**
     * Whether the section from the block at {@code from} holds dates on a line of their own: first, or before its
     * last block (which may date the entry after it).
     */
    private static boolean hasDatesOfItsOwn(List<dev.profilebot.profile.Block> blocks, int from, List<String> path) {
        for (int j = from;
                j == from
                        || j + 1 < blocks.size()
                                && blocks.get(j + 1).sectionPath().equals(path);
                j++) {
            if (blocks.get(j).text().lines().anyMatch(l -> DateRanges.isOnlyADateOrRange(withoutSquareBrackets(l)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same role told by two documents (a résumé in Markdown and in plain text) is kept once:
     * same start year and a shared organization word, or the same title. The fuller one stays.
     */
    private static void merge(List<Role> roles, Role role) {
        for (int i = 0; i < roles.size(); i++) {
            Role known = roles.get(i);
            boolean sameTime =
                    known.dates().start().year() == role.dates().start().year()
                            && known.dates().current() == role.dates().current();
            boolean samePlace = !known.organization().isEmpty()
                            && OrganizationNames.similar(known.organization(), role.organization())
                    || known.organization().isEmpty()
                            && role.organization().isEmpty()
                            && known.title().equalsIgnoreCase(role.title());
            if (sameTime
                    && samePlace
                    && !known.source().fileName().equals(role.source().fileName())) {
                if (fullness(role) > fullness(known)) {
                    roles.set(i, role);
                }
                return;
            }
        }
        roles.add(role);
    }

    /** The same degree told twice (a résumé and a bio) is kept once, with its dates if either has them. */
    private static void mergeEducation(List<Education> education, Education entry) {
        for (int i = 0; i < education.size(); i++) {
            Education known = education.get(i);
            boolean same = OrganizationNames.similar(known.institution(), entry.institution())
                    && known.degree()
                            .replace(".", "")
                            .equalsIgnoreCase(entry.degree().replace(".", ""));
            if (same) {
                if (known.dates().isEmpty() && entry.dates().isPresent()) {
                    education.set(i, entry);
                }
                return;
            }
        }
        education.add(entry);
    }

    private static int fullness(Role role) {
        return (role.title().isEmpty() ? 0 : 2)
                + (role.location().isPresent() ? 1 : 0)
                + (role.dates().start().month().isPresent() ? 1 : 0);
    }
}
