package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the pandoc extensions that CommonMark does not know into plain CommonMark, before
 * parsing: line blocks ({@code | line}) become hard-broken lines, headerless multiline tables
 * become one sub-heading per row (the first column names the row, as résumés use them), grid
 * tables ({@code +---+} borders) one line of each row's short cells and the paragraphs of its
 * long ones, and raw
 * LaTeX commands on their own line ({@code \newpage}) are dropped. What a LaTeX résumé converted
 * by pandoc leaves behind is tidied too: heading attributes ({@code # Education {#education
 * .unnumbered}}), fenced divs ({@code ::: center}), bracketed spans ({@code [Name]{.smallcaps}})
 * and spacing commands inside a line ({@code Kitewing Labs \hfill Harrowby} reads "Kitewing Labs
 * · Harrowby"). Everything else passes through.
 */
final class PandocBlocks {

    private static final Pattern TABLE_RULE = Pattern.compile("^-{3,}(?: +-{3,})+\\s*$");
    private static final Pattern DASH_GROUP = Pattern.compile("-{3,}");
    private static final Pattern LINE_BLOCK = Pattern.compile("^\\|(?: (.*))?$");
    private static final Pattern GFM_DELIMITER_ROW =
            Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern RAW_LATEX = Pattern.compile("^\\\\[A-Za-z]+\\s*$");
    private static final Pattern ATX_HEADING = Pattern.compile("^(#{1,6})\\s");
    private static final Pattern HEADING_ATTRIBUTES = Pattern.compile("\\s*\\{\\s*[#.][^}]*}\\s*$");
    private static final Pattern FENCED_DIV = Pattern.compile("^:{3,}.*$");
    private static final Pattern SPAN = Pattern.compile("\\[([^\\]\\[]*)]\\{[^}]*}");
    /** {@code \hfill}, {@code \quad}: spacing between a name and its place or dates. */
    private static final Pattern SPACING =
            Pattern.compile("\\s*\\\\(?:hfill|hfil|quad|qquad|hspace\\*?\\{[^}]*})(?![A-Za-z])\\s*");

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern EMPHASIS_MARK = Pattern.compile("(?<!\\\\)[*_]");

    /** A definition list's definition: ":   text" (or "~   text") under its term. */
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}[:~](?: {1,4}|\\t)(\\S.*)$");

    private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\\t)");

    private PandocBlocks() {}

    /** Whether the line before (or before one blank line) is a term: text, not a list item or heading. */
    private static boolean afterATerm(List<String> lines, int at) {
        int term = at - 1;
        if (term >= 0 && lines.get(term).isBlank()) {
            term--;
        }
        if (term < 0 || lines.get(term).isBlank()) {
            return false;
        }
        String text = lines.get(term).strip();
        return !text.startsWith("#") && !text.matches("^([-*+]|\\d+[.)])\\s.*");
    }

    static String toCommonMark(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<String> out = new ArrayList<>(lines.size());
        int headingLevel = 1;
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            if (inFence) {
                out.add(line);
                continue;
            }
            line = SPACING.matcher(SPAN.matcher(line).replaceAll("$1")).replaceAll(" · ");
            if (line.strip().equals("·")) {
                line = ""; // a spacing command on its own line
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.find()) {
                headingLevel = heading.group(1).length();
                out.add(HEADING_ATTRIBUTES.matcher(line).replaceFirst(""));
            } else if (FENCED_DIV.matcher(line).matches()) {
                out.add("");
            } else if (DEFINITION.matcher(line).matches() && afterATerm(lines, i)) {
                // ":   **Senior Product Designer**, Lumo Health" under "2021–present": the definition's text, and
                // its indented paragraphs and bullets brought back to the margin (else they read as code)
                Matcher definition = DEFINITION.matcher(line);
                definition.matches();
                int term = out.size() - 1;
                while (term >= 0 && out.get(term).isBlank()) {
                    term--;
                }
                if (term >= 0 && !out.get(term).matches(".*\\d.*")) {
                    // "Research" over ":   Moderated and unmoderated usability testing": one line, "Research: …"
                    String label = out.get(term).strip();
                    out.subList(term, out.size()).clear();
                    out.add(label + (label.endsWith(":") ? " " : ": ") + definition.group(1));
                } else {
                    // "2021–present" over ":   **Senior Product Designer**, Lumo Health": the dates and their entry
                    out.add(definition.group(1));
                }
                int end = i + 1;
                while (end < lines.size()
                        && (lines.get(end).isBlank()
                                || INDENTED.matcher(lines.get(end)).find())) {
                    out.add(INDENTED.matcher(lines.get(end)).replaceFirst(""));
                    end++;
                }
                i = end - 1;
            } else if (RAW_LATEX.matcher(line).matches()) {
                out.add("");
            } else if (GRID_BORDER.matcher(line).matches()) {
                int end = i;
                while (end + 1 < lines.size()
                        && (GRID_BORDER.matcher(lines.get(end + 1)).matches()
                                || lines.get(end + 1).startsWith("|"))) {
                    end++;
                }
                out.addAll(gridTable(lines.subList(i, end + 1)));
                i = end;
            } else if (TABLE_RULE.matcher(line).matches()
                    && (i == 0 || lines.get(i - 1).isBlank())) {
                int end = closingRule(lines, i);
                if (end < 0) {
                    out.add("");
                    continue;
                }
                out.addAll(tableAsSections(lines.subList(i + 1, end), columnStarts(line), headingLevel + 1));
                i = end;
            } else if (LINE_BLOCK.matcher(line).matches()) {
                int end = i;
                while (end < lines.size() && lines.get(end).startsWith("|")) {
                    end++;
                }
                List<String> run = lines.subList(i, end);
                if (run.stream().anyMatch(l -> GFM_DELIMITER_ROW.matcher(l).matches())) {
                    out.addAll(run); // a GitHub table, left to the tables extension
                } else {
                    out.addAll(lineBlockAsHardBreaks(run));
                }
                i = end - 1;
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** "+------+------+", "+======+": a pandoc grid table's border, or the rule under its header row. */
    private static final Pattern GRID_BORDER = Pattern.compile("^\\+(?:[-=:]+\\+)+\\s*$");

    /** A cell's longest part still read as a field of the row's first line (a date, an employer, a town). */
    private static final int SHORT_CELL_PART = 80;

    /**
     * A pandoc grid table ({@code +---+} borders, cells that wrap over several lines): each row becomes
     * a line of its cells' first parts ("Jul 2020 – Present | Lisnagry Automation Ltd, Annacotty |
     * Engineering Manager"), then the rest of its cells as paragraphs; the header row, over the
     * {@code +===+} rule, names the columns and is left out.
     */
    private static List<String> gridTable(List<String> table) {
        List<Integer> bars = new ArrayList<>();
        String border = table.get(0);
        for (int c = 0; c < border.length(); c++) {
            if (border.charAt(c) == '+') {
                bars.add(c);
            }
        }
        boolean headed = table.stream().anyMatch(l -> l.startsWith("+=") || l.startsWith("+:="));
        List<String> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (String line : table) {
            if (!GRID_BORDER.matcher(line).matches()) {
                row.add(line);
                continue;
            }
            if (!row.isEmpty() && !(headed && line.contains("="))) {
                out.addAll(gridRow(row, bars));
            }
            row.clear();
        }
        return out;
    }

    private static List<String> gridRow(List<String> row, List<Integer> bars) {
        List<String> head = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (int c = 0; c + 1 < bars.size(); c++) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : row) {
                String part = line.length() <= bars.get(c) + 1
                        ? ""
                        : line.substring(bars.get(c) + 1, Math.min(bars.get(c + 1), line.length()))
                                .strip();
                if (part.isEmpty()) {
                    if (paragraph.length() > 0) {
                        paragraphs.add(paragraph.toString());
                        paragraph.setLength(0);
                    }
                    continue;
                }
                // "\- Own mechanical design …": a bullet pandoc escaped; a new bullet starts a new paragraph
                boolean bullet = part.startsWith("\\- ") || part.startsWith("- ");
                if (bullet && paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                paragraph
                        .append(paragraph.length() == 0 ? "" : " ")
                        .append(bullet ? "- " + part.substring(part.indexOf(' ') + 1) : part);
            }
            if (paragraph.length() > 0) {
                paragraphs.add(paragraph.toString());
            }
            if (paragraphs.isEmpty()) {
                continue;
            }
            // the cell's first part, and its short parts that are no sentence ("Annacotty, Co. Limerick"), go
            // on the row's line; its sentences and bullets ("Lead a team of 9 engineers.") under it
            List<String> field = new ArrayList<>(List.of(paragraphs.get(0)));
            for (String part : paragraphs.subList(1, paragraphs.size())) {
                boolean sentence = part.length() > SHORT_CELL_PART || part.endsWith(".") || part.startsWith("- ");
                if (sentence || !body.isEmpty()) {
                    body.add(part);
                } else {
                    field.add(part);
                }
            }
            head.add(String.join(", ", field));
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(String.join(" | ", head).replace(" -- ", " – "));
        for (String paragraph : body) {
            out.add("");
            out.add(paragraph.replace(" -- ", " – "));
        }
        out.add("");
        return out;
    }

    private static int closingRule(List<String> lines, int open) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (TABLE_RULE.matcher(lines.get(j)).matches()) {
                return j;
            }
        }
        return -1;
    }

    private static List<Integer> columnStarts(String rule) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = DASH_GROUP.matcher(rule);
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }

    /** Each row becomes a heading named by its first cell, then a line with the rest of that cell. */
    private static List<String> tableAsSections(List<String> body, List<Integer> starts, int level) {
        List<String> out = new ArrayList<>();
        List<List<String>> rows = TextCleanup.paragraphs(body);
        for (List<String> row : rows) {
            String first = cell(row, starts, 0, " ");
            StringBuilder rest = new StringBuilder();
            for (int c = 1; c < starts.size(); c++) {
                String text = cell(row, starts, c, "\n");
                if (!text.isBlank()) {
                    rest.append(rest.length() == 0 ? "" : "\n").append(text);
                }
            }
            if (!first.isBlank()) {
                RowName name = RowName.of(first);
                out.add("");
                out.add("#".repeat(Math.min(level, 6)) + " " + name.title());
                out.add("");
                if (!name.details().isEmpty()) {
                    out.add(name.title() + ": " + withFullStop(name.details()));
                    out.add("");
                }
            }
            // a row without a first cell continues the previous row with another paragraph
            out.add(rest.toString());
            out.add("");
        }
        return out;
    }

    private static String cell(List<String> row, List<Integer> starts, int column, String joiner) {
        int from = starts.get(column);
        int to = column + 1 < starts.size() ? starts.get(column + 1) : Integer.MAX_VALUE;
        List<String> parts = new ArrayList<>();
        for (String line : row) {
            if (line.length() <= from) {
                continue;
            }
            String part = line.substring(from, Math.min(to, line.length())).strip();
            if (part.endsWith("\\")) { // pandoc's explicit line break inside a cell
                part = part.substring(0, part.length() - 1).strip();
            }
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(joiner, parts);
    }

    private static String withFullStop(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static List<String> lineBlockAsHardBreaks(List<String> run) {
        List<String> items = new ArrayList<>();
        for (String line : run) {
            Matcher m = LINE_BLOCK.matcher(line);
            String content = m.matches() && m.group(1) != null ? m.group(1) : "";
            // authors separate items on one line of a line block with " | "
            for (String item : content.split("\\s+\\|(?:\\s+|$)")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("");
        for (int i = 0; i < items.size(); i++) {
            out.add(items.get(i) + (i + 1 < items.size() ? "\\" : ""));
        }
        out.add("");
        return out;
    }

    /** The first cell of a table row: its bold part names the row, the rest (dates, roles) qualifies it. */
    record RowName(String title, String details) {
        static RowName of(String markdown) {
            Matcher strong = STRONG.matcher(markdown);
            StringBuilder title = new StringBuilder();
            StringBuilder details = new StringBuilder();
            int last = 0;
            while (strong.find()) {
                details.append(markdown, last, strong.start()).append(' ');
                String part = strong.group(1) != null ? strong.group(1) : strong.group(2);
                title.append(title.length() == 0 ? "" : " ").append(part.strip());
                last = strong.end();
            }
            details.append(markdown.substring(last));
            if (title.length() == 0) {
                return new RowName(plain(markdown), "");
            }
            return new RowName(plain(title.toString()).replaceAll("[,;:]$", ""), plain(details.toString()));
        }

        private static String plain(String markdown) {
            return EMPHASIS_MARK
                    .matcher(markdown)
                    .replaceAll("")
                    .replaceAll("\\s+", " ")
                    .replaceAll("^[\\s,;:]+|[\\s,;:]+$", "");
        }
    }
}
