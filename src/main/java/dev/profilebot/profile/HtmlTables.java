package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * An HTML table in a Markdown résumé (a GitHub profile README's "Company · Role · When" table) as
 * one line a row, each cell named by its column's header ("Company: Parcelwise GmbH (Berlin);
 * Role: Senior Frontend Engineer; When: 04/2022 – today"), a long cell on a line of its own, so a
 * row reads as the labelled entry it is. A cell's lines after the first (a {@code <br>}, a
 * {@code <sub>} note) go in brackets. A table without a header row gives its cells joined by " · ".
 */
final class HtmlTables {

    /** A cell longer than this is the entry's text, on a line of its own. */
    private static final int SHORT_CELL = 60;
    /** A cell of one line up to this long and no sentence is a name (a grant's or a project's title). */
    private static final int NAME_CELL = 100;

    private HtmlTables() {}

    /** The HTML with each table written out as lines of text (as {@code <p>} paragraphs). */
    static String asLines(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element table : document.select("table")) {
            List<String> lines = lines(table);
            for (int k = lines.size() - 1; k >= 0; k--) {
                table.after(new Element("p").text(lines.get(k))); // each after the table, so the last goes in first
            }
            table.remove();
        }
        return document.body().html();
    }

    /** A table's rows as lines: each cell named by its column's header, a long cell a line of its own. */
    static List<String> lines(Element table) {
        List<String> header = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (Element row : table.select("tr")) {
            List<Element> headerCells = row.select("> th");
            // a word processor's header row: its cells in bold, not <th>
            boolean boldHeader =
                    out.isEmpty() && header.isEmpty() && headerCells.isEmpty() && boldRow(row.select("> td"));
            if (boldHeader) {
                headerCells = row.select("> td");
            }
            if (!headerCells.isEmpty() && (boldHeader || row.select("> td").isEmpty())) {
                header.clear();
                headerCells.forEach(th -> header.add(label(cellText(th))));
                continue;
            }
            List<String> fields = new ArrayList<>();
            List<String> longCells = new ArrayList<>();
            List<Element> cells = row.select("> td, > th");
            // a cell spanning columns ("colspan") or a row of another shape: its cells are not the header's
            boolean aligned = cells.size() == header.size() && cells.stream().noneMatch(c -> c.hasAttr("colspan"));
            for (int i = 0; i < cells.size(); i++) {
                List<String> cellLines = cellLines(cells.get(i));
                if (cellLines.isEmpty()) {
                    continue;
                }
                String text = inBrackets(cellLines);
                String name = aligned && !header.get(i).isEmpty() ? header.get(i) : "";
                String named = name.isEmpty() ? text : name + ": " + text;
                int bullets = (int) cellLines.stream()
                        .filter(l -> HtmlConverter.TYPED_BULLET.matcher(l).find())
                        .count();
                if (text.length() > SHORT_CELL && bullets >= 2 && bullets >= cellLines.size() - 1) {
                    // "Highlights" of a line or none, then "• Lead a squad of 9", "• Cut no-shows by 18%": a list
                    boolean leadLine = bullets < cellLines.size();
                    if (leadLine || !name.isEmpty()) {
                        longCells.add(leadLine ? (name.isEmpty() ? "" : name + ": ") + cellLines.get(0) : name + ":");
                    }
                    longCells.addAll(cellLines.subList(leadLine ? 1 : 0, cellLines.size()));
                    continue;
                }
                // "Evaluating leaky dams for natural flood management in the upper Calder catchment": a long name,
                // one line and no sentence, stays in its row; a cell of text goes on a line of its own
                boolean aName =
                        cellLines.size() == 1 && text.length() <= NAME_CELL && !text.matches(".*[.!?](\\s.*)?$");
                (text.length() > SHORT_CELL && !aName ? longCells : fields).add(named);
            }
            if (!fields.isEmpty()) {
                out.add(joined(fields, aligned ? "; " : " · "));
            }
            out.addAll(longCells);
        }
        return out;
    }

    /** The cells of a row; a label's cell ("Nationality:") runs into its value's: "Nationality: Nigerian". */
    private static String joined(List<String> fields, String separator) {
        StringBuilder row = new StringBuilder(fields.get(0));
        for (int i = 1; i < fields.size(); i++) {
            row.append(fields.get(i - 1).endsWith(":") ? " " : separator).append(fields.get(i));
        }
        return row.toString();
    }

    /** Two cells or more, each with words, all of them in bold, none with a digit. */
    static boolean boldRow(List<Element> cells) {
        // a header names columns: no dates or numbers in it (a current job in bold is a row)
        return cells.size() >= 2
                && cells.stream().noneMatch(cell -> cell.text().matches("(?s).*\\d.*"))
                && cells.stream()
                        .allMatch(cell -> !cell.text().isBlank()
                                && cell.select("b, strong")
                                        .text()
                                        .replaceAll("\\s+", "")
                                        .equals(cell.text().replaceAll("\\s+", "")));
    }

    /** A cell's first line, and its other lines in brackets: "Parcelwise GmbH (Berlin · logistics SaaS)". */
    private static String cellText(Element cell) {
        List<String> lines = cellLines(cell);
        return lines.isEmpty() ? "" : inBrackets(lines);
    }

    private static String inBrackets(List<String> lines) {
        String first = lines.get(0).replaceAll("\\s+", " ");
        return lines.size() == 1
                ? first
                : first + " ("
                        + String.join(", ", lines.subList(1, lines.size())).replaceAll("\\s+", " ") + ")";
    }

    /** A cell's lines, as its line breaks set them; none when it has no words. */
    private static List<String> cellLines(Element cell) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (org.jsoup.nodes.Node node : cell.childNodes()) {
            if (node instanceof Element e
                    && (e.tagName().equals("br") || e.tagName().equals("sub") && line.length() > 0)) {
                lines.add(line.toString().strip());
                line.setLength(0);
                if (e.tagName().equals("sub")) {
                    line.append(e.text());
                }
            } else if (node instanceof Element e) {
                line.append(e.text());
            } else if (node instanceof TextNode t) {
                line.append(t.text());
            }
        }
        lines.add(line.toString().strip());
        lines.removeIf(String::isEmpty);
        return lines;
    }

    /** A header's words without its emoji: "🏢 Company" reads "Company". */
    private static String label(String header) {
        return header.replaceAll("[^\\p{L}\\p{N} /&'-]", "").strip();
    }
}
