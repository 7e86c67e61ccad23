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
            "(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:of |de |the )?\\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3})";
    private static final String TITLE = "([\\p{L}][\\p{L} /&-]{2,60}?)";
    private static final Pattern CURRENT =
            Pattern.compile("\\b(?:is|has been|works as|serves as)\\s+(?:a|an|the)\\s+" + TITLE + "\\s+at\\s+" + ORG);
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern SPENT =
            Pattern.compile("\\b(?:spent|worked)\\b[^.]*?\\(([^)]*(?:19|20)\\d\\d[^)]*)\\)\\s*(?:as\\s+(?:a|an)\\s+"
                    + TITLE + "\\s+)?at\\s+" + ORG);
    private static final Pattern BEGAN = Pattern.compile(
            "\\b(?:began|started)\\s+(?:his|her|their)\\s+career\\s+in\\s+((?:19|20)\\d\\d)\\s+as\\s+(?:a|an)\\s+"
                    + TITLE + "\\s+at\\s+" + ORG);

    private BioReader() {}

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
                Matcher began = BEGAN.matcher(sentence);
                if (began.find() && RoleText.isTitle(began.group(2))) {
                    Role role = new Role(
                            organization(began.group(3)),
                            began.group(2),
                            Optional.empty(),
                            DateRange.at(ProfileDate.of(Integer.parseInt(began.group(1)))),
                            false,
                            source);
                    roles.add(role);
                    open.add(role);
                }
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
