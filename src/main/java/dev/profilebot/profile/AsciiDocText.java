package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CV written in AsciiDoc (a {@code .adoc} file, or a {@code .txt} a site generator builds from),
 * its markup turned into the plain-text conventions {@link PlainTextParser} reads: "= Name" and
 * "== Experience" as {@code #} headings, attribute entries (":email: …") as labelled lines and
 * their references ("{email}") filled in, "Tools:: Git" as "Tools: Git", a line in italics or bold
 * as its words, comments and block attributes left out.
 */
final class AsciiDocText {

    private static final Pattern TITLE = Pattern.compile("^(={1,6})\\s+(\\S.*)$");
    /** "== Experience", not "== EXPERIENCE ==", a plain-text banner drawn with equals signs. */
    private static final Pattern SECTION = Pattern.compile("(?m)^={2,6}\\s+\\S(?:.*[^=\\s])?\\s*$");
    /** "////": the start or end of a comment block, whose lines are the writer's notes, not the CV. */
    private static final Pattern COMMENT_BLOCK = Pattern.compile("^/{4,}$");

    private static final Pattern ATTRIBUTE = Pattern.compile("^:([A-Za-z0-9_][\\w-]*)!?:\\s*(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][\\w-]*)\\}");
    /** "Tools:: DITA XML, Git": a definition list's term and its definition. */
    private static final Pattern DEFINITION = Pattern.compile("^(\\S[^:]{0,60}?):{2,4}\\s+(\\S.*)$");
    /** "_2019-04 – present_", "*Quillon Systems*": a whole line in italics or bold. */
    private static final Pattern EMPHASISED_LINE = Pattern.compile("^([_*]{1,2})(\\S(?:.*\\S)?)\\1$");
    /** "** Wrote the API guide": a nested list item. */
    private static final Pattern NESTED_ITEM = Pattern.compile("^\\*{2,5}\\s+");
    /** Comments, block attributes ("[source,java]", "[.role]") and preprocessor lines: no text of the CV. */
    private static final Pattern NOT_TEXT =
            Pattern.compile("^(//.*|\\[[^\\]]*\\]|(ifdef|ifndef|ifeval|endif|include|toc|image)::.*)$");
    /** " +" at a line's end: a hard line break. */
    private static final Pattern HARD_BREAK = Pattern.compile("\\s\\+$");

    /** Attributes that set up the document's rendering, not facts about the person. */
    private static final Set<String> SETTINGS = Set.of(
            "doctype",
            "icons",
            "toc",
            "toclevels",
            "toc-title",
            "sectanchors",
            "sectnums",
            "sectlinks",
            "revdate",
            "revnumber",
            "revremark",
            "experimental",
            "source-highlighter",
            "imagesdir",
            "stylesdir",
            "stylesheet",
            "lang",
            "pdf-theme",
            "pdf-themesdir",
            "pdf-fontsdir",
            "nofooter",
            "noheader",
            "idprefix",
            "idseparator",
            "hardbreaks",
            "linkattrs",
            "description",
            "keywords",
            "notitle",
            "showtitle",
            "encoding",
            "data-uri",
            "linkcss",
            "page-layout",
            "sectlevels",
            "figure-caption",
            "table-caption",
            "last-update-label");

    private AsciiDocText() {}

    /** Whether the text is AsciiDoc: a "= Title" first and a "== Section" under it. */
    static boolean looksLike(String content) {
        // the document's title, after any comment lines: "= Name", not a banner "= NAME ="
        String first = content.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("//"))
                .findFirst()
                .orElse("");
        return first.matches("^=\\s+\\S.*")
                && !first.strip().endsWith("=")
                && SECTION.matcher(content).find();
    }

    /** The text with its AsciiDoc markup as plain-text conventions. */
    static String asPlainText(String content) {
        Map<String, String> attributes = new HashMap<>();
        List<String> out = new ArrayList<>();
        // "=== Title, Company" over "_2019-04 – present_": the dates line heads the entry's text
        boolean datesUnderTitle = false;
        boolean inComment = false;
        for (String raw : content.lines().toList()) {
            String line = raw.strip();
            if (COMMENT_BLOCK.matcher(line).matches()) {
                inComment = !inComment;
                continue;
            }
            if (inComment) {
                continue;
            }
            if (datesUnderTitle && line.isEmpty()) {
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (attribute.matches()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2).strip();
                attributes.put(name, value);
                if (!SETTINGS.contains(name) && !value.isEmpty()) {
                    out.add(TextCleanup.keyAsLabel(name) + ": " + value);
                }
                continue;
            }
            if (NOT_TEXT.matcher(line).matches()) {
                continue;
            }
            String text = withReferences(HARD_BREAK.matcher(raw.stripTrailing()).replaceFirst(""), attributes);
            Matcher title = TITLE.matcher(text);
            Matcher definition = DEFINITION.matcher(text);
            Matcher emphasised = EMPHASISED_LINE.matcher(text.strip());
            if (title.matches()) {
                // a section's title stands alone, as a heading does in plain text
                out.add("");
                out.add("#".repeat(title.group(1).length()) + " " + title.group(2));
                out.add("");
                datesUnderTitle = false;
                continue;
            }
            boolean underTitle = !out.isEmpty()
                    && out.get(out.size() - 1).isEmpty()
                    && out.size() >= 2
                    && out.get(out.size() - 2).startsWith("#");
            datesUnderTitle = false;
            if (NESTED_ITEM.matcher(text).lookingAt()) {
                text = "  - " + NESTED_ITEM.matcher(text).replaceFirst("");
            } else if (definition.matches()) {
                text = definition.group(1) + ": " + definition.group(2);
            } else if (emphasised.matches()) {
                text = emphasised.group(2);
                datesUnderTitle = underTitle;
            }
            out.add(text);
        }
        return String.join("\n", out);
    }

    private static String withReferences(String line, Map<String, String> attributes) {
        Matcher m = REFERENCE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = attributes.get(m.group(1).toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
