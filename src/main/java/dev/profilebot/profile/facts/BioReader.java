package dev.profilebot.profile.facts;

import dev.profilebot.profile.Block;
import dev.profilebot.profile.ProfileDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a career told in prose, as a speaker bio tells it, when a document lists no dated role:
 * "Grace Liu is a staff data scientist at Spotify, where she has worked since 2020", "Before
 * Spotify, Grace spent four years (2016–2020) at King", "She began her career in 2012 as an analyst
 * at Ericsson". A role begun in a year and left unsaid ends when the next one starts.
 */
final class BioReader {

    private static final String ORG =
            "(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:of |de |the |& |and )?\\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3})";
    private static final String TITLE = "([\\p{L}][\\p{L} /&-]{2,60}?)";
    private static final Pattern CURRENT =
            Pattern.compile("\\b(?:is|has been|works as|serves as)\\s+(?:a|an|the)\\s+" + TITLE + "\\s+at\\s+" + ORG);
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern SPENT =
            Pattern.compile("\\b(?:spent|worked)\\b[^.]*?\\(([^)]*(?:19|20)\\d\\d[^)]*)\\)\\s*(?:as\\s+(?:a|an)\\s+"
                    + TITLE + "\\s+)?at\\s+" + ORG);

    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** "Leonie Maalouf is Chief Operating Officer of Ostrander Homewares", the start said after it. */
    private static final Pattern IS_OF =
            Pattern.compile("\\b(?:is|serves as)\\s+(?:the\\s+)?(?!an?\\s)" + TITLE + "\\s+(?:of|at)\\s+" + ORG);
    /** "Leonie joined Ostrander in 2019 as Vice President, Operations". */
    private static final Pattern JOINED = Pattern.compile("\\bjoined\\s+(?:the\\s+)?" + ORG + "\\s+in\\s+" + YEAR
            + "\\s+as\\s+(?:a |an |the )?([\\p{L}][\\p{L} ,/&-]{2,60}?)[.;]");
    /** "She was appointed COO in 2022": a new title at the employer just named. */
    private static final Pattern APPOINTED =
            Pattern.compile("\\b(?:was|were)\\s+(?:appointed|promoted to|made|named)\\s+(?:the\\s+)?(?!an?\\s)" + TITLE
                    + "\\s+in\\s+" + YEAR);
    /** "began her career in 2007 as a graduate operations manager with Thornbury Logistics". */
    private static final Pattern BEGAN_WITH =
            Pattern.compile("\\b(?:began|started)\\s+(?:his|her|their)\\s+career\\s+in\\s+" + YEAR
                    + "\\s+as\\s+(?:a|an)\\s+" + TITLE + "\\s+(?:with|at|for)\\s+" + ORG);
    /** "before moving into consultancy with Marlow & Finch in 2010". */
    private static final Pattern MOVED =
            Pattern.compile("\\b(?:moving|moved|went|going)\\s+(?:into\\s+[\\p{Ll} ]{2,30}?\\s+)?(?:with|to)\\s+" + ORG
                    + "\\s+in\\s+" + YEAR);
    /** "spent six years at Castlereagh Retail Group, where she rose from Head of Supply Chain … to Operations Director in 2016". */
    private static final Pattern ROSE = Pattern.compile("\\bat\\s+" + ORG
            + ",?\\s+where\\s+(?:she|he|they)\\s+rose\\s+from\\s+(?:a |an |the )?" + TITLE + "(?:,[^,]*?(?:in\\s+"
            + YEAR + ")[^,]*?,)?\\s+to\\s+(?:a |an |the )?" + TITLE + "\\s+in\\s+" + YEAR);

    private static final String MONTH = "(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+)?";
    /** A title up to where the employer, the town or the next clause begins. */
    private static final String TITLE_BEFORE =
            "(?:a |an |the )?([\\p{L}][\\p{L} /&-]{2,60}?)(?=\\s+(?:at|with|for|in|on|and|a|until)\\b|\\s*[,.;(]|$)";
    /** "I have been the warehouse manager at Pellow Distribution … since June 2019". */
    private static final Pattern HAVE_BEEN =
            Pattern.compile("\\b(?:[Hh]ave been|'ve been|am)\\s+(?:a|an|the)\\s+" + TITLE + "\\s+at\\s+" + ORG);
    /** "I joined in May 2011 as a team leader": at the employer the paragraph has just named. */
    private static final Pattern JOINED_AS = Pattern.compile(
            "\\b(?:[Jj]oined|started)\\s+in\\s+(" + MONTH + "(?:19|20)\\d\\d)\\s+as\\s+" + TITLE_BEFORE);
    /** "in 2014 I was promoted to shift manager". */
    private static final Pattern PROMOTED_IN = Pattern.compile("\\b[Ii]n\\s+(" + MONTH + "(?:19|20)\\d\\d"
            + "),?\\s+(?:I|he|she|they)\\s+(?:was|were)\\s+(?:promoted|appointed|made)\\s+(?:to\\s+)?(?:the\\s+)?"
            + TITLE_BEFORE);
    /** "as a warehouse operative", "as a delivery driver at …". */
    private static final Pattern AS_TITLE = Pattern.compile("\\bas\\s+" + TITLE_BEFORE);
    /** "worked for Marsh Foods", "at Quickline Parcels", "with Corran Logistics": not "at the Swindon depot". */
    private static final Pattern EMPLOYER = Pattern.compile("\\b(?:for|at|with)\\s+" + ORG
            + "(?!\\s+(?:store|branch|office|site|depot|shop|plant|campus|team|ward|school)\\b)");
    /** "I worked", "My first job was", "he was": a sentence about a job, not about studies. */
    private static final Pattern WORKED =
            Pattern.compile("\\b(?:worked|work|job|was|were|employed|served)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern STUDYING =
            Pattern.compile("\\b(student|studied|studying|pupil|undergraduate)\\b", Pattern.CASE_INSENSITIVE);
    /** "a role I held until April 2019": the end of the role the sentence tells. */
    private static final Pattern UNTIL =
            Pattern.compile("\\buntil\\s+(" + MONTH + "(?:19|20)\\d\\d)", Pattern.CASE_INSENSITIVE);

    private BioReader() {}

    /**
     * A career a résumé tells in the first person, as the body of a letter: "I have been the
     * warehouse manager at Pellow Distribution since June 2019", "I joined in May 2011 as a team
     * leader" (at the employer the paragraph named), "in 2014 I was promoted to shift manager, a
     * role I held until April 2019", "From 2008 to 2011 I worked for Marsh Foods as a warehouse
     * operative", "My first job was as a delivery driver at Quickline Parcels, from 2006 to 2008".
     */
    private static void readFirstPerson(
            String sentence, String before, FactSource source, List<Role> roles, List<Role> open) {
        Optional<DateRanges.Found> range = DateRanges.firstRange(sentence);
        Matcher haveBeen = HAVE_BEEN.matcher(sentence);
        if (haveBeen.find() && RoleText.isTitle(haveBeen.group(1))) {
            // "… apps professionally since 2016: I started out at …, and since 2022 I've been a senior mobile
            // developer at Kumbara": the dates of the clause that says so
            int clause = haveBeen.start();
            while (clause > 0 && ",;:".indexOf(sentence.charAt(clause - 1)) < 0) {
                clause--;
            }
            Optional<DateRanges.Found> own =
                    DateRanges.firstRange(sentence.substring(clause)).or(() -> range);
            if (own.isPresent() && own.get().range().current()) {
                roles.add(new Role(
                        organization(haveBeen.group(2)),
                        haveBeen.group(1),
                        Optional.empty(),
                        own.get().range(),
                        false,
                        source));
                return;
            }
        }
        Optional<Role> told = Optional.empty();
        Matcher joined = JOINED_AS.matcher(sentence);
        Matcher promoted = PROMOTED_IN.matcher(sentence);
        if (joined.find() && RoleText.isTitle(joined.group(2))) {
            Optional<String> employer = lastEmployer(before);
            Optional<ProfileDate> start = DateRanges.parseDate(joined.group(1));
            if (employer.isPresent() && start.isPresent()) {
                told = add(roles, open, employer.get(), joined.group(2).strip(), start.get(), source, false);
            }
        }
        if (promoted.find() && RoleText.isTitle(promoted.group(2)) && !roles.isEmpty()) {
            // at the employer the paragraph named last, else the one of the role read last
            String at = lastEmployer(before + " " + sentence.substring(0, promoted.start()))
                    .orElse(roles.get(roles.size() - 1).organization());
            Optional<ProfileDate> start = DateRanges.parseDate(promoted.group(1));
            if (start.isPresent()) {
                told = add(roles, open, at, promoted.group(2).strip(), start.get(), source, false);
            }
        }
        Matcher as = AS_TITLE.matcher(sentence);
        Matcher employer = EMPLOYER.matcher(sentence);
        if (told.isEmpty()
                && range.isPresent()
                && !range.get().range().current()
                && WORKED.matcher(sentence).find()
                // "I was a student at Leeds Beckett University, where I worked as a bartender": not her employer
                && !STUDYING.matcher(sentence).find()
                && as.find()
                && RoleText.isTitle(as.group(1))
                && employer.find()) {
            Role role = new Role(
                    organization(employer.group(1)),
                    as.group(1).strip(),
                    Optional.empty(),
                    range.get().range(),
                    false,
                    source);
            roles.add(role);
        }
        Matcher until = UNTIL.matcher(sentence);
        if (told.isPresent() && until.find()) {
            Role role = told.get();
            Optional<ProfileDate> end = DateRanges.parseDate(until.group(1));
            if (end.isPresent() && end.get().compareTo(role.dates().start()) > 0) {
                Role ended = new Role(
                        role.organization(),
                        role.title(),
                        role.location(),
                        DateRange.between(role.dates().start(), end.get()),
                        false,
                        role.source());
                roles.set(roles.indexOf(role), ended);
                open.remove(role);
            }
        }
    }

    /** The employer a paragraph named last before a sentence: "I spent eight years with Corran Logistics". */
    private static Optional<String> lastEmployer(String before) {
        Matcher employer = EMPLOYER.matcher(before);
        Optional<String> last = Optional.empty();
        while (employer.find()) {
            last = Optional.of(organization(employer.group(1)));
        }
        return last;
    }

    /**
     * The ways a bio tells a role beside those above: "is COO of Ostrander … since 2022", "joined
     * Ostrander in 2019 as Vice President", "was appointed COO in 2022", "began her career in 2007
     * as a graduate manager with Thornbury", "moving … with Marlow & Finch in 2010", "rose from Head
     * of Supply Chain, … in 2013, to Operations Director in 2016". Roles with a start only end where
     * the next begins.
     */
    private static void readMore(
            String sentence, String paragraph, FactSource source, List<Role> roles, List<Role> open) {
        Matcher isOf = IS_OF.matcher(sentence);
        if (isOf.find() && RoleText.isTitle(isOf.group(1))) {
            // "She has held the role since 2022": the start said in the sentence or the next
            String after = paragraph.substring(Math.max(0, paragraph.indexOf(sentence)));
            Matcher since = SINCE.matcher(after);
            if (since.find() && since.start() < sentence.length() + 200) {
                add(
                        roles,
                        open,
                        organization(isOf.group(2)),
                        isOf.group(1),
                        ProfileDate.of(Integer.parseInt(since.group(1))),
                        source,
                        true);
            }
        }
        Matcher joined = JOINED.matcher(sentence);
        if (joined.find() && RoleText.isTitle(joined.group(3))) {
            add(
                    roles,
                    open,
                    organization(joined.group(1)),
                    joined.group(3).strip(),
                    ProfileDate.of(Integer.parseInt(joined.group(2))),
                    source,
                    false);
        }
        Matcher appointed = APPOINTED.matcher(sentence);
        if (appointed.find() && !roles.isEmpty() && RoleText.isTitle(appointed.group(1))) {
            String at = roles.get(roles.size() - 1).organization();
            add(
                    roles,
                    open,
                    at,
                    appointed.group(1),
                    ProfileDate.of(Integer.parseInt(appointed.group(2))),
                    source,
                    false);
        }
        Matcher began = BEGAN_WITH.matcher(sentence);
        if (began.find() && RoleText.isTitle(began.group(2))) {
            add(
                    roles,
                    open,
                    organization(began.group(3)),
                    began.group(2),
                    ProfileDate.of(Integer.parseInt(began.group(1))),
                    source,
                    false);
        }
        Matcher moved = MOVED.matcher(sentence);
        // "moving into consultancy with Marlow & Finch in 2010", not "she moved to London in 2012"
        if (moved.find() && (moved.group().contains(" into ") || RoleText.isOrganization(moved.group(1)))) {
            add(
                    roles,
                    open,
                    organization(moved.group(1)),
                    "",
                    ProfileDate.of(Integer.parseInt(moved.group(2))),
                    source,
                    false);
        }
        Matcher rose = ROSE.matcher(sentence);
        if (rose.find() && RoleText.isTitle(rose.group(2)) && RoleText.isTitle(rose.group(4))) {
            String at = organization(rose.group(1));
            ProfileDate promoted = ProfileDate.of(Integer.parseInt(rose.group(5)));
            if (rose.group(3) != null) {
                add(
                        roles,
                        open,
                        at,
                        rose.group(2).strip(),
                        ProfileDate.of(Integer.parseInt(rose.group(3))),
                        source,
                        false);
            }
            add(roles, open, at, rose.group(4).strip(), promoted, source, false);
        }
    }

    private static boolean sameEmployer(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " "));
    }

    private static Optional<Role> add(
            List<Role> roles,
            List<Role> open,
            String organization,
            String title,
            ProfileDate start,
            FactSource source,
            boolean current) {
        // "Ostrander" after "Ostrander Homewares": the employer by its whole name
        String name = roles.stream()
                .map(Role::organization)
                .filter(o -> sameEmployer(o, organization))
                .max(java.util.Comparator.comparingInt(String::length))
                .filter(o -> o.length() > organization.length())
                .orElse(organization);
        boolean known = roles.stream()
                .anyMatch(r -> sameEmployer(r.organization(), name)
                        && r.dates().start().year() == start.year());
        if (name.isEmpty() || known) {
            return Optional.empty(); // one role for one start at one employer, however many sentences tell it
        }
        Role role = new Role(
                name, title, Optional.empty(), current ? DateRange.since(start) : DateRange.at(start), false, source);
        roles.add(role);
        if (!current) {
            open.add(role);
        }
        return Optional.of(role);
    }

    private static String organization(String matched) {
        return matched.replaceAll("[.,;:]+$", "").strip();
    }

    static List<Role> read(ProfileDocument document) {
        List<Role> roles = new ArrayList<>();
        List<Role> open = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (Sections.of(block.sectionPath()) != Sections.WORK) {
                continue;
            }
            FactSource source = new FactSource(document.fileName(), block.sectionPath());
            // a paragraph wrapped over lines is one text; the lines of a list stay apart
            String text = block.text().replaceAll("(?<=[\\p{Ll},])\\n(?=\\s*[\\p{L}(])|\\n(?=\\s*\\p{Ll})", " ");
            int at = 0;
            for (String sentence : text.split("(?<=[.!?])\\s+|\\n")) {
                Matcher current = CURRENT.matcher(sentence);
                Matcher since = SINCE.matcher(sentence);
                if (current.find() && since.find() && RoleText.isTitle(current.group(1))) {
                    roles.add(new Role(
                            organization(current.group(2)),
                            current.group(1),
                            Optional.empty(),
                            DateRange.since(ProfileDate.of(Integer.parseInt(since.group(1)))),
                            false,
                            source));
                }
                Matcher spent = SPENT.matcher(sentence);
                if (spent.find()) {
                    Optional<DateRanges.Found> range = DateRanges.firstRange(spent.group(1));
                    if (range.isPresent()) {
                        roles.add(new Role(
                                organization(spent.group(3)),
                                spent.group(2) == null ? "" : spent.group(2),
                                Optional.empty(),
                                range.get().range(),
                                false,
                                source));
                    }
                }
                readMore(sentence, text, source, roles, open);
                int found = text.indexOf(sentence, at);
                at = found < 0 ? at : found;
                readFirstPerson(sentence, text.substring(0, at), source, roles, open);
            }
        }
        // "began her career in 2012 … at Ericsson": until the next role began
        List<Role> out = new ArrayList<>();
        for (Role role : roles) {
            if (open.contains(role)) {
                Optional<ProfileDate> next = roles.stream()
                        .map(r -> r.dates().start())
                        .filter(start -> start.compareTo(role.dates().start()) > 0)
                        .min(Comparator.naturalOrder());
                out.add(next.map(n -> new Role(
                                role.organization(),
                                role.title(),
                                role.location(),
                                DateRange.between(role.dates().start(), n),
                                false,
                                role.source()))
                        .orElse(role));
            } else {
                out.add(role);
            }
        }
        return out;
    }
}
