package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * Parses Markdown with commonmark-java (YAML front matter and GitHub tables included, pandoc
 * line blocks and multiline tables rewritten first by {@link PandocBlocks}). Headings give the
 * section path; paragraphs, list items and table rows become blocks of clean text.
 */
public final class MarkdownParser implements DocumentParser {

    private static final java.util.regex.Pattern HTML_HEADING =
            java.util.regex.Pattern.compile("(?is)<h([1-6])[^>]*>(.*?)</h\\1>");
    private static final int LABEL_LENGTH = 100;

    /** The level a paragraph in bold capitals takes as a heading, under every Markdown heading; in bold, one more. */
    private static final int BOLD_LEVEL = 7;

    /** "5. EXPERIENCIA LABORAL", "IV. EDUCATION": a section's number before its name. */
    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("^(?:\\d{1,2}|[IVX]{1,4})[.)]\\s+");

    private final Parser parser = Parser.builder()
            .extensions(
                    List.of(YamlFrontMatterExtension.create(), org.commonmark.ext.gfm.tables.TablesExtension.create()))
            .build();

    @Override
    public ProfileDocument parse(String fileName, String content) {
        Node root = parser.parse(PandocBlocks.toCommonMark(withDateHeadingsBelow(withLabelsOnTheirValues(
                withoutObsidianMarkup(withoutMarkdownDivs(MermaidGantt.withChartsAsLists(content)))))));
        Map<String, String> metadata = frontMatter(root);
        Collector collector = new Collector(repeatedEntryLabels(root));
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            collector.block(node);
        }
        // the page's own text first: its heading names the person, not a record's section
        List<Block> blocks = new ArrayList<>(collector.blocks);
        blocks.addAll(FrontMatterRecords.of(content));
        return new ProfileDocument(fileName, metadata, blocks, collector.links);
    }

    /**
     * The bold labels set over each job again ("**KEY ACCOMPLISHMENTS:**" under every post of a federal résumé),
     * in capitals: a label the document repeats is a job's, though one in capitals once would head a section.
     */
    private static java.util.Set<String> repeatedEntryLabels(Node root) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph && Collector.isBoldHeading(node)) {
                String text = InlineText.of(node, new ArrayList<>()).strip();
                if (dev.profilebot.profile.facts.Sections.namesAnEntryLabel(text)) {
                    counts.merge(text.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        java.util.Set<String> repeated = new java.util.HashSet<>();
        counts.forEach((label, count) -> {
            if (count > 1) {
                repeated.add(label);
            }
        });
        return repeated;
    }

    /** A Jekyll (kramdown) page's '<div class="job" markdown="1">': HTML whose content is Markdown. */
    private static final java.util.regex.Pattern MARKDOWN_DIV = java.util.regex.Pattern.compile(
            "(?i)^\\s*<div\\b[^>]*\\bmarkdown\\s*=\\s*[\"']?(?:1|block)[\"']?[^>]*>\\s*$");

    /**
     * The content with the lines that open and close a Markdown div gone, so that its headings and lists are read
     * as Markdown (CommonMark reads a div's lines up to a blank one as HTML).
     */
    static String withoutMarkdownDivs(String content) {
        if (!content.contains("markdown=")) {
            return content;
        }
        StringBuilder out = new StringBuilder();
        int open = 0;
        for (String line : content.split("\n", -1)) {
            if (MARKDOWN_DIV.matcher(line).matches()) {
                open++;
                out.append('\n');
            } else if (open > 0 && line.strip().equalsIgnoreCase("</div>")) {
                open--;
                out.append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private static final java.util.regex.Pattern ATX_HEADING =
            java.util.regex.Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    /**
     * "##### 09/2021 – Present" over "### Associate Architect · Lantern Works": a template's heading of
     * dates above the entry's own heading is read below it, as the entry's first line, not as a
     * section of its own that the entry's heading ends.
     */
    static String withDateHeadingsBelow(String content) {
        if (!content.contains("#")) {
            return content;
        }
        String[] lines = content.split("\n", -1);
        boolean moved = false;
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher dates = ATX_HEADING.matcher(lines[i]);
            if (!dates.matches() || !onlyDates(dates.group(1))) {
                continue;
            }
            int next = i + 1;
            while (next < lines.length && lines[next].isBlank()) {
                next++;
            }
            java.util.regex.Matcher entry = next < lines.length ? ATX_HEADING.matcher(lines[next]) : null;
            // "### MSc · Leeds" / "#### 2017 – 2018" / "### BSc · York": the dates of the entry above, which has
            // no other line; the dates move only when what stands above them is no heading of the entry's level
            int above = i - 1;
            while (above >= 0 && lines[above].isBlank()) {
                above--;
            }
            boolean belowItsEntry = above >= 0
                    && entry != null
                    && entry.matches()
                    && ATX_HEADING.matcher(lines[above]).matches()
                    && level(lines[above]) >= level(lines[next]);
            if (entry != null && entry.matches() && !onlyDates(entry.group(1)) && !belowItsEntry) {
                lines[i] = lines[next];
                lines[next] = dates.group(1);
                moved = true;
                i = next;
            }
        }
        return moved ? String.join("\n", lines) : content;
    }

    /** A contact detail's label in bold on a paragraph of its own, its value the paragraph below. */
    private static final java.util.regex.Pattern LABEL_ABOVE_VALUE = java.util.regex.Pattern.compile(
            "(?im)^\\*\\*((?:home |postal )?address|phone|mobile|telephone|e-?mail|portfolio|website|web|linkedin"
                    + "|github|location|date of birth|nationality|driving licen[cs]e)\\*\\*[ \\t]*\\n(?:[ \\t]*\\n)*"
                    + "(?=[ \\t]*[\\p{L}\\p{N}\\[])");

    /**
     * "**Portfolio**" over "www.wrenfield.design": a template's contact column, each label a bold
     * paragraph over its value, read as one labelled line ("Portfolio: www.wrenfield.design").
     */
    static String withLabelsOnTheirValues(String content) {
        // "Passport No. · : · R4829173": a table's label, a cell holding the colon, the value
        String colons = content.contains(" · : · ") ? content.replace(" · : · ", ": ") : content;
        return colons.contains("**") ? LABEL_ABOVE_VALUE.matcher(colons).replaceAll("$1: ") : colons;
    }

    private static int level(String heading) {
        String h = heading.strip();
        int level = 0;
        while (level < h.length() && h.charAt(level) == '#') {
            level++;
        }
        return level;
    }

    /** "09/2021 – Present", "**2019 – 2021**": a date range and nothing else. */
    private static boolean onlyDates(String text) {
        return dev.profilebot.profile.facts.DateRanges.isOnlyARange(text.replaceAll("[*_`]", ""));
    }

    private static final java.util.regex.Pattern LEADING_SYMBOL =
            java.util.regex.Pattern.compile("^[\\p{So}\\p{Sk}\\p{Sm}\\p{Po}&&[^\\p{L}\\p{N}(\\[]]+\\s*");

    /** "[[Terraform|TF]]", "[[Northgate Analytics]]": an Obsidian note's link, its words kept ("TF", the page's name). */
    private static final java.util.regex.Pattern WIKI_LINK =
            java.util.regex.Pattern.compile("!?\\[\\[(?!\\s)([^\\[\\]|\\n]+?)(?:\\|([^\\[\\]\\n]+?))?]]");
    /** "> [!info] Currently", "> [!tip]- Highlights": a callout's type, no part of what it says. */
    private static final java.util.regex.Pattern CALLOUT =
            java.util.regex.Pattern.compile("(?m)^(\\s*>\\s*)\\[![\\w-]+][+-]?\\s*");

    private static final java.util.regex.Pattern CALLOUT_TITLE =
            java.util.regex.Pattern.compile("(?m)^(\\s*>\\s*)\\[![\\w-]+][+-]?[ \\t]+(\\S[^\\n]*)$");
    /** "#kubernetes #aws" after a line's text: a note's tags, no words of the CV; not "C#" nor "# Heading". */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            // lower case, as a vault's tags are: "#Azure" in a list of skills stays
            "(?<=[ \\t])#\\p{Ll}[\\p{L}\\p{N}_/-]*(?=[ \\t]*(?:#\\p{Ll}[\\p{L}\\p{N}_/-]*[ \\t]*)*$)",
            java.util.regex.Pattern.MULTILINE);
    /** "%% private note %%": an Obsidian comment, never shown in the note. */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("(?s)%%.*?%%");

    static String withoutObsidianMarkup(String content) {
        if (!content.contains("[[") && !content.contains("[!") && !content.contains("%%")) {
            return content;
        }
        String text = COMMENT.matcher(content).replaceAll("");
        // the callout's title a paragraph of its own: "Currently" is no part of the line under it
        text = CALLOUT_TITLE.matcher(text).replaceAll("$1**$2**\n$1");
        text = CALLOUT.matcher(text).replaceAll("$1");
        text = TAG.matcher(text).replaceAll("");
        return WIKI_LINK
                .matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        m.group(0).startsWith("!") ? "" : m.group(2) != null ? m.group(2) : m.group(1)));
    }

    private static Map<String, String> frontMatter(Node root) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        root.accept(visitor);
        Map<String, String> metadata = new LinkedHashMap<>();
        visitor.getData().forEach((key, values) -> metadata.put(key, String.join(", ", values)));
        return metadata;
    }

    /** A line of dates alone: "[ 01/03/2019 – Current ]", "09/2006 – 07/2011", "2019". */
    private static final java.util.regex.Pattern DATES_ALONE = java.util.regex.Pattern.compile(
            "(?i)[\\[(]?\\s*(?:(?:since|from)\\s+)?[\\d/.]*(?:19|20)\\d\\d(?:\\s*[–—-]\\s*(?:[\\d/.]*(?:19|20)\\d\\d"
                    + "|current|present|now|today))?\\s*[\\])]?");

    /** Walks block nodes in order, keeping the heading path. */
    private static final class Collector {
        /** The bold labels, in lower case, that the document sets over more than one job. */
        private final java.util.Set<String> repeatedEntryLabels;

        Collector(java.util.Set<String> repeatedEntryLabels) {
            this.repeatedEntryLabels = repeatedEntryLabels;
        }

        private final List<Block> blocks = new ArrayList<>();
        private final List<DocumentLink> links = new ArrayList<>();
        private final List<String> path = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();

        /** "01/09/2020 – Atual Cientista de Dados Sénior", held back in case its employer's heading comes next. */
        private String datedTitleAbove;

        /** A line that opens with a range and goes on with a few words: "03/2017 – 08/2020 Cientista de Dados". */
        private static boolean isDatesThenTitle(String text) {
            return dev.profilebot.profile.facts.DateRanges.firstRange(text)
                    .filter(found -> found.start() == 0)
                    .map(found -> text.substring(found.end()).strip())
                    .filter(rest -> !rest.isEmpty()
                            && rest.split("\\s+").length <= 8
                            && !rest.matches(".*[.!?;:]$")
                            && dev.profilebot.profile.facts.DateRanges.firstRangeOrDate(rest)
                                    .isEmpty())
                    .isPresent();
        }

        /** A heading that names no section and holds no dates: an employer's, as a Europass row sets it. */
        private boolean isEmployerHeading(Heading heading) {
            String title = InlineText.of(heading, new ArrayList<>());
            return !namesASection(title)
                    && !isProse(title)
                    && dev.profilebot.profile.facts.DateRanges.firstRangeOrDate(title)
                            .isEmpty();
        }

        /** "[ 01/03/2019 – Current ]" alone, held back in case the bold title it dates comes next. */
        private String datesAbove;
        /** Whether the section begun by the last heading has its dates already. */
        private boolean sectionDated;
        /** Whether nothing has been read under the last heading yet. */
        private boolean headingEmpty;
        /** The level and dates of the last heading that dated an entry of its own ("## Acme Ltd · 09.2021 – now"). */
        private int datedLevel = -1;
        /** The level of the last heading that names a section of the résumé ("ISTRUZIONE E FORMAZIONE"). */
        private int sectionLevel = -1;
        /** Whether the entries of the section named in bold are set in the same bold, a level under it. */
        private boolean entriesInBold;

        private dev.profilebot.profile.facts.DateRange datedRange;
        /** How many blocks and lists had been read when that heading came; whether posts are nested under it. */
        private int datedBlocks;

        private int datedLists;
        private boolean datedHolds;
        /** How many lists have been read. */
        private int lists;

        void block(Node node) {
            if (datedTitleAbove != null) {
                String dated = datedTitleAbove;
                datedTitleAbove = null;
                if (node instanceof Heading heading && isEmployerHeading(heading)) {
                    // "01/09/2020 – Atual Cientista de Dados Sénior" over "### Feedzai – …, Lisboa (Portugal)": a
                    // Europass row's dates and title, the employer in bold on the row below (set as large as the
                    // section's name, and within it)
                    if (sectionLevel >= 0 && heading.getLevel() <= sectionLevel) {
                        heading.setLevel(sectionLevel + 1);
                    }
                    heading(heading);
                    add(dated);
                    sectionDated = true;
                    return;
                }
                add(dated);
            }
            if (datesAbove != null) {
                String dates = datesAbove;
                datesAbove = null;
                if (node instanceof Paragraph && isBoldHeading(node)) {
                    // a Europass entry: its dates over its title, which heads the section they belong to
                    heading(boldHeading(node));
                    add(dates);
                    sectionDated = true;
                    return;
                }
                add(dates);
            }
            if (node instanceof Paragraph && node.getNext() != null) {
                String text = InlineText.of(node, new ArrayList<>()).strip();
                // held back at a section's start or after an entry that has its dates; the dates closing an
                // entry under a bold employer ("**ACME LTD**", "Analyst", "2019 – 2021") are that entry's
                boolean entryUndated = !levels.isEmpty() && levels.get(levels.size() - 1) >= 7 && !sectionDated;
                boolean dates = DATES_ALONE.matcher(text).matches();
                if (dates && !entryUndated) {
                    datesAbove = InlineText.of(node, links);
                    return;
                }
                // a title after its dates, at a section's start or after an entry that has its dates: held back in
                // case the employer's heading comes next
                boolean atAnEntrysStart = headingEmpty
                                && sectionLevel >= 0
                                && !levels.isEmpty()
                                && levels.get(levels.size() - 1) == sectionLevel
                        || sectionDated;
                if (atAnEntrysStart && node.getNext() instanceof Heading && isDatesThenTitle(text)) {
                    datedTitleAbove = InlineText.of(node, links);
                    return;
                }
                sectionDated = sectionDated || dates;
            }
            if (node instanceof Heading heading && isProse(InlineText.of(heading, new ArrayList<>()))) {
                // "## QA automation engineer with 8+ years in software testing, … Available with one month's
                // notice.": a template's summary set as large as a heading is its text, not a section's name
                add(InlineText.of(heading, links));
            } else if (node instanceof Heading heading) {
                heading(heading);
            } else if (node instanceof Paragraph && isBoldHeading(node)) {
                String label = InlineText.of(node, new ArrayList<>()).strip();
                boolean repeatedUnderWork = repeatedEntryLabels.contains(label.toLowerCase(java.util.Locale.ROOT))
                        && dev.profilebot.profile.facts.Sections.isUnderWork(path);
                if (repeatedUnderWork) {
                    add(label.endsWith(":") ? label : label + ":"); // "KEY ACCOMPLISHMENTS:" under each post
                } else if (dev.profilebot.profile.facts.Sections.isEntryLabelUnderWork(label, path)) {
                    // "**Key Achievements**" between a job's lines and the next job's: a label of the job's, with the
                    // colon its kind of label has
                    add(InlineText.of(node, links).strip() + ":");
                } else {
                    heading(boldHeading(node));
                }
            } else if (node instanceof Paragraph) {
                java.util.Optional<String> translated = translatedSectionName(node);
                if (translated.isPresent()) {
                    Heading heading = new Heading();
                    heading.setLevel(7);
                    heading.appendChild(new org.commonmark.node.Text(translated.get()));
                    heading(heading);
                } else {
                    paragraph(node);
                }
            } else if (node instanceof org.commonmark.node.HtmlBlock html) {
                links.addAll(InlineText.htmlLinks(html.getLiteral()));
                htmlText(html.getLiteral());
            } else if (node instanceof ListBlock list) {
                lists++;
                add(TextCleanup.list("", items(list)));
            } else if (node instanceof TableBlock table) {
                table(table);
            } else if (node instanceof BlockQuote) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    block(child);
                }
            }
            // code, HTML, thematic breaks, front matter and link definitions carry no profile text
        }

        /**
         * A paragraph that is only bold text, short, without a full stop ("**PROFESSIONAL
         * EXPERIENCE**"): the heading of documents exported from word processors. It sits below
         * every Markdown heading; one in capitals above one that is not.
         */
        private static boolean isBoldHeading(Node paragraph) {
            Node only = paragraph.getFirstChild();
            if (only == null || only.getNext() != null || !(only instanceof org.commonmark.node.StrongEmphasis)) {
                return false;
            }
            String text = InlineText.of(only, new ArrayList<>()).strip();
            // a job title or a date line in bold ("**Senior QA Engineer**", "**01/03/2019 – Current**") is text
            return !text.isEmpty()
                    && text.length() <= LABEL_LENGTH
                    // (an employer in capitals may end in its legal form's full stop: "ALMACENES ÉXITO S.A.")
                    && (!text.matches(".*[.!?,;]$")
                            || text.endsWith(".")
                                    && inCapitals(text)
                                    && dev.profilebot.profile.facts.OrganizationNames.hasLegalForm(text))
                    && !text.contains("\n")
                    // "**Achievements:**" over a job's list is a label inside the job
                    && !dev.profilebot.profile.facts.Sections.isEntryLabel(text)
                    // (a name in capitals may hold a number, "FLAT 101", "3M": not a year nor a date in capitals)
                    && (inCapitals(text) && !text.matches(".*(?:\\b(?:19|20)\\d\\d\\b|\\d\\s*[./–—-]\\s*\\d|\\d{5}).*")
                            // "■ Education", "▶ Skills": a symbol before the section's name; "Work Experience (total 7
                            // yr 3 mo)": an aside in brackets after it
                            // "**教育背景  Education**": beside its translation in another script
                            || namesASection(text.replaceFirst("\\s*\\([^()]{1,40}\\)$", "")));
        }

        private void paragraph(Node paragraph) {
            String[] labelAndText = sectionRunIn(paragraph);
            if (labelAndText == null) {
                add(InlineText.of(paragraph, links));
                return;
            }
            // "🎓 **Education:** B.Sc. …, HTWK Leipzig, 2014 – 2017" among the jobs: a section of its own, a step
            // beside the heading it stands under
            Heading heading = new Heading();
            heading.setLevel(levels.isEmpty() ? 2 : levels.get(levels.size() - 1));
            heading.appendChild(new org.commonmark.node.Text(labelAndText[0]));
            heading(heading);
            add(labelAndText[1]);
        }

        /** "**Education:** B.Sc. …": a section's name in bold run into its text, as {label, text}; else null. */
        private String[] sectionRunIn(Node paragraph) {
            Node first = paragraph.getFirstChild();
            while (first instanceof org.commonmark.node.Text t
                    && t.getLiteral().strip().codePoints().noneMatch(Character::isLetterOrDigit)) {
                first = first.getNext(); // an emoji before the label
            }
            if (!(first instanceof org.commonmark.node.StrongEmphasis)) {
                return null;
            }
            String text = LEADING_SYMBOL
                    .matcher(InlineText.of(paragraph, new ArrayList<>()).strip())
                    .replaceFirst("");
            java.util.regex.Matcher m = RUN_IN_SECTION.matcher(text);
            // only a dated entry of a section the structured profile reads apart (education, certifications):
            // "**Languages:** Go, Java" under Skills or "**Skills:** …" inside a job stay where they are
            if (!m.matches()
                    || !RUN_IN_SECTIONS.matcher(m.group(1).strip()).matches()
                    || !RUN_IN_YEAR.matcher(m.group(2)).find()) {
                return null;
            }
            return new String[] {m.group(1).strip(), m.group(2).strip()};
        }

        private static final java.util.regex.Pattern RUN_IN_SECTIONS = java.util.regex.Pattern.compile(
                "(?i)education|academic background|studies|certifications?|certs|licen[cs]es(?: & certifications)?");
        private static final java.util.regex.Pattern RUN_IN_YEAR =
                java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");
        private static final java.util.regex.Pattern RUN_IN_SECTION =
                java.util.regex.Pattern.compile("(?s)([\\p{L} &/-]{3,40}):\\s+(\\S.*)");

        /**
         * "ACCENTURE INC. – Finance & Accounting Operations (BPO)", "SGV & CO. (SyCip Gorres Velayo & Co.)": in
         * capitals, or a name in capitals with a note in ordinary letters after a dash or in brackets.
         */
        private static boolean inCapitals(String text) {
            java.util.regex.Matcher note = CAPITALS_BEFORE_NOTE.matcher(text);
            String lead = note.find() ? text.substring(0, note.start()) : text;
            return lead.equals(lead.toUpperCase(java.util.Locale.ROOT))
                    && lead.codePoints().filter(Character::isLetter).count() >= 3;
        }

        /** "ISTRUZIONE E FORMAZIONE", "■ Education", "教育背景  Education": one of a résumé's usual sections. */
        private static boolean namesASection(String title) {
            String name = dev.profilebot.profile.facts.Sections.withoutTranslation(NUMBERED.matcher(
                                    LEADING_SYMBOL.matcher(title.strip()).replaceFirst(""))
                            .replaceFirst(""))
                    .strip();
            return TextCleanup.SECTION_NAME.matcher(name).matches();
        }

        /**
         * "WORK EXPERIENCE · | · الخبرة العملية": a section's name in capitals beside its translation in another
         * script, the name alone.
         */
        private static java.util.Optional<String> translatedSectionName(Node paragraph) {
            String text = InlineText.of(paragraph, new ArrayList<>()).strip();
            String name = dev.profilebot.profile.facts.Sections.withoutTranslation(text)
                    .strip();
            return !name.equals(text)
                            && !text.contains("\n")
                            && inCapitals(name)
                            && TextCleanup.SECTION_NAME.matcher(name).matches()
                    ? java.util.Optional.of(name)
                    : java.util.Optional.empty();
        }

        private static final java.util.regex.Pattern CAPITALS_BEFORE_NOTE =
                java.util.regex.Pattern.compile("\\s+[–—-]\\s+|\\s+\\(");

        private Heading boldHeading(Node paragraph) {
            String text = InlineText.of(paragraph, links).strip();
            Heading heading = new Heading();
            heading.setLevel(inCapitals(text) ? BOLD_LEVEL : BOLD_LEVEL + 1);
            if (dev.profilebot.profile.facts.Sections.namesEducation(text)) {
                // "**EDUCACIÓN**" after the jobs under "## EXPERIENCIA LABORAL": a section beside the jobs', not in it
                for (int i = 0; i < path.size(); i++) {
                    if (dev.profilebot.profile.facts.Sections.namesWorkSection(path.get(i))) {
                        heading.setLevel(levels.get(i));
                        break;
                    }
                }
            }
            heading.appendChild(new org.commonmark.node.Text(text));
            return heading;
        }

        /**
         * The words of an HTML block: an {@code <h1>}…{@code <h6>} is a heading (a theme's
         * {@code <h1 class="name">}), other text a paragraph; markup, scripts and styles are dropped.
         */
        private void htmlText(String html) {
            String cleaned =
                    html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<!--.*?-->", " ");
            if (cleaned.matches("(?is).*<table\\b.*")) {
                cleaned = HtmlTables.asLines(cleaned);
            }
            java.util.regex.Matcher headings = HTML_HEADING.matcher(cleaned);
            int at = 0;
            while (headings.find()) {
                add(plainHtml(cleaned.substring(at, headings.start())));
                Heading heading = new Heading();
                heading.setLevel(Integer.parseInt(headings.group(1)));
                heading.appendChild(new org.commonmark.node.Text(plainHtml(headings.group(2))));
                heading(heading);
                at = headings.end();
            }
            add(plainHtml(cleaned.substring(at)));
        }

        private static String plainHtml(String html) {
            return html.replaceAll("(?i)<br\\s*/?>|</(p|div|li|tr)>", "\n")
                    .replaceAll("<[^>]+>", " ")
                    .replace("&nbsp;", " ")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&");
        }

        private void heading(Heading heading) {
            sectionDated = false;
            String title = InlineText.of(heading, links).replace('\n', ' ');
            var range = dev.profilebot.profile.facts.DateRanges.firstRange(title)
                    .map(dev.profilebot.profile.facts.DateRanges.Found::range);
            int level = heading.getLevel();
            boolean within = range.isPresent() && withinDatedHeading(level, range.get());
            if (within) {
                level = datedLevel + 1;
            }
            // (a year alone dates an entry too: "### 2019 · Executive Master …")
            boolean dated = dev.profilebot.profile.facts.DateRanges.firstRangeOrDate(title)
                    .isPresent();
            if (!dated && namesASection(title)) {
                sectionLevel = level;
                entriesInBold = false;
            } else if (level < sectionLevel) {
                sectionLevel = -1;
            } else if (dated && !within && level == sectionLevel) {
                // "### ISTRUZIONE E FORMAZIONE" over "### 2010 – 2012 · Laurea Magistrale …" set the same size: the
                // dated entries are the section's
                level = sectionLevel + 1;
            } else if (level >= BOLD_LEVEL
                    && level == sectionLevel
                    && !NUMBERED.matcher(title.strip()).lookingAt()
                    && (entriesInBold
                            || headingEmpty && !levels.isEmpty() && levels.get(levels.size() - 1) == sectionLevel)) {
                // "**3. FORMACIÓN ACADÉMICA**" right over "**POSGRADO**", then "**PREGRADO (PROFESIONAL)**": a section
                // set in bold whose entries' names are set in the same bold are its entries
                level = sectionLevel + 1;
                entriesInBold = true;
            }
            if (headingEmpty && path.size() >= 2 && levels.get(levels.size() - 1) >= level) {
                // "## Hannah Kowalczyk RN (Adult), BSc (Hons)" under "# Curriculum Vitae", over "# Personal
                // Details": a heading with nothing under it is a line of the section above
                String empty = path.remove(path.size() - 1);
                levels.remove(levels.size() - 1);
                add(empty);
            }
            boolean nameGoesOn = blocks.isEmpty()
                    && path.size() == 1
                    && levels.get(0) == heading.getLevel()
                    && isNameWord(path.get(0))
                    && isNameWord(title.strip());
            if (!nameGoesOn && headingEmpty && blocks.isEmpty() && path.size() == 1 && levels.get(0) >= level) {
                // "# JOANNA KRAWIEC" over "# Senior QA Automation Engineer": the document's first heading,
                // nothing under it, is a line of its own (the name a template sets large)
                add(path.get(0));
            }
            String before = path.isEmpty() ? "" : path.get(0);
            if (within) {
                // "## Lajkonik Payments sp. z o.o. · 09.2021 – now", a line, then "## Senior QA Automation Engineer |
                // 04.2023 – now" set the same size: a post dated within its employer's dates is an entry under it
                datedHolds = true;
            } else if (range.isPresent()) {
                datedLevel = level;
                datedRange = range.get();
                datedBlocks = blocks.size();
                datedLists = lists;
                datedHolds = false;
            } else if (level <= datedLevel) {
                datedRange = null;
            }
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                path.remove(path.size() - 1);
            }
            if (nameGoesOn) {
                title = before + " " + title.strip(); // "JOLENE" over "ASHCROFT": a name set large, a word a line
            }
            if (!title.isBlank()) {
                levels.add(level);
                path.add(TextCleanup.label(title, LABEL_LENGTH));
                headingEmpty = true;
            }
        }

        /**
         * Whether a heading dated {@code range}, at {@code level}, is a post under the dated heading before it at the
         * same level: its dates within that heading's, and under that heading at most a line or two and no list
         * (an employer's line, not an entry of its own with its duties).
         */
        private boolean withinDatedHeading(int level, dev.profilebot.profile.facts.DateRange range) {
            return datedRange != null
                    && level == datedLevel
                    && datedRange.contains(range)
                    && (datedHolds || (lists == datedLists && blocks.size() - datedBlocks <= 2));
        }

        /** Longer than a section's name and ending as a sentence does. */
        private static boolean isProse(String text) {
            String t = text.strip();
            return t.length() > LABEL_LENGTH && t.matches("(?s).*\\p{L}[)\"”’]?[.!?]$");
        }

        private static boolean isNameWord(String text) {
            return text.matches("\\p{Lu}[\\p{L}'’-]{1,24}")
                    && !TextCleanup.SECTION_NAME.matcher(text).matches();
        }

        private List<String> items(ListBlock list) {
            List<String> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String text = listItem(item);
                    if (!text.isBlank()) {
                        items.add(text);
                    }
                }
            }
            return items;
        }

        private String listItem(Node item) {
            StringBuilder own = new StringBuilder();
            List<String> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock sub) {
                    nested.addAll(items(sub));
                } else {
                    String text = InlineText.of(child, links).replace('\n', ' ');
                    own.append(own.length() == 0 ? "" : " ").append(text);
                }
            }
            return nested.isEmpty() ? own.toString() : TextCleanup.nestedList(own.toString(), nested);
        }

        private void table(TableBlock table) {
            List<String> header = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            // a cell's lines stay lines: "Team Lead<br>Farnholt eTruck GmbH, Marktheiden"
                            cells.add(InlineText.of(cell, links));
                        }
                    }
                    if (section instanceof TableHead && TextCleanup.isLabelRow(cells)) {
                        rows.add(TextCleanup.tableRow(List.of(), cells));
                    } else if (section instanceof TableHead) {
                        header = cells;
                    } else {
                        rows.add(TextCleanup.tableRow(header, cells));
                    }
                }
            }
            add(String.join("\n", rows));
        }

        private void add(String text) {
            String clean = TextCleanup.tidy(text);
            if (!clean.isEmpty()) {
                blocks.add(new Block(path, clean));
                headingEmpty = false;
            }
        }
    }
}
