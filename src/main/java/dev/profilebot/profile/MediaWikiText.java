package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CV kept on a wiki and saved as text in MediaWiki markup, turned into the plain-text
 * conventions {@link PlainTextParser} reads: the infobox's "| name = …" as the name's heading
 * and its other fields as "Label: value" lines, "== Experience ==" and "=== Title, Employer
 * (2017–2021) ===" as {@code #} headings, "* " items as "- " items, '''bold''' and ''italic''
 * as their words, links as the words they show, a footnote's text after what it notes;
 * comments, images, categories and magic words left out.
 */
final class MediaWikiText {

    private static final Pattern HEADING = Pattern.compile("^(={2,6})\\s*(.+?)\\s*\\1\\s*$");
    /** "{{Staff profile" opening an infobox whose fields follow a line each. */
    private static final Pattern TEMPLATE_START = Pattern.compile("^\\{\\{\\s*[^{}|]+$");

    private static final Pattern FIELD = Pattern.compile("^\\|\\s*([\\p{L}_ -]+?)\\s*=\\s*(.*)$");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    /** "<ref name="a">Report 2023, p. 4</ref>": a footnote, kept after what it notes. */
    private static final Pattern FOOTNOTE = Pattern.compile("(?s)<ref\\b[^>/]*>(.*?)</ref>");

    private static final Pattern EMPTY_TAG = Pattern.compile("<ref\\b[^>]*/>|<references\\s*/>|</?\\w+[^>]*>");
    /** "__TOC__", "{{Reflist}}": a page's switches and a template on a line of its own. */
    private static final Pattern NOT_TEXT = Pattern.compile("^__[A-Z]+__$|^\\{\\{[^{}]*\\}\\}$");
    /** "[[File:photo.jpg|180px]]", "[[Category:Library staff]]": no words of the page. */
    private static final Pattern MEDIA_LINK =
            Pattern.compile("\\[\\[(?:File|Image|Category|Media):[^\\[\\]]*(?:\\[\\[[^\\]]*\\]\\][^\\[\\]]*)*\\]\\]");

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]|]+)\\]\\]");
    /** "[https://orcid.org/0000-0002 0000-0002]": an outside link and the words it shows. */
    private static final Pattern OUTSIDE_LINK = Pattern.compile("\\[(https?://\\S+)(?:\\s+([^\\]]+))?\\]");

    private static final Pattern BOLD_OR_ITALIC = Pattern.compile("'{2,5}");
    private static final Pattern LIST_ITEM = Pattern.compile("^([*#]+)\\s*(.*)$");
    /** Fields of an infobox that say nothing in words: a picture, when the page was edited. */
    private static final Pattern NOT_A_FACT =
            Pattern.compile("image|photo|caption|alt|last[ _]updated|updated|signature|logo");

    private static final Pattern NAVIGATION =
            Pattern.compile("(?i)see also|external links|navigation|references|notes");

    private MediaWikiText() {}

    /** Whether the text is MediaWiki markup: "== Section ==" headings and wiki links, bold or templates. */
    static boolean looksLike(String content) {
        long headings = content.lines()
                .filter(l -> HEADING.matcher(l.strip()).matches())
                .count();
        return headings >= 2 && (content.contains("'''") || content.contains("[[") || content.contains("{{"));
    }

    /** The text with its wiki markup as plain-text conventions. */
    static String asPlainText(String content) {
        String text = COMMENT.matcher(content).replaceAll("");
        text = FOOTNOTE.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(" (" + m.group(1).strip() + ")"));
        text = EMPTY_TAG.matcher(text).replaceAll("");
        text = MEDIA_LINK.matcher(text).replaceAll("");
        List<String> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        boolean inTemplate = false;
        boolean skipping = false;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (inTemplate) {
                Matcher field = FIELD.matcher(line);
                if (line.startsWith("}}")) {
                    inTemplate = false;
                    out.addAll(fields);
                    out.add("");
                    fields.clear();
                } else if (field.matches()) {
                    field(field.group(1), inline(field.group(2)), out, fields);
                }
                continue;
            }
            if (TEMPLATE_START.matcher(line).matches()) {
                inTemplate = true;
                continue;
            }
            if (NOT_TEXT.matcher(line).matches()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            if (heading.matches()) {
                // "== See also ==": links to the wiki's other pages, nothing of the person's
                skipping = heading.group(1).length() == 2
                        && NAVIGATION.matcher(inline(heading.group(2))).matches();
            }
            if (skipping) {
                continue;
            }
            if (heading.matches()) {
                // "== Experience ==" heads a section; "=== Head of X, Fraserview Library (2017–2021) ===" is an
                // entry's line, kept whole however long
                out.add("");
                out.add((heading.group(1).length() == 2 ? "## " : "") + inline(heading.group(2)));
                out.add("");
            } else if (item.matches()) {
                out.add("  ".repeat(item.group(1).length() - 1) + "- " + inline(item.group(2)));
            } else if (line.startsWith(";")) {
                // "; Languages : English, French": a definition list's term and its description
                out.add(inline(line.substring(1).strip().replaceFirst("\\s+:\\s+", ": ")));
            } else {
                out.add(inline(line));
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** An infobox's field: the name as the page's title, the others as labelled lines. */
    private static void field(String key, String value, List<String> out, List<String> fields) {
        String name = key.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (value.isBlank() || NOT_A_FACT.matcher(name).matches()) {
            return;
        }
        if (name.equals("name") || name.equals("full name")) {
            out.add(0, "# " + value);
            out.add(1, "");
            return;
        }
        // "employee_no = 0044172": a number, said so in words the privacy rules read
        String label = name.replaceFirst("\\bno$", "number");
        fields.add(Character.toUpperCase(label.charAt(0)) + label.substring(1) + ": " + value);
    }

    private static String inline(String text) {
        String words = WIKI_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        words = OUTSIDE_LINK
                .matcher(words)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(2) == null ? m.group(1) : m.group(2).strip() + " (" + m.group(1) + ")"));
        return BOLD_OR_ITALIC.matcher(words).replaceAll("").strip();
    }
}
