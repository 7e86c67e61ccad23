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

    private BioReader() {}

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
                        Integer.parseInt(since.group(1)),
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
                    Integer.parseInt(joined.group(2)),
                    source,
                    false);
        }
        Matcher appointed = APPOINTED.matcher(sentence);
        if (appointed.find() && !roles.isEmpty() && RoleText.isTitle(appointed.group(1))) {
            String at = roles.get(roles.size() - 1).organization();
            add(roles, open, at, appointed.group(1), Integer.parseInt(appointed.group(2)), source, false);
        }
        Matcher began = BEGAN_WITH.matcher(sentence);
        if (began.find() && RoleText.isTitle(began.group(2))) {
            add(
                    roles,
                    open,
                    organization(began.group(3)),
                    began.group(2),
                    Integer.parseInt(began.group(1)),
                    source,
                    false);
        }
        Matcher moved = MOVED.matcher(sentence);
        // "moving into consultancy with Marlow & Finch in 2010", not "she moved to London in 2012"
        if (moved.find() && (moved.group().contains(" into ") || RoleText.isOrganization(moved.group(1)))) {
            add(roles, open, organization(moved.group(1)), "", Integer.parseInt(moved.group(2)), source, false);
        }
        Matcher rose = ROSE.matcher(sentence);
        if (rose.find() && RoleText.isTitle(rose.group(2)) && RoleText.isTitle(rose.group(4))) {
            String at = organization(rose.group(1));
            int promoted = Integer.parseInt(rose.group(5));
            if (rose.group(3) != null) {
                add(roles, open, at, rose.group(2).strip(), Integer.parseInt(rose.group(3)), source, false);
            }
            add(roles, open, at, rose.group(4).strip(), promoted, source, false);
        }
    }

    private static boolean sameEmployer(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " "));
    }

    private static void add(
            List<Role> roles,
            List<Role> open,
            String organization,
            String title,
            int year,
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
                        && r.dates().start().year() == year);
        if (name.isEmpty() || known) {
            return; // one role for one start at one employer, however many sentences tell it
        }
        Role role = new Role(
                name,
                title,
                Optional.empty(),
                current ? DateRange.since(ProfileDate.of(year)) : DateRange.at(ProfileDate.of(year)),
                false,
                source);
        roles.add(role);
        if (!current) {
            open.add(role);
        }
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
            for (String sentence : block.text().split("(?<=[.!?])\\s+|\\n")) {
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
                readMore(sentence, block.text(), source, roles, open);
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
