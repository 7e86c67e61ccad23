package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CV kept in Emacs Org mode and saved as text, its markup turned into the plain-text
 * conventions {@link PlainTextParser} reads: the author as the name's heading, "* Experience"
 * and "** Title — Employer :current:" as {@code #} headings without their tags, an entry's
 * property drawer (":START: 2021-03", ":END_DATE: present", ":LOCATION: Leeds") as its dates
 * and labelled lines, "- Mobile :: 07723 …" as "- Mobile: 07723 …", links as their words;
 * comments and export settings left out.
 */
final class OrgModeText {

    /** "#+AUTHOR: Callum Ferriby": a keyword line. */
    private static final Pattern KEYWORD = Pattern.compile("^#\\+([A-Za-z_]+):\\s*(.*)$");

    private static final Pattern HEADLINE = Pattern.compile("^(\\*+)\\s+(.*?)(?:\\s+:[\\w@#%:]+:)?\\s*$");
    private static final Pattern DRAWER_START = Pattern.compile("(?i)^:(PROPERTIES|LOGBOOK):$");
    private static final Pattern DRAWER_END = Pattern.compile("(?i)^:END:$");
    private static final Pattern PROPERTY = Pattern.compile("^:([\\w-]+):\\s*(.*)$");
    /** "#+BEGIN_COMMENT" … "#+END_COMMENT": the writer's notes. */
    private static final Pattern COMMENT_START = Pattern.compile("(?i)^#\\+begin_comment\\b.*");

    private static final Pattern COMMENT_END = Pattern.compile("(?i)^#\\+end_comment\\b.*");
    /** A headline kept out of every export: tagged ":noexport:", or marked "COMMENT" (in capitals, as Org writes it). */
    private static final Pattern NOT_EXPORTED = Pattern.compile("^\\*+\\s+(?:COMMENT\\b.*|.*:noexport:.*)$");
    /** "[2019-04-01 Mon]", "<2012-09-03 Mon 09:00>": an Org timestamp, as the date it holds. */
    private static final Pattern TIMESTAMP =
            Pattern.compile("[\\[<](\\d{4}-\\d{2}(?:-\\d{2})?)(?:\\s+\\p{L}{2,3}\\.?)?(?:\\s+\\d{1,2}:\\d{2})?[\\]>]");

    /** "# a note to self", "#+BEGIN_QUOTE": comments and block markers, no text of the CV. */
    private static final Pattern NOT_TEXT = Pattern.compile("(?i)^#(\\s.*)?$|^#\\+(begin|end)_\\w*.*$");
    /** "- Mobile :: 07723 418905": a description list's term and its description. */
    private static final Pattern DESCRIPTION = Pattern.compile("^(\\s*[-+]\\s+)(.+?)\\s+::\\s+(.*)$");
    /** "[[https://ferriby.dev][my site]]", "[[https://ferriby.dev]]". */
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]]+)\\](?:\\[([^\\]]+)\\])?\\]");

    private static final Set<String> STARTS = Set.of("start", "from", "begin", "started", "start_date", "since");
    private static final Set<String> PLACES = Set.of("location", "city", "place", "where");
    private static final Set<String> ENDS = Set.of("end_date", "to", "until", "finish", "ended", "end");
    /** Keywords that are facts about the person; the others set up the export. */
    private static final Set<String> FACTS =
            Set.of("email", "phone", "mobile", "address", "website", "linkedin", "github");

    private OrgModeText() {}

    /** Whether the text is Org mode: keyword lines ("#+TITLE:") or property drawers under headlines. */
    static boolean looksLike(String content) {
        long keywords = content.lines()
                .filter(l -> KEYWORD.matcher(l.strip()).matches())
                .count();
        boolean drawers =
                content.lines().anyMatch(l -> DRAWER_START.matcher(l.strip()).matches())
                        && content.lines().anyMatch(l -> l.startsWith("* "));
        return keywords >= 2 || drawers;
    }

    /** The text with its Org markup as plain-text conventions. */
    static String asPlainText(String content) {
        List<String> out = new ArrayList<>();
        Map<String, String> drawer = null;
        boolean inComment = false;
        int skippedLevel = 0; // the level of a headline not exported, whose subtree is skipped
        for (String raw : content.lines().toList()) {
            String line = raw.strip();
            if (inComment) {
                inComment = !COMMENT_END.matcher(line).matches();
                continue;
            }
            if (COMMENT_START.matcher(line).matches()) {
                inComment = true;
                continue;
            }
            Matcher level = HEADLINE.matcher(raw);
            if (level.matches()) {
                int depth = level.group(1).length();
                if (skippedLevel > 0 && depth <= skippedLevel) {
                    skippedLevel = 0;
                }
                if (skippedLevel == 0 && NOT_EXPORTED.matcher(raw.strip()).matches()) {
                    skippedLevel = depth;
                }
            }
            if (skippedLevel > 0) {
                continue; // "* Contact :noexport:": kept out of the CV by its writer
            }
            if (drawer != null) {
                if (DRAWER_END.matcher(line).matches()) {
                    out.addAll(entryLines(drawer));
                    drawer = null;
                } else {
                    Matcher property = PROPERTY.matcher(line);
                    if (property.matches()) {
                        drawer.put(
                                property.group(1).toLowerCase(Locale.ROOT),
                                TIMESTAMP.matcher(property.group(2).strip()).replaceAll("$1"));
                    }
                }
                continue;
            }
            if (DRAWER_START.matcher(line).matches()) {
                drawer = new LinkedHashMap<>();
                continue;
            }
            Matcher keyword = KEYWORD.matcher(line);
            if (keyword.matches()) {
                String key = keyword.group(1).toLowerCase(Locale.ROOT);
                if (key.equals("author")) {
                    out.add("# " + keyword.group(2).strip());
                    out.add("");
                } else if (FACTS.contains(key) && !keyword.group(2).isBlank()) {
                    out.add(TextCleanup.keyAsLabel(key) + ": "
                            + keyword.group(2).strip());
                }
                continue;
            }
            if (NOT_TEXT.matcher(line).matches()) {
                continue;
            }
            Matcher headline = HEADLINE.matcher(raw);
            if (headline.matches() && !headline.group(2).isBlank()) {
                // below the name's heading
                out.add("");
                out.add("#".repeat(headline.group(1).length() + 1) + " "
                        + withDatesAndDashes(headline.group(2).strip()));
                out.add("");
                continue;
            }
            String text = LINK.matcher(raw)
                    .replaceAll(m -> Matcher.quoteReplacement(
                            m.group(2) == null ? m.group(1) : m.group(2) + " (" + m.group(1) + ")"));
            text = withDatesAndDashes(text);
            Matcher description = DESCRIPTION.matcher(text);
            out.add(
                    description.matches()
                            ? description.group(1) + description.group(2) + ": " + description.group(3)
                            : text);
        }
        return String.join("\n", out);
    }

    /**
     * "<2021-03-01 Mon>--<2024-06-30 Sun>", "M.Sc. -- AGH University": timestamps as their dates, and Org's "--" and
     * "---" as the dashes its export prints.
     */
    private static String withDatesAndDashes(String text) {
        return TIMESTAMP.matcher(text).replaceAll("$1").replace("---", "—").replace("--", "–");
    }

    /** A drawer's dates ("2021-03 – present") and its other properties as labelled lines ("Location: Leeds"). */
    private static List<String> entryLines(Map<String, String> drawer) {
        List<String> lines = new ArrayList<>();
        Optional<String> start = first(drawer, STARTS);
        Optional<String> end = first(drawer, ENDS);
        Optional<String> place = first(drawer, PLACES);
        if (start.isPresent()) {
            // "2021-03 – present · Leeds": the dates and the town, as a résumé's line gives them
            // ":SINCE: <2024-07-15 Mon>": a start that is still going on
            Optional<String> still = drawer.containsKey("since") ? Optional.of("present") : Optional.empty();
            lines.add(start.get()
                    + end.or(() -> still).map(e -> " – " + e).orElse("")
                    + place.map(p -> " · " + p).orElse(""));
        }
        drawer.forEach((key, value) -> {
            boolean placed = start.isPresent() && PLACES.contains(key);
            if (!STARTS.contains(key) && !ENDS.contains(key) && !placed && !value.isEmpty()) {
                lines.add(TextCleanup.keyAsLabel(key) + ": " + value);
            }
        });
        return lines;
    }

    private static Optional<String> first(Map<String, String> drawer, Set<String> keys) {
        return drawer.entrySet().stream()
                .filter(e -> keys.contains(e.getKey()) && !e.getValue().isEmpty())
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
