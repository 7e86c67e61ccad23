package dev.profilebot.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML résumé (a personal site's CV page saved from the browser, a "Save as web page" from a
 * word processor) as Markdown, parsed by jsoup: headings as headings, paragraphs, lists at their
 * depth (a sub-bullet under its bullet), a paragraph all in bold as bold, links kept, a data
 * table one line a row ({@link HtmlTables}) and a layout table cell by cell. A site's navigation,
 * scripts, styles and forms are left out. Also the last step for the word-processor formats Apache
 * Tika reads into XHTML ({@link OfficeConverter}).
 */
final class HtmlConverter implements MarkdownConverter {

    /**
     * Elements that are never the person's text; a "Skip to content" link. A tab's panel hidden until
     * its tab is clicked ("Research", "Publications") is the page's text all the same.
     */
    private static final String LEFT_OUT = "head, script, style, noscript, template, svg, nav, form, button, iframe,"
            // a site's bar for its signed-in editor: "Logged in as … · Edit my profile · Log out"
            + " [id~=(?i)^(cms|admin|edit)[-_]?(tool)?bar$], [class~=(?i)^(cms|admin)[-_]?(tool)?bar$],"
            // a site's cookie notice: "This site uses a small number of cookies …"
            + " [id~=(?i)^(cookie|consent|gdpr)([-_].*)?$], [class~=(?i)^(cookie|consent|gdpr)([-_].*)?$],"
            + " select, [hidden]:not([role=tabpanel]), [aria-hidden=true]:not([role=tabpanel]),"
            + " a:matches((?i)^skip to)";

    /** Links that are a way to reach the person, kept from a site's navigation. */
    private static final String CONTACT_LINKS =
            "a[href^=mailto:], a[href*=linkedin.com], a[href*=github.com], a[href*=gitlab.com]";

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd",
            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins",
            "label", "output");
    private static final Set<String> BOLD = Set.of("b", "strong");

    /** A bullet a word processor typed into the text ("· Led …", "• Led …"). */
    static final Pattern TYPED_BULLET = Pattern.compile("^[•·▪●◦‣∙–-]\\s+(?=\\S)");

    /** A page's copyright line: "© 2026 Ada Example", "(c) 2024 …", "Copyright © …", "Copyright 2024 …". */
    private static final Pattern COPYRIGHT =
            Pattern.compile("(?i)(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|\\d{4}))");

    @Override
    public String toMarkdown(String fileName, byte[] bytes) throws IOException {
        // jsoup takes the encoding from a byte-order mark or the page's <meta charset>, else UTF-8
        return markdown(Jsoup.parse(new ByteArrayInputStream(bytes), null, ""));
    }

    /** The Markdown of an HTML document already parsed. */
    static String markdown(Document document) {
        // a site's navigation, but the ways to reach the person it holds ("Email", "LinkedIn")
        for (Element nav : document.select("nav")) {
            List<Element> contact = nav.select(CONTACT_LINKS);
            if (contact.isEmpty()) {
                nav.remove();
            } else {
                Element line = new Element("p");
                contact.forEach(link -> line.appendChild(link.clone()).appendText(" · "));
                nav.replaceWith(line);
            }
        }
        keepTypedLineBreaks(document);
        document.select(LEFT_OUT).remove();
        StringBuilder md = new StringBuilder();
        blocks(document.body(), 0, md);
        return md.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** A style that shows the line breaks typed into the text: "white-space: pre-wrap" and its kin. */
    private static final Pattern KEEPS_LINE_BREAKS =
            Pattern.compile("(?i)white-space\\s*:\\s*(?:pre|pre-wrap|pre-line|break-spaces)\\b");
    /** A style sheet that keeps them on the whole page: "body { … white-space: pre-wrap; }", as Notion's export. */
    private static final Pattern PAGE_KEEPS_LINE_BREAKS = Pattern.compile(
            "(?i)(?:^|[\\s},])body\\s*\\{[^}]*white-space\\s*:\\s*(?:pre|pre-wrap|pre-line|break-spaces)\\b");

    /**
     * The line breaks typed into the text where the page's style shows them (Notion's callout of
     * "Name · Title", "Town · phone", "e-mail" on lines of their own): as {@code <br>}, as a browser shows them.
     */
    private static void keepTypedLineBreaks(Document document) {
        boolean wholePage = document.select("style").stream()
                .anyMatch(style -> PAGE_KEEPS_LINE_BREAKS.matcher(style.data()).find());
        for (Element element : document.body().select("*")) {
            if (element.closest("pre") != null || !wholePage && !keepsLineBreaks(element)) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                String words = text.getWholeText();
                if (!words.contains("\n")) {
                    continue;
                }
                // a sentence the page's source wraps by hand goes on in lower case: "… teams on the" / "payments
                // platform, …" is one line, though the whole page keeps line breaks
                String[] lines = (wholePage ? WRAPPED_SENTENCE.matcher(words).replaceAll(" ") : words).split("\n", -1);
                Node at = text;
                for (int i = 1; i < lines.length; i++) {
                    Element lineBreak = new Element("br");
                    at.after(lineBreak);
                    TextNode rest = new TextNode(lines[i]);
                    lineBreak.after(rest);
                    at = rest;
                }
                text.text(lines[0]);
            }
        }
    }

    /** A line break between a word and a word in lower case, in the middle of a sentence. */
    private static final Pattern WRAPPED_SENTENCE = Pattern.compile("(?<=[\\p{L},])[ \\t]*\\n[ \\t]*(?=\\p{Ll})");

    private static boolean keepsLineBreaks(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (KEEPS_LINE_BREAKS.matcher(e.attr("style")).find()) {
                return true;
            }
        }
        return false;
    }

    /** An element's children as blocks: runs of inline content are paragraphs, block elements their own. */
    private static void blocks(Element parent, int depth, StringBuilder md) {
        Run run = new Run();
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode || node instanceof Element e && INLINE.contains(e.normalName())) {
                run.add(node);
                continue;
            }
            if (!(node instanceof Element element)) {
                continue;
            }
            run.emit(md);
            block(element, depth, md);
        }
        run.emit(md);
    }

    /**
     * A run of inline content, a paragraph: all bold, or a line of fields each in its own {@code <span>} or
     * {@code <time>} ("Lanternfish Labs", "Brackenford", "Mar 2021 – Present"), joined as fields are elsewhere
     * (" · ").
     */
    private static final class Run {
        private final StringBuilder text = new StringBuilder();
        private final List<String> fields = new java.util.ArrayList<>();
        private boolean bold = true;
        private boolean onlyFields = true;

        void add(Node node) {
            String words = inline(node);
            if (node instanceof Element e
                    && FIELD.contains(e.normalName())
                    && !text.isEmpty()
                    && !words.isEmpty()
                    && Character.isLetterOrDigit(text.codePointBefore(text.length()))
                    && Character.isLetterOrDigit(words.codePointAt(0))) {
                text.append(' '); // "<span>Solicitors</span><span>Manchester</span>", set apart by the page's style
            }
            text.append(words);
            if (words.isBlank()) {
                return;
            }
            bold &= allBold(node);
            // a field is a value of its own ("Lanternfish Labs", "Mar 2021"), not a styled run of a sentence
            // ("Backend engineer with ", " – "), which starts or ends with a space or a mark
            if (node instanceof Element e
                    && FIELD.contains(e.normalName())
                    && !words.contains("\n")
                    && words.equals(words.strip())
                    && Character.isLetterOrDigit(words.codePointAt(0))
                    && (Character.isLetterOrDigit(words.codePointBefore(words.length())) || words.endsWith(")"))) {
                fields.add(oneLine(words));
            } else {
                onlyFields = false;
            }
        }

        void emit(StringBuilder md) {
            paragraph(onlyFields && fields.size() >= 2 ? String.join(" · ", fields) : text.toString(), bold, md);
            text.setLength(0);
            fields.clear();
            bold = true;
            onlyFields = true;
        }
    }

    private static final Set<String> FIELD = Set.of("span", "time");

    private static void block(Element element, int depth, StringBuilder md) {
        String tag = element.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = oneLine(inline(element));
                if (!text.isEmpty()) {
                    md.append("\n")
                            .append("#".repeat(tag.charAt(1) - '0'))
                            .append(' ')
                            .append(text)
                            .append("\n\n");
                }
            }
            case "ul", "ol", "menu" -> list(element, depth, md);
            case "table" -> table(element, depth, md);
            case "dl" -> definitions(element, md);
            case "pre" -> {
                for (String line : element.wholeText().split("\n")) {
                    paragraph(line, false, md);
                }
            }
            case "hr" -> md.append("\n");
            case "details" -> toggle(element, depth, md);
            default -> blocks(element, depth, md);
        }
    }

    /**
     * A toggle ({@code <details>}, as Notion exports one): its summary ("👋 About me", "📜 Certifications")
     * a line in bold over what it folds, which is read as blocks of its own.
     */
    private static void toggle(Element details, int depth, StringBuilder md) {
        Element summary = details.selectFirst("> summary");
        if (summary != null) {
            paragraph(oneLine(inline(summary)), true, md);
        }
        Element folded = details.clone();
        folded.select("> summary").remove();
        blocks(folded, depth, md);
    }

    /** Whether a list item holds nothing but a toggle: Notion writes each toggle as the item of a list of one. */
    private static boolean onlyAToggle(Element item) {
        return item.children().size() == 1
                && item.child(0).normalName().equals("details")
                && item.textNodes().stream().allMatch(TextNode::isBlank);
    }

    /** Each item a list item at its depth; a nested list one level in, under its item. */
    private static void list(Element list, int depth, StringBuilder md) {
        if (depth == 0) {
            md.append('\n');
        }
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                blocks(item, depth, md);
                continue;
            }
            if (onlyAToggle(item)) {
                toggle(item.child(0), depth, md);
                continue;
            }
            StringBuilder text = new StringBuilder();
            StringBuilder nested = new StringBuilder();
            for (Node node : item.childNodes()) {
                if (node instanceof Element e && Set.of("ul", "ol", "menu").contains(e.normalName())) {
                    list(e, depth + 1, nested);
                } else if (node instanceof Element e && !INLINE.contains(e.normalName())) {
                    text.append(' ').append(e.text()).append(' '); // a <p> inside an item, as a word processor writes
                } else {
                    text.append(inline(node));
                }
            }
            String line = oneLine(text.toString());
            if (!line.isEmpty()) {
                md.append("  ".repeat(depth))
                        .append("- ")
                        .append(MarkdownText.escapeLineStart(line))
                        .append('\n');
            }
            md.append(nested);
        }
        if (depth == 0) {
            md.append('\n');
        }
    }

    /**
     * A data table (every cell a line of text) one line a row, each cell named by its header; a table
     * that lays out the page (a cell holding a list, a heading or several paragraphs) cell by cell.
     */
    private static void table(Element table, int depth, StringBuilder md) {
        boolean layout = table.select("td, th").stream()
                .anyMatch(cell ->
                        !cell.select("ul, ol, h1, h2, h3, h4, h5, h6, table").isEmpty()
                                || paragraphsWithText(cell) > 1);
        if (layout || labelsBesideValues(table)) {
            rows(table).forEach(cells -> layoutRow(cells, depth, md));
            return;
        }
        for (String line : HtmlTables.lines(table)) {
            paragraph(line, false, md);
        }
    }

    /**
     * A row of a table that lays out the page: a label's cell beside its value ("Occupation or position
     * held" | "Senior Project Engineer", as a Europass CV is laid out) as "Label: value", or the label
     * over the value's paragraphs and lists; a label in bold with nothing beside it heads a section;
     * other rows cell by cell.
     */
    private static void layoutRow(List<Element> cells, int depth, StringBuilder md) {
        if (cells.size() != 2 || !isLabel(cells.get(0))) {
            cells.forEach(cell -> blocks(cell, depth, md));
            return;
        }
        String label = oneLine(cells.get(0).text()).replaceFirst("\\s*:$", "");
        Element value = cells.get(1);
        if (value.text().isBlank()) {
            if (allBold(cells.get(0))) {
                md.append("\n## ").append(label).append("\n\n");
            }
        } else if (value.select("ul, ol, table, h1, h2, h3, h4, h5, h6").isEmpty()
                && paragraphsWithText(value) <= 1
                && value.select("br").isEmpty()) {
            // the value's words with its link's address: "LinkedIn | profile" links to the profile
            paragraph(label + ": " + oneLine(inline(value)), false, md);
        } else {
            paragraph(label + ":", false, md);
            blocks(value, depth, md);
        }
    }

    /**
     * A table of two columns, labels beside their values, with no header row: "Name | Gareth Pennington",
     * "Nationality | British" (a CV's personal details).
     */
    private static boolean labelsBesideValues(Element table) {
        List<List<Element>> rows = rows(table).stream()
                .filter(cells -> cells.stream().anyMatch(c -> !c.text().isBlank()))
                .toList();
        return rows.size() >= 2
                && !HtmlTables.boldRow(rows.get(0)) // a header row in bold: a data table's
                && rows.stream().allMatch(cells -> cells.size() == 2 && isLabel(cells.get(0)))
                && rows.stream()
                        .noneMatch(cells -> cells.get(0).normalName().equals("th")
                                && cells.get(1).normalName().equals("th"));
    }

    /** A table's own rows (not a nested table's), each as its cells. */
    private static List<List<Element>> rows(Element table) {
        return table.select("tr").stream()
                .filter(row -> row.closest("table") == table)
                .map(row -> row.children().stream()
                        .filter(c ->
                                c.normalName().equals("td") || c.normalName().equals("th"))
                        .toList())
                .toList();
    }

    /** A cell that names what stands beside it: a few words on one line, with no number in them. */
    private static boolean isLabel(Element cell) {
        String text = oneLine(cell.text());
        return !text.isEmpty()
                && text.length() <= MAX_LABEL
                && !text.matches(".*\\d.*")
                && cell.select("ul, ol, table, br").isEmpty()
                && paragraphsWithText(cell) <= 1;
    }

    /** How many paragraphs with words a cell holds: more than one is a block of text, not a value. */
    private static long paragraphsWithText(Element cell) {
        return cell.select("p").stream().filter(p -> !p.text().isBlank()).count();
    }

    private static final int MAX_LABEL = 70;

    /** A term over its description: "Languages" over "English, Spanish" reads "Languages: English, Spanish". */
    private static void definitions(Element list, StringBuilder md) {
        String term = null;
        for (Element child : list.children()) {
            String text = oneLine(inline(child));
            if (child.normalName().equals("dt")) {
                if (term != null) {
                    paragraph(term, true, md);
                }
                term = text;
            } else if (term != null
                    && !term.isEmpty()
                    // "2010 – 2014" over a role and what was done in it: the dates are the role's, whatever its length
                    && (text.length() <= 120 || dev.profilebot.profile.facts.DateRanges.isOnlyARange(term))
                    && child.select("ul, ol, p").isEmpty()) {
                paragraph(term.replaceFirst(":$", "") + ": " + text, false, md);
                term = null;
            } else {
                if (term != null) {
                    paragraph(term, true, md);
                    term = null;
                }
                blocks(child, 0, md);
            }
        }
        if (term != null) {
            paragraph(term, true, md);
        }
    }

    /**
     * "EDUCATION & QUALIFICATIONS" on a paragraph of its own: a section's heading in capitals, as a
     * page written in Google Docs or saved by a word processor sets it, with no heading's tag.
     */
    private static boolean isCapitalsHeading(String line) {
        return line.length() <= 60
                && line.codePoints().filter(Character::isLetter).count() >= 4
                && line.codePoints().noneMatch(c -> Character.isLowerCase(c) || Character.isDigit(c))
                && line.split("\\s+").length <= 6
                && dev.profilebot.profile.facts.Sections.namesAPageSection(line);
    }

    /**
     * A paragraph's text, its line breaks kept as lines; a typed bullet as a list item; all bold as
     * bold. A page's copyright line ("© 2026 Ada Example") is left out.
     */
    private static void paragraph(String text, boolean bold, StringBuilder md) {
        List<String> lines = text.lines()
                .map(HtmlConverter::oneLine)
                .filter(l -> !l.isEmpty() && !COPYRIGHT.matcher(l).lookingAt())
                .toList();
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            Matcher bullet = TYPED_BULLET.matcher(lines.get(0));
            if (bullet.find()) {
                md.append("- ")
                        .append(MarkdownText.escapeLineStart(lines.get(0).substring(bullet.end())))
                        .append('\n');
                return;
            }
            if (isCapitalsHeading(lines.get(0))) {
                md.append("\n## ").append(lines.get(0)).append("\n\n");
                return;
            }
            if (bold && lines.get(0).length() <= 120) {
                md.append("\n**").append(lines.get(0)).append("**\n\n");
                return;
            }
        }
        md.append('\n')
                .append(String.join(
                        "  \n",
                        lines.stream().map(MarkdownText::escapeLineStart).toList()))
                .append("\n\n");
    }

    /** A node's text with its links and line breaks: whitespace as the browser shows it. */
    private static String inline(Node node) {
        if (node instanceof TextNode text) {
            return text.text().replace('\u00a0', ' ');
        }
        if (!(node instanceof Element element)) {
            return "";
        }
        switch (element.normalName()) {
            case "br" -> {
                return "\n";
            }
            case "img" -> {
                return "";
            }
            case "a" -> {
                String words = children(element);
                String href = element.attr("href").strip();
                boolean web = href.toLowerCase(Locale.ROOT).matches("https?://.+");
                if (href.toLowerCase(Locale.ROOT).startsWith("mailto:") && !words.contains("@")) {
                    // "Email" linking to the address: the address
                    return href.substring("mailto:".length()).replaceFirst("\\?.*$", "");
                }
                // a link's address when its words are not the address: "LinkedIn" links to the profile
                return web
                                && !oneLine(words).isEmpty()
                                && !href.contains(oneLine(words).replaceFirst("/$", ""))
                        ? "[" + oneLine(words) + "](" + href + ")"
                        : words;
            }
            default -> {
                // a block inside inline content (a <p> in a list item): its own line
                String words = children(element);
                return INLINE.contains(element.normalName()) ? words : "\n" + words + "\n";
            }
        }
    }

    private static String children(Element element) {
        StringBuilder text = new StringBuilder();
        element.childNodes().forEach(child -> text.append(inline(child)));
        return text.toString();
    }

    /** Whether all the words of a node are in bold ({@code <b>}, {@code <strong>}). */
    private static boolean allBold(Node node) {
        if (node instanceof TextNode text) {
            return text.isBlank();
        }
        if (node instanceof Element element) {
            if (BOLD.contains(element.normalName())) {
                return true;
            }
            return element.childNodes().stream().allMatch(HtmlConverter::allBold)
                    && !element.text().isBlank();
        }
        return true;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
