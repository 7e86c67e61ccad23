package dev.profilebot.profile;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer (read with Apache PDFBox) as Markdown, laid out the way a person reads the
 * page: lines rebuilt from the glyphs' positions; a page in two columns read column by column,
 * never line by line across the gutter; a line in a clearly larger font as a heading, a short one
 * all in bold as bold; bullets as list items; a word split by a hyphen at a line's end joined;
 * ligatures and soft hyphens normalised; a date pushed to the right margin of a title line kept on
 * that line; and a header or footer repeated on every page (a name, "Page 2 of 3") dropped.
 */
final class PdfConverter implements MarkdownConverter {

    /** A table's header row of a date's columns, then one naming what the rows are: "Year · Month · Licenses". */
    private static final Pattern DATE_COLUMNS_AND_SECTION =
            Pattern.compile("(?i)(?:year|date)\\s*·\\s*(?:month\\s*·\\s*)?(\\p{L}[\\p{L} &,/-]{2,60})");

    /** A list item's marker: "•", "▪", "➢", or one drawn twice over ("▪ ·", a list label and its font's dot). */
    private static final Pattern BULLET =
            Pattern.compile("^[" + TextCleanup.LIST_MARKS + "▪◦‣○\\-–*]\\s*(?:[·•]\\s+)?");

    /** "Store Manager | Halden & Rowe, Columbus, OH | 2019": a line whose range of dates may go on under it. */
    private static final Pattern ENDS_WITH_A_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\s*$");
    /** "… – Process Engineer – Sept. 2014 –": a range's start, its dash, and its end on the next line. */
    private static final Pattern ENDS_WITH_A_YEAR_AND_DASH = Pattern.compile("\\b(?:19|20)\\d\\d\\s*[–—-]\\s*$");
    /** "May 2018", "2018", "Present": the end of a range of dates. */
    private static final String END_OF_A_RANGE =
            "(?:(?:\\p{L}{3,9}\\.?\\s+|\\d{1,2}[./])?(?:19|20)\\d\\d|now|present|today|current|till date|to date)";
    /** A range's end alone on its line. */
    private static final Pattern RANGE_END_ALONE = Pattern.compile("(?iu)" + END_OF_A_RANGE);
    /** "till date", "to present": a range's end said in words, its start on the line above. */
    private static final Pattern TO_DATE = Pattern.compile("(?iu)(?:till|to|until)\\s+(?:date|now|present|today)");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A web address or an e-mail, whose hyphens are part of it. */
    private static final Pattern LINK_LIKE = Pattern.compile("[/@]|^www\\.|\\.(com|org|net|io|dev)\\b");
    /** "Stack: ", "Tech stack: ": a short label opening a line. */
    private static final Pattern LABEL_START = Pattern.compile("\\p{Lu}[\\p{L}&/ ]{1,24}:\\s");
    /** Fewer letters than this in a whole document: it has no text layer. */
    private static final int MIN_LETTERS = 20;
    /** Pages read at most, and characters on one page: past them a file is not a résumé. */
    private static final int MAX_PAGES = 40;

    private static final int MAX_GLYPHS_PER_PAGE = 20_000;
    /** Column detection compares segments pairwise: a page with more is read as one column. */
    private static final int MAX_SEGMENTS_FOR_COLUMNS = 1_500;
    /** Places across the middle half of a page where a gutter between columns is looked for. */
    private static final int GUTTER_STEPS = 80;
    /** A line this much larger than the body text is a heading. */
    private static final double HEADING_RATIO = 1.15;

    private static final int MAX_HEADING_LENGTH = 80;

    /**
     * A run of glyphs on one baseline with no wide gap inside it; bold when its first word is, with
     * the bold words it starts with in {@code boldLead} when it goes on in a regular font; italic when
     * all its words are; {@code ruledCell} when it is a ruled table's cell, its lines joined.
     */
    private record Segment(
            String text,
            String boldLead,
            float x,
            float xEnd,
            float y,
            float size,
            boolean bold,
            int page,
            boolean italic,
            boolean ruledCell) {

        Segment(
                String text,
                String boldLead,
                float x,
                float xEnd,
                float y,
                float size,
                boolean bold,
                int page,
                boolean italic) {
            this(text, boldLead, x, xEnd, y, size, bold, page, italic, false);
        }

        boolean allBold() {
            return bold && boldLead.isEmpty();
        }
    }

    /**
     * A line as read: its segments in order, joined; spread when text was set apart on it (dates at
     * the right); {@code boldLead} the bold words a line in a regular font starts with, a run-in
     * title ("Policy Adviser, Department for Growth (2011–2014)." before the role's text); {@code rebuilt}
     * when it is a table's row joined from cells that wrapped over several baselines; {@code italic}
     * when all its segments are in italics, {@code upright} when none is.
     */
    private record Line(
            String text,
            String boldLead,
            float x,
            float xEnd,
            float y,
            float size,
            boolean bold,
            boolean spread,
            int page,
            boolean side,
            boolean rebuilt,
            boolean italic,
            boolean upright) {

        Line asRebuilt() {
            return new Line(text, boldLead, x, xEnd, y, size, bold, spread, page, side, true, italic, upright);
        }

        /** The line as one of a sidebar's, read after the main column. */
        Line inSidebar() {
            return new Line(text, boldLead, x, xEnd, y, size, bold, spread, page, true, rebuilt, italic, upright);
        }
    }

    @Override
    public String toMarkdown(String fileName, byte[] bytes) throws IOException, NotThisFormatException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new NotThisFormatException("a PDF of more than " + MAX_PAGES
                        + " pages: not a résumé; export the part about you, or add a .md or .txt");
            }
            List<List<Segment>> pages = new ArrayList<>();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                pages.add(withLabelsLevelled(withDateRangesJoined(
                        withRuledCellsJoined(segments(document, p), PdfRuling.of(document.getPage(p))))));
            }
            // the column with the name in it is the main one: read through every page first, so a
            // job that runs onto the next page stays whole; then the sidebar
            List<Line> lines = new ArrayList<>();
            List<Line> sidebar = new ArrayList<>();
            Boolean rightFirst = null;
            // where an earlier page's margin of dates and labels ends: a later page's labels alone keep to it
            float margin = 0;
            for (int p = 0; p < pages.size(); p++) {
                Layout layout =
                        layout(pages.get(p), document.getPage(p).getMediaBox().getWidth(), margin);
                margin = layout.margin() > 0 ? layout.margin() : margin;
                float gutter = layout.gutter();
                if (rightFirst == null && gutter > 0) {
                    // the name, not initials set larger still in a sidebar's circle
                    Optional<Segment> name = pages.get(p).stream()
                            .filter(s -> letters(s) >= 5)
                            .max(Comparator.comparingDouble(Segment::size));
                    rightFirst = name.filter(s -> crosses(s, gutter)).isPresent()
                            // a name across the gutter heads the page, in a band above both columns: the column with
                            // the more text is the main one
                            ? letters(pages.get(p), s -> s.x() >= gutter)
                                    > letters(pages.get(p), s -> s.xEnd() <= gutter)
                            : name.filter(s -> s.x() >= gutter).isPresent();
                }
                Columns columns = readingOrder(pages.get(p), gutter, rightFirst != null && rightFirst);
                lines.addAll(columns.main());
                columns.side().stream().map(Line::inSidebar).forEach(sidebar::add);
            }
            lines.addAll(sidebar);
            long letters = lines.stream()
                    .mapToLong(l -> l.text().chars().filter(Character::isLetter).count())
                    .sum();
            if (letters < MIN_LETTERS) {
                throw new NotThisFormatException(
                        "a PDF with no text layer (a scan?): export it with text, or add a .md or .txt");
            }
            return markdown(withoutRunningHeaders(lines, pages.size()));
        } catch (InvalidPasswordException e) {
            throw new NotThisFormatException(
                    "an encrypted PDF that needs a password: export it without one, or add a .md or .txt");
        } catch (IOException e) {
            throw new NotThisFormatException(
                    "not a readable PDF (damaged or cut short): save it again, or add a .md or .txt");
        }
    }

    private static long letters(Segment segment) {
        return segment.text().codePoints().filter(Character::isLetter).count();
    }

    /** The letters of the page's segments that the test picks: those on one side of the gutter. */
    private static long letters(List<Segment> page, java.util.function.Predicate<Segment> side) {
        return page.stream().filter(side).mapToLong(PdfConverter::letters).sum();
    }

    /** Whether a segment reaches across the gutter at x: a heading or a header line over both columns. */
    private static boolean crosses(Segment segment, float x) {
        return segment.x() < x && segment.xEnd() > x;
    }

    /**
     * The page's glyphs as segments: runs on one baseline, cut where the gap is wider than a few
     * spaces. The glyphs are grouped here rather than by the stripper's words, since many PDFs
     * (pdfLaTeX's among them) hold no space characters and place each word on its own.
     */
    private static List<Segment> segments(PDDocument document, int page) throws IOException, NotThisFormatException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(document);
        if (glyphs.size() > MAX_GLYPHS_PER_PAGE) {
            throw new NotThisFormatException("a PDF page with more than " + MAX_GLYPHS_PER_PAGE
                    + " characters: not a résumé; export the text, or add a .md or .txt");
        }
        glyphs.sort(Comparator.comparing(TextPosition::getYDirAdj).thenComparing(TextPosition::getXDirAdj));
        List<Segment> segments = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        TextPosition previous = null;
        // the narrowest gap in a run whose letters all stand apart (a heading in spaced capitals), or -1
        float spacing = -1;
        // where a glyph ends that carries the text of the glyphs after it (a PDF's ActualText: the word
        // on its first glyph, nothing on the others), the last of them included
        Map<TextPosition, Float> ends = new IdentityHashMap<>();
        // the glyphs right after a space glyph on their line
        java.util.Set<TextPosition> afterSpace = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean spaceBefore = false;
        for (TextPosition glyph : glyphs) {
            boolean sameLine = previous != null
                    && Math.abs(glyph.getYDirAdj() - previous.getYDirAdj())
                            < Math.max(2f, previous.getFontSizeInPt() * 0.3f);
            if (glyph.getUnicode() != null && glyph.getUnicode().isEmpty() && sameLine) {
                ends.put(previous, Math.max(end(previous, ends), glyph.getXDirAdj() + glyph.getWidthDirAdj()));
                continue;
            }
            if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) {
                spaceBefore = glyph.getUnicode() != null && sameLine;
                continue; // a space glyph: the gap before the next one says what it is
            }
            if (spaceBefore && sameLine) {
                afterSpace.add(glyph);
            }
            spaceBefore = false;
            float gap = previous == null ? 0 : gap(previous, glyph, ends);
            float space = previous == null ? 0 : space(previous);
            // between words of spaced capitals ("P R O F E S S I O N A L   Q U A L I F I C A T I O N S")
            // the gap is a space and the spacing on both sides of it
            float reach = run.size() >= MIN_SPACED_LETTERS && spacing > 0 ? 3 * space + 2 * spacing : 3 * space;
            // a glyph back to the left on a baseline a hair lower is another column's line
            if (!run.isEmpty() && (!sameLine || gap > reach || gap < -space)) {
                segments.add(segment(run, page, ends, afterSpace));
                run = new ArrayList<>();
            }
            if (run.isEmpty()) {
                spacing = Float.MAX_VALUE;
            } else if (spacing > 0) {
                spacing = gap > space * 0.5f ? Math.min(spacing, gap) : -1;
            }
            run.add(glyph);
            previous = glyph;
        }
        if (!run.isEmpty()) {
            segments.add(segment(run, page, ends, afterSpace));
        }
        return segments;
    }

    /** A ruled table's row of fewer cells than this is a layout's boxes, not a table of data. */
    private static final int MIN_RULED_CELLS = 3;
    /** A row's top border this near the row above's bottom border is the same table's. */
    private static final float RULED_ROWS_APART = 2f;
    /** A cell of more lines than this holds paragraphs, not a value. */
    private static final int MAX_RULED_CELL_LINES = 5;

    /**
     * A table drawn with borders, its cells' text wrapped or centred on baselines of their own ("B.Tech (Computer"
     * over "Science & Engineering)", "2019" centred beside both): each cell's lines joined into one segment, every
     * cell of a row on the row's first baseline, so that a row reads as one line. Only a table of values: one whose
     * cells hold a paragraph or a list is a page's layout, read as it is.
     */
    private static List<Segment> withRuledCellsJoined(List<Segment> segments, PdfRuling ruling) {
        Map<PdfRuling.Cell, List<Segment>> cells = new java.util.LinkedHashMap<>();
        for (Segment s : segments) {
            if (isBlank(s.text())) {
                continue; // an empty cell's space
            }
            ruling.cellOf(s.x(), s.xEnd(), s.y() - s.size() * 0.7f, s.y() + s.size() * 0.2f)
                    .ifPresent(cell ->
                            cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(s));
        }
        // the cells of a row share its top and bottom borders; a table's rows follow on, each from the one above
        java.util.TreeMap<Integer, List<PdfRuling.Cell>> rows = new java.util.TreeMap<>();
        for (PdfRuling.Cell cell : cells.keySet()) {
            rows.computeIfAbsent(Math.round(cell.top()), k -> new ArrayList<>()).add(cell);
        }
        List<List<List<PdfRuling.Cell>>> tables = new ArrayList<>();
        float bottom = Float.NaN;
        for (List<PdfRuling.Cell> row : rows.values()) {
            PdfRuling.Cell first = row.get(0);
            if (row.size() < 2) {
                bottom = Float.NaN; // a box of one cell, a section's frame, is no table's row
                continue;
            }
            if (Float.isNaN(bottom) || Math.abs(first.top() - bottom) > RULED_ROWS_APART) {
                tables.add(new ArrayList<>());
            }
            tables.get(tables.size() - 1).add(row);
            bottom = first.bottom();
        }
        // each joined table, by the first of its segments as read: its rows go there, their cells in order
        Map<Segment, List<Segment>> rowAt = new IdentityHashMap<>();
        java.util.Set<Segment> joined = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<List<PdfRuling.Cell>> table : tables) {
            // a table of values: some row of several cells, no cell of paragraphs, of a list or of several dates
            boolean values = table.stream().anyMatch(row -> row.size() >= MIN_RULED_CELLS)
                    && table.stream()
                            .flatMap(List::stream)
                            .allMatch(c -> lineCount(cells.get(c)) <= MAX_RULED_CELL_LINES
                                    && cells.get(c).stream()
                                            .noneMatch(
                                                    s -> BULLET.matcher(s.text().strip())
                                                            .lookingAt())
                                    // (a range of dates a line: a cell listing several posts' dates, each beside
                                    // its title in the next cell, not one value)
                                    && datedLines(cells.get(c)) < 2);
            if (!values) {
                continue;
            }
            List<List<Segment>> rowsRead = new ArrayList<>();
            Map<Segment, Float> textStart = new IdentityHashMap<>();
            java.util.Set<Segment> tableSegments = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (List<PdfRuling.Cell> row : table) {
                List<Segment> merged = new ArrayList<>();
                float rowY = (float) row.stream()
                        .flatMap(c -> cells.get(c).stream())
                        .mapToDouble(Segment::y)
                        .min()
                        .orElse(0);
                for (PdfRuling.Cell cell : row) {
                    List<Segment> lines = cells.get(cell);
                    lines.sort(Comparator.comparing(Segment::y).thenComparing(Segment::x));
                    Segment first = lines.get(0);
                    String text =
                            lines.stream().map(s -> s.text().strip()).collect(java.util.stream.Collectors.joining(" "));
                    // each cell at its column's left border, so that a header row names the cells under it
                    Segment joinedCell = new Segment(
                            text,
                            lines.size() == 1 ? first.boldLead() : "",
                            cell.left() + 1,
                            (float) lines.stream()
                                    .mapToDouble(Segment::xEnd)
                                    .max()
                                    .orElse(first.xEnd()),
                            rowY,
                            first.size(),
                            lines.stream().allMatch(Segment::bold),
                            first.page(),
                            lines.stream().allMatch(Segment::italic),
                            true);
                    merged.add(joinedCell);
                    textStart.put(joinedCell, (float)
                            lines.stream().mapToDouble(Segment::x).min().orElse(first.x()));
                    tableSegments.addAll(lines);
                }
                merged.sort(Comparator.comparing(Segment::x));
                rowsRead.add(merged);
            }
            // "Degree: B.Tech (Computer Science & Engineering); Institute: …; Board: …" under a header row in bold;
            // (not under "Year · Month · Licenses and Qualifications", a date's columns and the section's name)
            String header = rowsRead.get(0).stream()
                    .map(c -> c.text().strip())
                    .collect(java.util.stream.Collectors.joining(" · "));
            // (nor under a header of groups of columns, fewer than the cells below: Europass's "UNDERSTANDING ·
            // SPEAKING · WRITING" over "ENGLISH · C2 · C2 · C1 · C1 · C1")
            boolean named = rowsRead.size() >= 2
                    && !DATE_COLUMNS_AND_SECTION.matcher(header).matches()
                    && rowsRead.stream()
                            .allMatch(r -> r.size() <= rowsRead.get(0).size());
            // (else each cell where its text starts, as read before: no column to name)
            List<Segment> read = (named ? TableRows.labelled(rowsRead, rowsRead.get(0)) : rowsRead)
                    .stream()
                            .flatMap(List::stream)
                            .map(c -> asRuledCell(c, named ? c.x() : textStart.getOrDefault(c, c.x())))
                            .toList();
            joined.addAll(tableSegments);
            segments.stream().filter(tableSegments::contains).findFirst().ifPresent(s -> rowAt.put(s, read));
        }
        if (joined.isEmpty()) {
            return segments;
        }
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            if (rowAt.containsKey(s)) {
                out.addAll(rowAt.get(s));
            } else if (!joined.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The segment as a ruled table's cell, at the given x. */
    private static Segment asRuledCell(Segment s, float x) {
        return new Segment(s.text(), s.boldLead(), x, s.xEnd(), s.y(), s.size(), s.bold(), s.page(), s.italic(), true);
    }

    /** The lines of a cell with a range of dates on them. */
    private static long datedLines(List<Segment> cell) {
        return cell.stream()
                .filter(s -> dev.profilebot.profile.facts.DateRanges.firstRange(s.text())
                        .isPresent())
                .count();
    }

    /** The baselines a cell's segments stand on. */
    private static long lineCount(List<Segment> cell) {
        return cell.stream().map(s -> Math.round(s.y())).distinct().count();
    }

    private static float gap(TextPosition before, TextPosition after, Map<TextPosition, Float> ends) {
        return after.getXDirAdj() - end(before, ends);
    }

    private static float end(TextPosition glyph, Map<TextPosition, Float> ends) {
        Float end = ends.get(glyph);
        return end != null ? end : glyph.getXDirAdj() + glyph.getWidthDirAdj();
    }

    private static float space(TextPosition glyph) {
        return Math.max(glyph.getWidthOfSpace(), glyph.getFontSizeInPt() * 0.2f);
    }

    /** Letters fewer than this, each set apart, are not taken for a heading set in spaced capitals. */
    private static final int MIN_SPACED_LETTERS = 4;

    /** Letters this far apart, in ems, are set apart on purpose: a heading's tracking, not a word's kerning. */
    private static final float TRACKING = 0.1f;

    private static float smaller(TextPosition one, TextPosition other) {
        return Math.min(one.getFontSizeInPt(), other.getFontSizeInPt());
    }

    /**
     * A run's text: a space where the gap between two glyphs is wider than half a space. A run
     * whose every glyph stands apart ("C O N T A C T", a template's heading in spaced capitals) is
     * one word, split only where a gap is wider than the letters' own.
     */
    private static String runText(
            List<TextPosition> run,
            int[] starts,
            Map<TextPosition, Float> ends,
            java.util.Set<TextPosition> afterSpace) {
        float narrowest = Float.MAX_VALUE;
        boolean spacedOut = run.size() >= MIN_SPACED_LETTERS;
        int tracked = 0;
        for (int i = 1; i < run.size(); i++) {
            float gap = gap(run.get(i - 1), run.get(i), ends);
            narrowest = Math.min(narrowest, gap);
            // a word set as one glyph's text is no spaced letter; letters tracked apart by a tenth of their
            // size are, also in small capitals (whose larger first letter has a wider space) and where a
            // kerned pair ("AT") is set closer
            float apart = space(run.get(i - 1)) * 0.5f;
            float em = smaller(run.get(i - 1), run.get(i));
            spacedOut = spacedOut && gap > Math.min(apart, TRACKING / 2 * em) && !ends.containsKey(run.get(i - 1));
            tracked += gap > Math.min(apart, TRACKING * em) ? 1 : 0;
        }
        spacedOut = spacedOut && tracked * 2 >= run.size() - 1;
        StringBuilder text = new StringBuilder(run.get(0).getUnicode());
        for (int i = 1; i < run.size(); i++) {
            float gap = gap(run.get(i - 1), run.get(i), ends);
            // after a word set as one glyph's text, a gap wider than a letter's kerning is a space
            float space = ends.containsKey(run.get(i - 1))
                    ? Math.min(space(run.get(i - 1)), run.get(i - 1).getFontSizeInPt() * 0.1f)
                    : space(run.get(i - 1));
            // a space glyph set in a smaller font between two words in a large one ("Nadia Petrakis" as a
            // web page's heading prints it) is a space, however narrow
            if (spacedOut ? gap > narrowest + space * 0.5f : gap > space * 0.5f || afterSpace.contains(run.get(i))) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(run.get(i).getUnicode());
        }
        return text.toString();
    }

    private static Segment segment(
            List<TextPosition> run, int page, Map<TextPosition, Float> ends, java.util.Set<TextPosition> afterSpace) {
        int[] starts = new int[run.size()];
        String text = runText(run, starts, ends, afterSpace);
        TextPosition first = run.get(0);
        TextPosition last = run.get(run.size() - 1);
        // the size and font of the words, not of a bullet set larger before them
        int firstWord = 0;
        while (firstWord < run.size() - 1 && !isWord(run.get(firstWord))) {
            firstWord++;
        }
        TextPosition word = run.get(firstWord);
        boolean bold = isBold(word);
        String boldLead = "";
        for (int i = firstWord + 1; bold && i < run.size(); i++) {
            if (isWord(run.get(i)) && !isBold(run.get(i))) {
                boldLead = text.substring(0, starts[i]).strip();
                break;
            }
        }
        return new Segment(
                text,
                boldLead,
                first.getXDirAdj(),
                end(last, ends),
                first.getYDirAdj(),
                word.getFontSizeInPt(),
                bold,
                page,
                run.stream().filter(PdfConverter::isWord).allMatch(PdfConverter::isItalic));
    }

    private static boolean isWord(TextPosition glyph) {
        return glyph.getUnicode() != null && glyph.getUnicode().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** "NimbusSanL-ReguItal", "Helvetica-Oblique", "LMRoman10-Italic": a sloped font. */
    private static boolean isItalic(TextPosition glyph) {
        String font = fontName(glyph);
        return font.contains("ital") || font.contains("oblique");
    }

    private static boolean isBold(TextPosition glyph) {
        String font = fontName(glyph);
        return font.contains("bold") || font.contains("black") || font.contains("heavy");
    }

    private static String fontName(TextPosition glyph) {
        return glyph.getFont() == null || glyph.getFont().getName() == null
                ? ""
                : glyph.getFont().getName().toLowerCase(Locale.ROOT);
    }

    /**
     * The page's segments as lines in reading order. When a gutter runs down the page with text on
     * both sides of it on many lines, the page is two columns: the main one (with what lies across
     * the gutter, such as the name) and the sidebar, each top to bottom.
     */
    private record Columns(List<Line> main, List<Line> side) {}

    private static Columns readingOrder(List<Segment> segments, float gutter, boolean rightFirst) {
        Comparator<Segment> byPosition = Comparator.comparing(Segment::y).thenComparing(Segment::x);
        if (gutter <= 0) {
            List<Segment> ordered = new ArrayList<>(segments);
            ordered.sort(byPosition);
            return new Columns(lines(ordered, 0), List.of());
        }
        List<Segment> main = new ArrayList<>();
        List<Segment> side = new ArrayList<>();
        float band = headerBand(segments, gutter);
        for (Segment s : segments) {
            boolean across = crosses(s, gutter);
            boolean right = s.x() >= gutter;
            (across || s.y() <= band || right == rightFirst ? main : side).add(s);
        }
        List<Segment> entryDates = entryDates(main, side);
        side.removeAll(entryDates);
        main.addAll(entryDates);
        main.sort(byPosition);
        side.sort(byPosition);
        return new Columns(lines(main, gutter), lines(side, gutter));
    }

    /**
     * The baseline of the last of the page's top lines that each reach across the gutter, or below the page's top
     * when there are none: a header band above both columns ("Róisín Mulcahy", "HEAD CHEF | KITCHEN MANAGER", the
     * contact line), read whole with the main column.
     */
    private static float headerBand(List<Segment> segments, float gutter) {
        java.util.TreeMap<Integer, List<Segment>> byLine = new java.util.TreeMap<>();
        for (Segment s : segments) {
            byLine.computeIfAbsent(Math.round(s.y()), k -> new ArrayList<>()).add(s);
        }
        float band = -1;
        for (List<Segment> line : byLine.values()) {
            if (line.stream().noneMatch(s -> crosses(s, gutter))) {
                break;
            }
            band = (float) line.stream().mapToDouble(Segment::y).max().orElse(band);
        }
        return band;
    }

    /**
     * The dates in a sidebar that each stand level with an entry's bold title across the gutter
     * ("2021 – now" beside "Principal Engineer – Bridges", under the contact details): the entries'
     * dates, read on their titles' lines. Only when there are two or more and every range alone in
     * the sidebar is level with a title, so an education date in a sidebar stays with its degree.
     */
    private static List<Segment> entryDates(List<Segment> main, List<Segment> side) {
        List<Segment> ranges = side.stream()
                .filter(s -> DATE_ALONE.matcher(s.text().strip()).matches())
                .toList();
        // (a title with dates of its own on the lines under it keeps them: the sidebar's are another entry's)
        List<Segment> level = ranges.stream()
                .filter(d -> main.stream()
                        .anyMatch(m -> m.bold()
                                && Math.abs(m.y() - d.y()) <= Math.max(1, d.size() * 0.3f)
                                && main.stream()
                                        .noneMatch(own -> own.y() > m.y()
                                                && own.y() - m.y() <= m.size() * 3
                                                && DATE_ALONE
                                                        .matcher(own.text().strip())
                                                        .matches())))
                .toList();
        return level.size() >= 2 && level.size() == ranges.size() ? level : List.of();
    }

    /** A date or a range of dates alone: "2021 – now", "03/2018 – Present", "Jan 2015 – Dec 2019". */
    private static final Pattern DATE_ALONE = Pattern.compile("(?iu)((\\p{L}{3,9}\\.?|\\d{1,2}[/.])\\s?)?(19|20)\\d\\d"
            + "(\\s*[–—-]\\s*((\\p{L}{3,9}\\.?|\\d{1,2}[/.])\\s?)?((19|20)\\d\\d|now|present|today|current))?");

    /**
     * A page's columns: the x of the gutter between two columns to read one after the other, or 0; and the x where
     * a margin of dates and labels ends, each beside its entry on one column of lines, or 0.
     */
    private record Layout(float gutter, float margin) {}

    /**
     * The page's layout, given where an earlier page's margin ended (or 0): a page of labels alone beside their
     * values ("Englisch" beside "verhandlungssicher (C1)") keeps the margin the dated pages before it had.
     */
    private static Layout layout(List<Segment> segments, float width, float marginBefore) {
        Layout layout = gutter(segments, width);
        if (layout.gutter() > 0 && marginBefore > 0 && isLabelsMargin(segments, marginBefore)) {
            return new Layout(0, marginBefore);
        }
        return layout;
    }

    /**
     * Whether the page keeps a margin at x: text on both sides, none of it in plain type across x, and the plain
     * words left of it short, most level with a line right of it.
     */
    private static boolean isLabelsMargin(List<Segment> segments, float x) {
        // (a footer, a place and date over a signature's line may run across it)
        long crossing =
                segments.stream().filter(s -> crosses(s, x) && !s.bold()).count();
        List<Segment> left =
                segments.stream().filter(s -> s.xEnd() <= x && !s.bold()).toList();
        if (crossing * 4 > left.size() || left.size() < MIN_SIDEBAR_SEGMENTS) {
            return false;
        }
        return shortOnes(left) == left.size() && pairedAcross(left, segments, x) * 5 >= left.size() * 3;
    }

    /** How many of a margin's segments stand level with a segment right of x: labels beside their values. */
    private static long pairedAcross(List<Segment> margin, List<Segment> segments, float x) {
        return margin.stream()
                .filter(l -> segments.stream().anyMatch(r -> r.x() >= x && Math.abs(r.y() - l.y()) <= pairingReach(l)))
                .count();
    }

    /** How many of a margin's segments are dated or a few words: dates and labels, not a sidebar's text. */
    private static long shortOnes(List<Segment> margin) {
        return margin.stream()
                .filter(l -> YEAR.matcher(l.text()).find() || l.text().strip().split("\\s+").length <= 3)
                .count();
    }

    /**
     * The x of a gutter between two columns, or 0: a band between 25% and 75% of the width that
     * no segment crosses on most lines, with text on both sides of it on at least a fifth of them;
     * with the x of a margin of dates found there instead, read as one column.
     */
    private static Layout gutter(List<Segment> segments, float width) {
        Map<Integer, List<Segment>> byLine = new HashMap<>();
        for (Segment s : segments) {
            byLine.computeIfAbsent(Math.round(s.y()), k -> new ArrayList<>()).add(s);
        }
        int lineCount = byLine.size();
        if (lineCount < 8 || segments.size() > MAX_SEGMENTS_FOR_COLUMNS) {
            return new Layout(0, 0); // too little to tell, or too much to look through: read as one column
        }
        float best = band(segments, lineCount, width * 0.25f, width * 0.75f);
        // a right-aligned date on title lines is not a column: the right side must hold text lines
        if (best > 0) {
            float at = best;
            long rightLinesWithWords = segments.stream()
                    .filter(s -> s.x() >= at && s.text().strip().split("\\s+").length >= 4)
                    .count();
            // a narrow sidebar on the right holds short labels and skills, not dates
            long rightSegments = segments.stream().filter(s -> s.x() >= at).count();
            long rightDated = segments.stream()
                    .filter(s -> s.x() >= at && YEAR.matcher(s.text()).find())
                    .count();
            boolean sidebar = rightSegments >= MIN_SIDEBAR_SEGMENTS && rightDated * 4 < rightSegments;
            if (isDatesMargin(segments, at)) {
                return new Layout(0, at);
            }
            if (rightLinesWithWords * 4 < lineCount && !sidebar) {
                return new Layout(0, 0);
            }
            // three columns: a sidebar, a narrow column of each entry's dates and labels, the entries; the
            // sidebar's gutter is the page's, and the dates stay beside the entries they head
            List<Segment> left = segments.stream().filter(s -> s.xEnd() <= at).toList();
            float minX = (float) left.stream().mapToDouble(Segment::x).min().orElse(0);
            float inner = band(
                    left,
                    (int) left.stream().map(s -> Math.round(s.y())).distinct().count(),
                    minX + (at - minX) * 0.25f,
                    minX + (at - minX) * 0.75f);
            if (inner > 0
                    && isDatesColumn(left.stream().filter(s -> s.x() >= inner).toList())) {
                return new Layout(inner, 0);
            }
            // a dates column too sparse to stand beside the sidebar on many lines: where it starts
            float edge = datesColumnEdge(left, minX);
            if (edge > 0) {
                return new Layout(edge, 0);
            }
        }
        return new Layout(best, 0);
    }

    /**
     * The gutter before a column of dates that no segment of the sidebar before it reaches ("2024 – now"
     * at 213 pt, the sidebar's lines ending by 170 pt), or 0: before the first such column with a
     * sidebar's worth of segments before it.
     */
    private static float datesColumnEdge(List<Segment> left, float minX) {
        List<Float> starts = left.stream()
                .map(Segment::x)
                .filter(x -> x > minX + 1)
                .distinct()
                .sorted()
                .toList();
        for (float start : starts) {
            float edge = start - 1;
            if (left.stream().anyMatch(s -> s.x() < edge && s.xEnd() > edge)) {
                continue;
            }
            List<Segment> column = left.stream().filter(s -> s.x() >= edge).toList();
            if (left.size() - column.size() >= MIN_SIDEBAR_SEGMENTS && isDatesColumn(column)) {
                // halfway across the gap, so a heading set a point further left than the dates is the column's
                float sidebarEnd = (float) left.stream()
                        .filter(s -> s.x() < edge)
                        .mapToDouble(Segment::xEnd)
                        .max()
                        .orElse(edge);
                return (sidebarEnd + start) / 2;
            }
        }
        return 0;
    }

    /**
     * A narrow column of each entry's dates and a label or two under them ("Apr 2017 – now", "staff,
     * full-time"): short lines, many of them dated.
     */
    private static boolean isDatesColumn(List<Segment> column) {
        long dated = column.stream().filter(s -> YEAR.matcher(s.text()).find()).count();
        long short_ = column.stream()
                .filter(s -> YEAR.matcher(s.text()).find() || s.text().strip().split("\\s+").length <= 3)
                .count();
        return column.size() >= MIN_SIDEBAR_SEGMENTS && short_ == column.size() && dated * 10 >= column.size() * 3;
    }

    /** The x between from and to that no segment crosses, with text on both sides of it on most lines, or 0. */
    private static float band(List<Segment> segments, int lineCount, float from, float to) {
        float best = 0;
        int bestBothSides = 0;
        for (int step = 0; step <= GUTTER_STEPS; step++) {
            float at = from + (to - from) * step / GUTTER_STEPS;
            long crossing = segments.stream().filter(s -> crosses(s, at)).count();
            long left = segments.stream().filter(s -> s.xEnd() <= at).count();
            long right = segments.stream().filter(s -> s.x() >= at).count();
            // columns' lines seldom share a baseline: beside means within a line's height
            int bothSides = (int) segments.stream()
                    .filter(s -> s.xEnd() <= at)
                    .filter(l -> segments.stream()
                            .anyMatch(r -> r.x() >= at && Math.abs(r.y() - l.y()) <= Math.max(l.size(), r.size())))
                    .count();
            boolean columns =
                    crossing * 10 <= segments.size() && left * 5 >= segments.size() && right * 5 >= segments.size();
            if (columns && bothSides * 5 >= lineCount && bothSides > bestBothSides) {
                best = at;
                bestBothSides = bothSides;
            }
        }
        return best;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    /** "Date/place of birth", "Marital status": the labels of a tabular CV's personal details. */
    private static final Pattern DETAIL_LABEL = Pattern.compile(
            "(?i)(name|address|mobile|phone|telephone|e-?mail|linkedin|website|xing|github|date.{0,12}birth"
                    + "|place of birth|born|nationality|citizenship|marital status|family status|children"
                    + "|driving licen[cs]e)\\s*:?");

    /** Fewer segments than this right of a gap are a few right-aligned words, not a sidebar. */
    private static final int MIN_SIDEBAR_SEGMENTS = 8;

    /**
     * A narrow margin of dates and labels, each on the baseline of the entry it belongs to ("2015–2019"
     * beside "Doctoral Researcher, …"): one column of lines, not a sidebar to read on its own.
     */
    private static boolean isDatesMargin(List<Segment> segments, float gutter) {
        // the section headings in bold stand alone in any layout; years set large in bold do not, nor dates in
        // bold ("2020.09-2023.06" beside "Tongji University, Shanghai")
        List<Segment> left = segments.stream()
                .filter(s -> s.xEnd() <= gutter
                        && (!s.bold()
                                || isYearsAlone(s)
                                || dev.profilebot.profile.facts.DateRanges.isOnlyADateOrRange(s.text())))
                .toList();
        if (left.isEmpty()) {
            return false;
        }
        long paired = pairedAcross(left, segments, gutter);
        // a tabular CV's personal details label their values the way dates head their entries
        long dated = left.stream()
                .filter(l -> YEAR.matcher(l.text()).find()
                        || DETAIL_LABEL.matcher(l.text().strip()).matches())
                .count();
        long short_ = shortOnes(left);
        boolean labels = paired * 5 >= left.size() * 4 && short_ * 5 >= left.size() * 4;
        // labels set flush right with a few years among them (certificates' years, a talk's): a margin too
        return labels && (dated * 10 >= left.size() * 3 || dated * 10 >= left.size() && isRightAligned(left));
    }

    /**
     * Whether most of a margin's segments end at one x: labels set flush right against the entries
     * they name ("2022", "Norwegian", "Talk" beside their lines), as a sidebar's left-set text is not.
     */
    private static boolean isRightAligned(List<Segment> margin) {
        if (margin.size() < MIN_RIGHT_ALIGNED_LABELS) {
            return false;
        }
        List<Float> ends = margin.stream().map(Segment::xEnd).sorted().toList();
        float median = ends.get(ends.size() / 2);
        long flush = ends.stream().filter(e -> Math.abs(e - median) <= 2).count();
        long flushLeft = margin.stream()
                .filter(s -> Math.abs(s.x() - margin.get(0).x()) <= 2)
                .count();
        return flush * 5 >= margin.size() * 4 && flushLeft < flush;
    }

    /** Fewer labels than this in a margin are too few to tell how they are set. */
    private static final int MIN_RIGHT_ALIGNED_LABELS = 5;

    /** A year alone, or a range of years, as a timeline sets it in a margin: "2023", "2017–2020", "2023 — now". */
    private static final Pattern YEARS_ALONE =
            Pattern.compile("(?iu)(19|20)\\d\\d(\\s*[–—-]\\s*((19|20)\\d\\d|now|present|today|current))?");

    private static final Pattern YEAR_ALONE = Pattern.compile("(19|20)\\d\\d");
    /** A range whose end's year went to the next line: "Mar 2014 – Mar", "Sep 2010 – Jun". */
    private static final Pattern TO_A_MONTH = Pattern.compile("(?iu)(?:\\p{L}{3,9}\\.?\\s+)?(19|20)\\d\\d\\s*[–—-]\\s*"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}{0,6}\\.?");
    /** The end of a range set on the line under its start: "— now", "– 2020". */
    // (a month before the year: "– Jul 2017", "– 07/2017", under "HBL, Karachi | Relationship Officer | Sep 2013")
    private static final Pattern RANGE_END = Pattern.compile("(?iu)[–—-]\\s*" + END_OF_A_RANGE);

    /** Labels in a column of their own, each set lower than its value's first line by this many font sizes at most. */
    private static final float LABEL_DROP = 1.0f;

    /** A value stands at most this many font sizes right of its label. */
    private static final float LABEL_GAP = 8;

    /** Fewer labels than this set below their values are no layout of the page. */
    private static final int MIN_DROPPED_LABELS = 3;

    /**
     * A sidebar's labels, each in bold in a column of its own and centred on its value, so set a
     * little below the value's first line ("3 Feb 1991, Campinas (Brazil)" at 321.5 pt, "Born" at
     * 326.7 pt): moved onto that line. Only when three labels or more are dropped by one amount, and
     * none of them has text level with it.
     */
    private static List<Segment> withLabelsLevelled(List<Segment> segments) {
        Map<Segment, Segment> valueOf = new java.util.LinkedHashMap<>();
        for (Segment label : segments) {
            if (!label.allBold()
                    || label.text().strip().split("\\s+").length > 2
                    || label.text().chars().anyMatch(Character::isDigit)) {
                continue;
            }
            boolean level = segments.stream()
                    .anyMatch(o ->
                            o != label && isRightBeside(label, o) && Math.abs(o.y() - label.y()) < label.size() * 0.3f);
            segments.stream()
                    .filter(v -> !level
                            && !v.bold()
                            && isRightBeside(label, v)
                            && v.y() < label.y()
                            && label.y() - v.y() <= label.size() * LABEL_DROP)
                    .max(Comparator.comparing(Segment::y))
                    .ifPresent(v -> valueOf.put(label, v));
        }
        if (valueOf.size() < MIN_DROPPED_LABELS) {
            return segments;
        }
        List<Float> drops = valueOf.entrySet().stream()
                .map(e -> e.getKey().y() - e.getValue().y())
                .sorted()
                .toList();
        float median = drops.get(drops.size() / 2);
        List<Segment> out = new ArrayList<>(segments);
        valueOf.forEach((label, value) -> {
            if (Math.abs(label.y() - value.y() - median) <= 1) {
                out.set(
                        out.indexOf(label),
                        new Segment(
                                label.text(),
                                label.boldLead(),
                                label.x(),
                                label.xEnd(),
                                value.y(),
                                label.size(),
                                true,
                                label.page(),
                                label.italic()));
            }
        });
        return out;
    }

    /** Whether a segment starts to the right of a label on its page, near enough to be its value. */
    private static boolean isRightBeside(Segment label, Segment other) {
        return other.page() == label.page()
                && other.x() > label.xEnd()
                && other.x() - label.xEnd() <= label.size() * LABEL_GAP;
    }

    /**
     * A range of years broken over two lines in a timeline's margin ("2023" over "— now", both
     * aligned at the right) as one segment on the first line's baseline.
     */
    private static List<Segment> withDateRangesJoined(List<Segment> segments) {
        List<Segment> joined = new ArrayList<>(segments);
        Set<Segment> started = new HashSet<>();
        for (Segment end : segments) {
            boolean yearEnd = RANGE_END.matcher(end.text().strip()).matches();
            // "Mar 2014 – Mar" over "2017": a narrow column's range wrapped before its end's year
            boolean wrappedYear =
                    !yearEnd && YEAR_ALONE.matcher(end.text().strip()).matches();
            if (!yearEnd && !wrappedYear) {
                continue;
            }
            segments.stream()
                    .filter(start -> !started.contains(start))
                    .filter(start -> start.page() == end.page()
                            && start.y() < end.y()
                            && end.y() - start.y() <= start.size() * (yearEnd ? 1.2f : 1.5f)
                            && (yearEnd
                                    ? YEARS_ALONE.matcher(start.text().strip()).matches()
                                            && Math.abs(start.xEnd() - end.xEnd()) <= 2
                                    : TO_A_MONTH.matcher(start.text().strip()).matches()
                                            && Math.abs(start.x() - end.x()) <= 2))
                    .findFirst()
                    .ifPresent(start -> {
                        started.add(start);
                        joined.remove(end);
                        joined.set(
                                joined.indexOf(start),
                                new Segment(
                                        start.text().strip() + " " + end.text().strip(),
                                        start.boldLead(),
                                        Math.min(start.x(), end.x()),
                                        start.xEnd(),
                                        start.y(),
                                        start.size(),
                                        start.bold(),
                                        start.page(),
                                        start.italic()));
                    });
        }
        return joined;
    }

    /** Segments on one baseline (and, in two columns, one side) joined into a line. */
    private static List<Line> lines(List<Segment> ordered, float gutter) {
        float rightEdge =
                (float) ordered.stream().mapToDouble(Segment::xEnd).max().orElse(0);
        List<Line> lines = new ArrayList<>();
        // a row joined from several baselines is a new list: no longer any one of them
        java.util.Set<List<Segment>> asRead = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<List<Segment>> baselines = withWrappedDatesJoined(baselines(ordered, gutter));
        asRead.addAll(baselines);
        for (List<Segment> group : TableRows.merged(baselines)) {
            Line line = line(group, rightEdge);
            // (a ruled table's row of cells joined holds more text than its width, as a rebuilt row does)
            lines.add(asRead.contains(group) && group.stream().noneMatch(Segment::ruledCell) ? line : line.asRebuilt());
        }
        return lines;
    }

    /**
     * Dates in a margin too narrow for them, wrapped onto the next baseline: "Depuis septembre" beside the title,
     * "2020" under it beside the employer's description. The rest of the date joins its start, so that the entry's
     * line holds its whole date ("Depuis septembre 2020 · Responsable Marketing – …").
     */
    private static List<List<Segment>> withWrappedDatesJoined(List<List<Segment>> baselines) {
        List<List<Segment>> out = new ArrayList<>();
        for (int i = 0; i < baselines.size(); i++) {
            List<Segment> line = baselines.get(i);
            if (i + 1 < baselines.size() && line.size() >= 2) {
                List<Segment> next = baselines.get(i + 1);
                Segment start = line.get(0);
                // (the piece under the date's start, wherever the baseline's reading put it: "Москва, ozon.ru" set
                // a hair higher than "настоящее время" beside it comes first)
                Segment rest = next.stream()
                        .filter(segment -> Math.abs(segment.x() - start.x()) < TableRows.COLUMN_REACH)
                        .findFirst()
                        .orElse(next.get(0));
                String joined = start.text().strip() + " " + rest.text().strip();
                if (Math.abs(rest.x() - start.x()) < TableRows.COLUMN_REACH
                        && rest.xEnd() < line.get(1).x()
                        && rest.page() == start.page()
                        && (!dev.profilebot.profile.facts.DateRanges.isOnlyADateOrRange(
                                        start.text().strip())
                                // "Июнь 2023 —" over "настоящее время": a range's start, its end below it
                                || RANGE_DASH_AT_THE_END
                                        .matcher(start.text().strip())
                                        .find())
                        && dev.profilebot.profile.facts.DateRanges.isOnlyADateOrRange(joined)) {
                    List<Segment> entry = new ArrayList<>(line);
                    entry.set(
                            0,
                            new Segment(
                                    joined,
                                    start.boldLead(),
                                    start.x(),
                                    Math.max(start.xEnd(), rest.xEnd()),
                                    start.y(),
                                    start.size(),
                                    start.bold(),
                                    start.page(),
                                    start.italic()));
                    out.add(entry);
                    List<Segment> beside = new ArrayList<>(next);
                    beside.remove(rest);
                    if (!beside.isEmpty()) {
                        out.add(beside);
                    }
                    i++;
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** A date's dash with nothing after it: the range's end is on the next line. */
    private static final Pattern RANGE_DASH_AT_THE_END = Pattern.compile("\\d\\s*[–—-]$");

    /** Segments on one baseline (and, in two columns, one side), in reading order. */
    private static List<List<Segment>> baselines(List<Segment> ordered, float gutter) {
        List<List<Segment>> lines = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment s : ordered) {
            if (!current.isEmpty()) {
                Segment last = current.get(current.size() - 1);
                // within the smaller font's reach: a name set large beside small contact lines is not one of them
                // but years set large in a timeline's margin belong to the line they stand beside
                float reach = isYearsAlone(last) || isYearsAlone(s)
                        ? Math.max(last.size(), s.size())
                        : Math.min(last.size(), s.size());
                // an entry's date moved over from the sidebar joins its title's line
                boolean sameSide = gutter == 0
                        || (last.x() < gutter) == (s.x() < gutter)
                        || DATE_ALONE.matcher(last.text().strip()).matches();
                // a name set twice as large as the phone number on its baseline is a line of its own
                boolean sameSize = isYearsAlone(last)
                        || isYearsAlone(s)
                        || Math.max(last.size(), s.size()) < 2 * Math.min(last.size(), s.size());
                boolean sameLine = Math.abs(last.y() - s.y()) < Math.max(2f, reach * 0.3f) && sameSide && sameSize;
                if (!sameLine) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    /**
     * A table whose cells wrap: its rows, one line each. A row's cells run over several baselines
     * ("06/08/2026 –" over "present", "CT2 General Surgery (Upper" over "GI and Emergency"); the rows
     * are told apart by the cells' padding, a wider gap between baselines than inside a cell, and each
     * cell's lines are joined in its column.
     */
    static final class TableRows {

        /** How near a segment must start to a column's left edge to be in it. */
        private static final float COLUMN_REACH = 3f;
        /** A gap between baselines this much wider than the table's narrowest starts a row. */
        private static final float ROW_GAP_RATIO = 1.3f;
        /** Baselines closer than this share of the font's size are no two lines of one cell, nor two rows. */
        private static final float CENTRED_LINE_SHARE = 0.6f;
        /** Lines of one cell are no further apart than this, against the table's narrowest gap. */
        private static final float SAME_CELL_RATIO = 1.1f;

        private TableRows() {}

        static List<List<Segment>> merged(List<List<Segment>> lines) {
            List<List<Segment>> out = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                List<Segment> head = lines.get(i);
                int end = head.size() >= 3 ? runEnd(lines, i) : i + 1;
                if (end - i >= 3) {
                    List<Segment> columns = head;
                    out.addAll(labelled(rows(lines.subList(i, end), columns), columns));
                } else {
                    out.addAll(lines.subList(i, end));
                }
                i = end;
            }
            return out;
        }

        /** Where the lines that keep to the columns of line {@code start} end. */
        private static int runEnd(List<List<Segment>> lines, int start) {
            List<Segment> columns = lines.get(start);
            float pitch = lines.get(start).get(0).size() * 3f;
            int end = start + 1;
            while (end < lines.size()) {
                List<Segment> line = lines.get(end);
                Segment previous = lines.get(end - 1).get(0);
                boolean inColumns = line.stream().allMatch(s -> column(columns, s) >= 0);
                // one segment in the first column alone is the text after the table
                boolean alone = line.size() == 1 && column(columns, line.get(0)) == 0;
                if (!inColumns
                        || alone
                        || line.get(0).page() != previous.page()
                        || line.get(0).y() - previous.y() > pitch) {
                    break;
                }
                end++;
            }
            return end;
        }

        /**
         * The column of the head's cells a segment is in: by its left edge, or for cells centred in their columns
         * ("Qualification" over "B.Tech (CSE)") by its middle.
         */
        private static int column(List<Segment> columns, Segment segment) {
            for (int c = 0; c < columns.size(); c++) {
                if (Math.abs(columns.get(c).x() - segment.x()) <= COLUMN_REACH) {
                    return c;
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                if (Math.abs(middle(columns.get(c)) - middle(segment)) <= CENTRE_REACH) {
                    return c;
                }
            }
            return -1;
        }

        private static float middle(Segment segment) {
            return (segment.x() + segment.xEnd()) / 2;
        }

        /** How near a segment's middle must be to a centred column's to be in it. */
        private static final float CENTRE_REACH = 2f;

        /** The run's lines grouped into rows at the wider gaps, each row one line of cells. */
        private static List<List<Segment>> rows(List<List<Segment>> run, List<Segment> columns) {
            float narrowest = Float.MAX_VALUE;
            for (int k = 1; k < run.size(); k++) {
                narrowest = Math.min(
                        narrowest, run.get(k).get(0).y() - run.get(k - 1).get(0).y());
            }
            // padding between two rows under the first: a wider gap below a header row alone says nothing
            // or a first cell left open on one line and going on on the next ("06/08/2026 –" over "present")
            boolean padded = false;
            String above = "";
            for (int k = 1; k < run.size(); k++) {
                padded |=
                        k >= 2 && run.get(k).get(0).y() - run.get(k - 1).get(0).y() > narrowest * ROW_GAP_RATIO;
                if (column(columns, run.get(k).get(0)) == 0) {
                    padded |= OPEN_CELL.matcher(above).find();
                    above = run.get(k).get(0).text().strip();
                } else {
                    // or a cell left open on the line above ("Vasavi College of Engineering," over "Ibrahimbagh,
                    // Hyderabad") going on on a line whose first cell is blank
                    padded |= goesOnFromAbove(run.get(k - 1), run.get(k), columns);
                }
            }
            if (!padded) {
                return run; // evenly spaced lines: no row told from a wrapped cell, each line a row
            }
            List<List<List<Segment>>> rows = new ArrayList<>();
            String firstCell = "";
            for (int k = 0; k < run.size(); k++) {
                List<Segment> line = run.get(k);
                float gap = k == 0
                        ? Float.MAX_VALUE
                        : line.get(0).y() - run.get(k - 1).get(0).y();
                boolean startsACell = column(columns, line.get(0)) == 0;
                // a baseline less than a line's height under the one above is no row of its own: a cell centred
                // beside a cell of two lines ("2015 · 3" halfway down "Graduated from Kansai University" over
                // "(Bachelor of Informatics)")
                boolean centredBeside = k > 0 && gap < line.get(0).size() * CENTRED_LINE_SHARE;
                // a first cell goes on over the next line only when it was left open ("06/08/2026 –"): "2022" over
                // "2020" are two rows
                // a line whose first cell is blank goes on the row above only at a cell's line pitch ("Engineer"
                // under "Acme Ltd · Senior Engineer", set a row's gap below, is a row of its own)
                if (!centredBeside
                        && (gap > narrowest * ROW_GAP_RATIO
                                || gap > narrowest * SAME_CELL_RATIO && !startsACell
                                || startsACell && !OPEN_CELL.matcher(firstCell).find())) {
                    rows.add(new ArrayList<>());
                    firstCell = "";
                }
                rows.get(rows.size() - 1).add(line);
                if (startsACell) {
                    firstCell = line.get(0).text().strip();
                }
            }
            if (rows.size() == run.size() || rows.size() == 1) {
                return run; // evenly spaced lines: every line a row of its own, nothing wraps
            }
            List<List<Segment>> out = new ArrayList<>();
            for (List<List<Segment>> row : rows) {
                out.add(row.size() == 1 ? row.get(0) : cells(row, columns));
            }
            return out;
        }

        /**
         * Rows under a header row in bold ("Dates · Post / Specialty · Hospital · Supervisor") each as one
         * line of its cells labelled: "Dates: 06/08/2026 – present; Post: CT2 General Surgery; Hospital: …",
         * so a cell says what it is, as a form's fields do.
         */
        private static List<List<Segment>> labelled(List<List<Segment>> rows, List<Segment> columns) {
            List<Segment> header = rows.get(0);
            boolean isHeader = header.size() >= 3
                    && header.stream().allMatch(Segment::allBold)
                    && header.stream()
                            .allMatch(c -> HEADER_CELL.matcher(c.text().strip()).matches());
            if (!isHeader) {
                return rows;
            }
            String[] labels = new String[columns.size()];
            for (Segment cell : header) {
                int c = column(columns, cell);
                if (c >= 0) {
                    // "Post / Specialty": the first name of the column
                    labels[c] = cell.text().strip().split("\\s*/\\s*")[0];
                }
            }
            // (the header row goes: every row below names its cells)
            List<List<Segment>> out = new ArrayList<>();
            for (List<Segment> row : rows.subList(1, rows.size())) {
                boolean again = row.stream().allMatch(Segment::allBold);
                if (row.size() < 2 || again) {
                    out.add(row);
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (Segment cell : row) {
                    int c = column(columns, cell);
                    fields.add((c >= 0 && labels[c] != null ? labels[c] + ": " : "")
                            + cell.text().strip());
                }
                Segment first = row.get(0);
                Segment last = row.get(row.size() - 1);
                out.add(List.of(new Segment(
                        String.join("; ", fields),
                        "",
                        first.x(),
                        last.xEnd(),
                        first.y(),
                        first.size(),
                        false,
                        first.page(),
                        false)));
            }
            return out;
        }

        /** Whether a cell of the line sits under a cell of the line above that was left open. */
        private static boolean goesOnFromAbove(List<Segment> above, List<Segment> line, List<Segment> columns) {
            for (Segment cell : line) {
                int c = column(columns, cell);
                for (Segment over : above) {
                    if (c >= 0
                            && column(columns, over) == c
                            && OPEN_CELL.matcher(over.text().strip()).find()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A cell's line that the next line goes on: it ends in a dash, a comma, "and", or an open bracket. */
        private static final Pattern OPEN_CELL =
                Pattern.compile("(?:[–—,(/&-]|\\b(?:and|of|to|in|for|the))$|\\([^)]*$");

        /** A column's name: a few words, no digits. */
        private static final Pattern HEADER_CELL = Pattern.compile("[\\p{L}][\\p{L} /&().'’-]{0,40}");

        /** The row's lines joined cell by cell: one segment per column, its text its lines' in order. */
        private static List<Segment> cells(List<List<Segment>> row, List<Segment> columns) {
            List<Segment> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                StringBuilder text = new StringBuilder();
                Segment first = null;
                float xEnd = 0;
                for (List<Segment> line : row) {
                    for (Segment s : line) {
                        if (column(columns, s) != c) {
                            continue;
                        }
                        String part = s.text().strip();
                        if (text.length() > 0
                                && text.charAt(text.length() - 1) == '-'
                                && !part.isEmpty()
                                && Character.isLowerCase(part.charAt(0))) {
                            text.setLength(text.length() - 1); // a word broken at the cell's edge
                        } else if (text.length() > 0) {
                            text.append(' ');
                        }
                        text.append(part);
                        first = first == null ? s : first;
                        xEnd = Math.max(xEnd, s.xEnd());
                    }
                }
                if (first != null) {
                    Segment top = row.get(0).get(0);
                    cells.add(new Segment(
                            text.toString(),
                            first.boldLead(),
                            first.x(),
                            xEnd,
                            top.y(),
                            first.size(),
                            first.bold(),
                            first.page(),
                            false));
                }
            }
            return cells;
        }
    }

    /**
     * How far from its entry's baseline a margin's segment may sit: a hair, or for years set large
     * in a timeline a third of their size (they hang below the title's baseline).
     */
    private static float pairingReach(Segment segment) {
        // (a Europass form's "01/04/2020 – Current" in small letters, level with the top of a larger title beside it)
        return isYearsAlone(segment) || dev.profilebot.profile.facts.DateRanges.isOnlyARange(segment.text())
                ? Math.max(1, segment.size() * 0.3f)
                : 1;
    }

    /** Spaces only, a no-break space and a zero-width one among them, which {@link String#isBlank} does not count. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B);
    }

    private static boolean isYearsAlone(Segment segment) {
        return YEARS_ALONE.matcher(segment.text().strip()).matches();
    }

    private static Line line(List<Segment> segments, float rightEdge) {
        boolean justified = isJustified(segments, rightEdge);
        StringBuilder text = new StringBuilder();
        StringBuilder boldLead = new StringBuilder();
        boolean inLead = segments.size() == 1 || justified;
        for (Segment s : segments) {
            if (segments.size() > 1 && isBlank(s.text())) {
                continue; // an empty cell's space, a coloured bar's: no text to set apart ("· Experience")
            }
            if (text.length() > 0 && !s.text().strip().startsWith(":")) {
                // a date pushed to the right margin stays on its title line, set apart; a colon set
                // in a column of its own ("ID number   : 880923 …") stays after its label
                text.append(justified ? " " : " · ");
            }
            text.append(withoutLeaders(s.text()));
            if (inLead && s.bold()) {
                boldLead.append(boldLead.length() > 0 ? " " : "")
                        .append(s.allBold() ? withoutLeaders(s.text()) : withoutLeaders(s.boldLead()));
            }
            inLead = inLead && s.allBold();
        }
        Segment first = segments.get(0);
        float size = (float) segments.stream().mapToDouble(Segment::size).max().orElse(0);
        boolean bold = segments.stream().allMatch(Segment::allBold);
        String lineText = clean(text.toString());
        String lead = bold ? "" : clean(boldLead.toString());
        return new Line(
                lineText,
                lineText.startsWith(lead) ? lead : "",
                first.x(),
                (float) segments.stream().mapToDouble(Segment::xEnd).max().orElse(first.xEnd()),
                first.y(),
                size,
                bold,
                segments.size() > 1 && !justified,
                first.page(),
                false,
                false,
                segments.stream().allMatch(Segment::italic),
                segments.stream().noneMatch(Segment::italic));
    }

    /**
     * Words spread evenly to the right margin: a justified line whose spaces grew wider than a
     * column's gap, not columns. Columns' gaps differ with their words' widths.
     */
    private static boolean isJustified(List<Segment> segments, float rightEdge) {
        if (segments.size() < 4 || segments.get(segments.size() - 1).xEnd() < rightEdge - 2) {
            return false;
        }
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        for (int i = 1; i < segments.size(); i++) {
            float gap = segments.get(i).x() - segments.get(i - 1).xEnd();
            narrowest = Math.min(narrowest, gap);
            widest = Math.max(widest, gap);
        }
        return narrowest > 0 && widest <= narrowest * 1.25f + 0.5f;
    }

    /** A run of dots leading the eye across the page, spaced or not: ". . . . ." or "......". */
    private static final Pattern DOT_LEADERS = Pattern.compile("\\s*(?:\\. ?){4,}\\s*");

    /**
     * A segment's text without the dots that lead from a title to its dates ("Senior Hardware Engineer . . . . .",
     * then "Jun. 2020 – Present" at the margin): at its end they go, within it they set the two apart.
     */
    private static String withoutLeaders(String text) {
        String stripped = text.strip();
        Matcher leaders = DOT_LEADERS.matcher(stripped);
        StringBuilder out = new StringBuilder();
        while (leaders.find()) {
            leaders.appendReplacement(out, leaders.end() == stripped.length() || leaders.start() == 0 ? "" : " · ");
        }
        leaders.appendTail(out);
        return out.toString();
    }

    /** Ligatures and compatibility forms as plain letters; a soft hyphen inside a line is a hyphen. */
    private static String clean(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // some LaTeX templates write every hyphen, a date range's too, as a soft hyphen
        return normal.replaceAll("\u00AD(?=\\S)", "-").strip();
    }

    private static final Pattern CV_TITLE =
            // "Leonie Fairbairn — Curriculum Vitae", "Jane Doe – CV", the Europass form's "europass": the document
            // named, not a "CV Engineer" role
            Pattern.compile(
                    "(?iu)(?<!\\p{L})(curriculum vitae|résumé|resume|lebenslauf|europass)(?!\\p{L})|[—–-]\\s*CV\\s*(?:[·|—–-]|$)");
    private static final int MAX_CONTINUATION_HEADER = 120;

    /** An e-mail address or a web address in a running footer: the person's contact details. */
    private static final Pattern CONTACT_IN_A_FOOTER =
            Pattern.compile("(?i)[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\bwww\\.|linkedin\\.com|github\\.com");

    /** Lines that repeat, digits aside, at the top or bottom of most pages: a running header or footer. */
    private static List<Line> withoutRunningHeaders(List<Line> lines, int pageCount) {
        if (pageCount < 2) {
            return lines;
        }
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        Map<Integer, List<Line>> byPage = new HashMap<>();
        lines.forEach(
                l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l));
        int firstPage = byPage.keySet().stream().min(Integer::compare).orElse(0);
        // "Leonie Fairbairn — Curriculum Vitae" atop the pages after the first: a continuation header
        Set<Line> continuation = new HashSet<>();
        Set<String> atTop = new HashSet<>();
        for (List<Line> page : byPage.values()) {
            List<Line> edges = new ArrayList<>();
            List<Line> sortedByY = new ArrayList<>(page);
            sortedByY.sort(Comparator.comparing(Line::y));
            Line top = sortedByY.get(0);
            if (top.page() != firstPage
                    && top.text().length() <= MAX_CONTINUATION_HEADER
                    && CV_TITLE.matcher(top.text()).find()) {
                continuation.add(top);
            }
            edges.addAll(sortedByY.subList(0, Math.min(2, sortedByY.size())));
            sortedByY.subList(0, Math.min(2, sortedByY.size())).forEach(l -> atTop.add(key(l)));
            edges.addAll(sortedByY.subList(Math.max(0, sortedByY.size() - 2), sortedByY.size()));
            for (Line l : edges) {
                pagesOf.computeIfAbsent(key(l), k -> new HashSet<>()).add(l.page());
            }
        }
        int needed = Math.max(2, (pageCount + 1) / 2 + (pageCount > 2 ? 1 : 0));
        Set<String> running = new HashSet<>();
        pagesOf.forEach((key, pages) -> {
            if (pages.size() >= Math.min(needed, pageCount)) {
                running.add(key);
            }
        });
        // a footer at the foot of every page, never at a top ("Kristine Joy B. Abellana | Front Office | kj@…"), kept
        // once where the document ends, not between an entry's dates run onto the next page
        Map<String, Line> lastFooter = new HashMap<>();
        for (Line l : lines) {
            String key = key(l);
            // ("kontakt@wiebusch-it.de · www.wiebusch-it.de · … Seite 1": the contact details a footer with the page's
            // number gives, kept once too)
            if (running.contains(key)
                    && !atTop.contains(key)
                    && (!key.contains("#")
                            || CONTACT_IN_A_FOOTER.matcher(l.text()).find())) {
                lastFooter.put(key, l);
            }
        }
        List<Line> kept = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Line l : lines) {
            String key = key(l);
            if (lastFooter.containsKey(key) && lastFooter.get(key) != l) {
                continue;
            }
            // a name that heads every page is still the name: kept once, on the first page
            boolean pageNumber = DIGITS.matcher(l.text())
                    .replaceAll("")
                    .replaceAll("(?i)page|of|seite|von|/|\\s", "")
                    .isEmpty();
            // a footer with the page's number ("CV · page 2 of 3") goes on every page
            boolean footerKept = lastFooter.containsKey(key);
            if (running.contains(key) && (pageNumber || key.contains("#") && !footerKept || !shown.add(key))
                    || continuation.contains(l)) {
                continue;
            }
            kept.add(l);
        }
        return kept;
    }

    /**
     * "**Microsoft Certified: Power BI Data**" over "**Analyst Associate**" in a sidebar: the first line
     * ran to the sidebar's edge, where the next line's first word did not fit; "**Excel**" over
     * "**Tableau**" are two items.
     */
    private static boolean wrapsInTheSidebar(Line previous, Line line, Map<Integer, Float> sidebarRight) {
        Float right = sidebarRight.get(line.page());
        if (right == null || !previous.side() || !line.side() || Math.abs(previous.x() - line.x()) > 1) {
            return false;
        }
        String firstWord = line.text().split("\\s+", 2)[0];
        return previous.xEnd() + (firstWord.length() + 1) * line.size() * AVERAGE_CHAR_WIDTH >= right;
    }

    /** A character's width as a share of the font's size, for a word's length on the line. */
    private static final float AVERAGE_CHAR_WIDTH = 0.45f;

    private static String key(Line line) {
        return DIGITS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("#");
    }

    /** The lines as Markdown: headings, bold lines, list items and paragraphs. */
    /** A résumé's section named in capitals on a line of its own: "EXPERIENCE", "WORK EXPERIENCE", "EDUCATION". */
    /** A heading in capitals of more words than this is no section's label ("RESEARCH POSITIONS"). */
    private static final int MAX_LABEL_WORDS = 4;

    private static final Pattern SECTION_LABEL = Pattern.compile(
            "(?:WORK |PROFESSIONAL |RELEVANT |EXECUTIVE )?(?:EXPERIENCE|EMPLOYMENT(?: HISTORY)?|CAREER(?: HISTORY)?|EDUCATION"
                    + "|SKILLS|CERTIFICATIONS?|LANGUAGES|PROJECTS|AWARDS|PUBLICATIONS|TOOLS|CONTACT|SUMMARY|PROFILE"
                    + "|REFERENCES|INTERESTS|VOLUNTEERING)"
                    // the Europass form's labels: "EDUCATION AND TRAINING", "PERSONAL SKILLS", "DRIVING LICENCE"
                    + "|EDUCATION AND TRAINING|(?:PERSONAL|LANGUAGE|DIGITAL) SKILLS|DRIVING LICEN[CS]E"
                    + "|HOBBIES AND INTERESTS|ABOUT ME");
    /**
     * An academic's sections in capitals at the margin, their entries indented under them: "APPOINTMENTS",
     * "GRANTS", "SELECTED PUBLICATIONS" (not "TEACHING" or "KEY ACHIEVEMENTS" as a label inside an entry).
     */
    private static final Pattern MARGIN_LABEL = Pattern.compile(
            "(?:(?:SELECTED|ACADEMIC|RESEARCH|KEY|PERSONAL|ADDITIONAL|PROFESSIONAL) )?(?:APPOINTMENTS|POSITIONS"
                    + "|GRANTS(?: AND FUNDING)?|FUNDING|TEACHING|SUPERVISION|SERVICE|MEMBERSHIPS|HONOU?RS(?: AND AWARDS)?"
                    + "|PRESENTATIONS|TALKS|QUALIFICATIONS|TRAINING|ACHIEVEMENTS|OBJECTIVE|CAREER OBJECTIVE|DETAILS"
                    + "|STATEMENT|INFORMATION|INTERESTS|PUBLICATIONS|REFEREES)");
    /** Points an entry stands further right than its section's label. */
    private static final float INDENT = 6;

    /** "Work Experience: · Bureau of Land Management": a label set in a column of its own before its section's first line. */
    private static final Pattern COLUMN_LABEL = Pattern.compile("(\\p{Lu}[\\p{L} ,&/'’-]{1,40}): · (\\S.*)");
    /** A label's first word on a line of its own, its value beside it: "Professional · Oyelaran, M. …". */
    private static final Pattern LABEL_FIRST_WORD = Pattern.compile("(\\p{Lu}\\p{L}+) · (\\S.*)");
    /** Sections labelled in a left column at least this many times: the page's layout, not a table's row. */
    private static final int LABEL_COLUMN_MIN = 3;

    /**
     * The page's sections labelled in a left column ("Work Experience:", "Education:", "Language Skills:" —
     * a USAJOBS résumé, a form-like CV), each label then a heading above its section's lines rather than the
     * first words of its first line. A column of labels counts only when it holds at least three section
     * names at one margin, one of them work or education: a skills table's "Languages: · Java" rows stay.
     */
    private static List<Line> withColumnLabelsApart(List<Line> lines, Set<Line> labels) {
        Map<Integer, List<Integer>> byMargin = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            var m = COLUMN_LABEL.matcher(lines.get(i).text());
            if (m.matches() && dev.profilebot.profile.facts.Sections.isSectionHeading(m.group(1))) {
                byMargin.computeIfAbsent(Math.round(lines.get(i).x() / 2), x -> new ArrayList<>())
                        .add(i);
            }
        }
        Set<Integer> apart = new HashSet<>();
        for (List<Integer> column : byMargin.values()) {
            List<String> named = column.stream()
                    .map(i -> COLUMN_LABEL.matcher(lines.get(i).text()).replaceFirst("$1"))
                    .toList();
            // each of the page's sections is labelled once; an entry's "Position:", repeated, is a label inside it
            long distinct = named.stream()
                    .map(label -> label.toLowerCase(Locale.ROOT).replaceAll("s$", ""))
                    .distinct()
                    .count();
            boolean pageSections = distinct == named.size()
                    && named.stream().anyMatch(dev.profilebot.profile.facts.Sections::namesWorkOrEducation);
            if (column.size() >= LABEL_COLUMN_MIN && pageSections) {
                apart.addAll(column);
            }
        }
        if (apart.isEmpty()) {
            return lines;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!apart.contains(i)) {
                out.add(line);
                continue;
            }
            var m = COLUMN_LABEL.matcher(line.text());
            m.matches();
            // the section's lines start where the next line of the page does, right of the label
            Line below = i + 1 < lines.size() ? lines.get(i + 1) : null;
            float valueX = below != null && below.page() == line.page() && below.x() > line.x() ? below.x() : line.x();
            String name = m.group(1);
            String value = m.group(2);
            Line above = out.isEmpty() ? null : out.get(out.size() - 1);
            var first = above == null ? null : LABEL_FIRST_WORD.matcher(above.text());
            if (first != null
                    && first.matches()
                    && above.page() == line.page()
                    && Math.abs(above.x() - line.x()) < 2
                    && dev.profilebot.profile.facts.Sections.isSectionHeading(first.group(1) + " " + name)) {
                // "Professional · Oyelaran, M. …" over "Publications: · measurement in …": a label in two lines
                out.remove(out.size() - 1);
                name = first.group(1) + " " + name;
                value = first.group(2) + " " + value;
            }
            Line label = new Line(
                    name,
                    "",
                    line.x(),
                    line.x(),
                    line.y(),
                    line.size(),
                    false,
                    false,
                    line.page(),
                    line.side(),
                    false,
                    line.italic(),
                    line.upright());
            labels.add(label);
            out.add(label);
            out.add(new Line(
                    value,
                    "",
                    valueX,
                    line.xEnd(),
                    line.y(),
                    line.size(),
                    line.bold(),
                    false,
                    line.page(),
                    line.side(),
                    // two lines' values joined are no measure of a line's width
                    line.rebuilt() || !value.equals(m.group(2)),
                    line.italic(),
                    line.upright()));
        }
        return out;
    }

    private static String markdown(List<Line> read) {
        Set<Line> columnLabels = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Line> lines = withColumnLabelsApart(read, columnLabels);
        double body = bodySize(lines);
        // a table's row rebuilt from cells that wrapped holds more text than its width: not a measure of a line
        int widest = lines.stream()
                .filter(l -> !l.rebuilt())
                .mapToInt(l -> l.text().length())
                .max()
                .orElse(0);
        // entries set as headings of their own, a step above the body: "### Company — Title"
        boolean entriesAsHeadings = lines.stream()
                .anyMatch(l -> l.size() >= body * HEADING_RATIO
                        && l.size() < body * 1.3
                        && l.text().length() <= MAX_HEADING_LENGTH
                        && !isSectionLabel(l.text()));
        Map<Integer, Float> columnEnds = new HashMap<>();
        // (the body's lines: a name or a headline set larger across the page top ends no column)
        lines.stream()
                .filter(l -> l.size() <= body * HEADING_RATIO)
                .forEach(l -> columnEnds.merge(column(l), l.xEnd(), Math::max));
        lines.forEach(l -> columnEnds.putIfAbsent(column(l), l.xEnd()));
        float widestSpan =
                (float) lines.stream().mapToDouble(l -> l.xEnd() - l.x()).max().orElse(0);
        StringBuilder md = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        boolean inItem = false;
        boolean inList = false;
        boolean previousWasHeading = false;
        float listX = 0;
        Line previous = null;
        // the right edge of each page's sidebar, where its lines wrap
        Map<Integer, Float> sidebarRight = new HashMap<>();
        lines.stream().filter(Line::side).forEach(l -> sidebarRight.merge(l.page(), l.xEnd(), Math::max));
        java.util.Set<Line> marginLabels = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        marginLabels.addAll(columnLabels);
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line next = lines.get(i + 1);
            if (MARGIN_LABEL.matcher(lines.get(i).text()).matches()
                    && next.page() == lines.get(i).page()
                    && next.x() > lines.get(i).x() + INDENT) {
                marginLabels.add(lines.get(i));
            }
        }
        // the size of the sections' labels set as headings ("EDUCATION", "PUBLICATIONS"): another heading in
        // capitals at that size ("RESEARCH POSITIONS") heads a section of its own too
        Set<Float> labelSizes = lines.stream()
                .filter(l -> !l.bold()
                        && SECTION_LABEL.matcher(l.text()).matches()
                        && l.size() >= body * HEADING_RATIO
                        && l.size() < body * 1.3)
                .map(Line::size)
                .collect(java.util.stream.Collectors.toSet());
        float boldLabelSize = boldLabelsAboveTitles(lines, body);
        Set<Float> sectionLabelSizes = lines.stream()
                .filter(l -> l.bold() && isSectionLabel(l.text()))
                .map(Line::size)
                .collect(java.util.stream.Collectors.toSet());
        for (Line line : lines) {
            String text = line.text();
            if (text.isEmpty()) {
                continue;
            }
            // "Year · Month · Licenses and Qualifications": a form's table whose header row names its section
            java.util.regex.Matcher columns = DATE_COLUMNS_AND_SECTION.matcher(text);
            boolean namesItsSection =
                    columns.matches() && dev.profilebot.profile.facts.Sections.isSectionHeading(columns.group(1));
            if (namesItsSection) {
                text = columns.group(1).strip();
            }
            boolean likeALabel = !line.bold()
                    && labelSizes.contains(line.size())
                    && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                    && text.split("\\s+").length <= MAX_LABEL_WORDS;
            // "E X P E R I E N C E" set small and grey in letter-spaced capitals: a section's label all the same
            boolean label = namesItsSection
                    || !line.bold() && (SECTION_LABEL.matcher(text).matches() || marginLabels.contains(line));
            // "Engenharia Informática e de Computadores)   EQF level 7" under "09/2012 – 07/2014 Master of Science in
            // … (Mestrado em": an entry's title set large and wrapped under its first words, after its dates; the rest
            // of the line above, too long for a heading
            boolean wrapsTheLineAbove = previous != null
                    && previous.page() == line.page()
                    && line.y() - previous.y() < line.size() * 1.6
                    && line.x() > previous.x() + 1
                    && previous.text().length() > MAX_HEADING_LENGTH
                    && !previous.text().strip().endsWith(".")
                    && !label;
            boolean heading =
                    line.size() >= body * HEADING_RATIO && text.length() <= MAX_HEADING_LENGTH && !wrapsTheLineAbove
                            || label;
            // "– Present" under "Store Manager | Halden & Rowe, … | 2019": the end of the range above, wrapped
            // (or the end alone, the dash left on the line above: "… – Sept. 2014 –" over "May 2018"; or "till date"
            // under "… – June 2018")
            boolean rangeGoesOn = previous != null
                    && (RANGE_END.matcher(text.strip()).matches()
                                    && ENDS_WITH_A_YEAR.matcher(previous.text()).find()
                            || RANGE_END_ALONE.matcher(text.strip()).matches()
                                    && ENDS_WITH_A_YEAR_AND_DASH
                                            .matcher(previous.text())
                                            .find()
                            || TO_DATE.matcher(text.strip()).matches()
                                    && ENDS_WITH_A_YEAR.matcher(previous.text()).find());
            boolean bullet = BULLET.matcher(text).find() && text.length() > 2 && !rangeGoesOn;
            // a paragraph filling the last line of a page goes on in lower case on the next (not the next entry's
            // dates in a language that writes its months so: "jan. 2016 – feb. 2018 · Software Engineer")
            boolean carriedOver = previous != null
                    && line.page() == previous.page() + 1
                    && previous.text().length() >= widest * 0.7
                    && Character.isLowerCase(text.charAt(0))
                    && !dev.profilebot.profile.facts.DateRanges.firstRange(text)
                            .filter(found -> found.start() == 0)
                            .isPresent();
            boolean gap = previous != null
                    && !carriedOver
                    // "… | July 2013 –" at a page's foot, "May 2015" atop the next: one range
                    && !rangeGoesOn
                    && (line.page() != previous.page()
                            || line.y() - previous.y() > previous.size() * 1.9
                            || line.y() < previous.y());
            // (not a table's header row in bold, its cells set apart: "UNDERSTANDING · SPEAKING · WRITING" over a
            // Europass grid of languages)
            // "U.S. Department of the Interior, U.S. Geological Survey (USGS) – National Geospatial Technical" in
            // bold over "Operations Center (NGTOC)": a bold line too long for one, wrapped; its end goes on with it
            boolean endsALongBoldLine = previous != null
                    && line.bold()
                    && previous.bold()
                    && previous.text().length() > MAX_HEADING_LENGTH
                    && previous.text().length() >= widest * 0.7
                    && boldLineGoesOn(previous, line)
                    && Math.abs(line.x() - previous.x()) < 2
                    && !heading;
            boolean boldLine = line.bold()
                    && text.length() <= MAX_HEADING_LENGTH
                    && !isHeaderRow(line)
                    && !wrapsTheLineAbove
                    && !rangeGoesOn
                    && !endsALongBoldLine;
            // a title run in before its text; not a bold word inside a sentence ("**Kafka** and …")
            String afterLead = text.substring(Math.min(line.boldLead().length(), text.length()))
                    .strip();
            boolean runIn = !line.boldLead().isEmpty()
                    && !heading
                    && !wrapsTheLineAbove
                    && !bullet
                    && (afterLead.isEmpty() || !Character.isLowerCase(afterLead.codePointAt(0)));
            // a line back at the bullets, in bold or with dates set apart at the right, is the next entry,
            // not the item's wrapped words
            boolean leavesTheList = inItem
                    && !bullet
                    && (line.x() <= listX + 1
                                    && !Character.isLowerCase(text.charAt(0))
                                    // "Stack: Kotlin, Kafka, …" under an entry's bullets: a labelled line of its own
                                    && (line.spread()
                                            || line.bold()
                                            // "**Maltair Leisure –** charter & ACMI": the next employer's name in bold
                                            || !line.boldLead().isEmpty()
                                            || LABEL_START.matcher(text).lookingAt()
                                            // "*Software Engineer, Body & Chassis (August 2019 – February 2023)*"
                                            // after an item's full stop: the next title, in italics, dated
                                            || line.italic()
                                                    && text.length() <= MAX_HEADING_LENGTH
                                                    && previous != null
                                                    && previous.text().strip().matches(".*[.!?]$")
                                                    && dev.profilebot.profile.facts.DateRanges.firstRange(text)
                                                            .isPresent())
                            // "seit 10/2021" in a Lebenslauf's column of dates, well left of the bullets
                            || line.x() < listX - 2 * line.size());
            if (heading
                    || bullet
                    || gap
                    || leavesTheList
                    || boldLine
                    || runIn
                    || previous != null && previous.bold() && !rangeGoesOn && !endsALongBoldLine
                    || paragraph.length() == 0) {
                flush(md, paragraph, inItem);
                inItem = false;
                inList = inList && bullet;
            }
            boolean headingGoesOn = heading
                    && previous != null
                    && previousWasHeading
                    && previous.size() == line.size()
                    && (previous.page() == line.page() && line.y() - previous.y() < line.size() * 1.6
                            || line.page() == previous.page() + 1);
            if (headingGoesOn) {
                // a heading wrapped onto a second line
                md.setLength(md.length() - 2);
                md.append(' ').append(text).append("\n\n");
            } else if (heading) {
                endBlock(md);
                // a sidebar's headings, smaller than the main column's, head sections of their own, not parts
                // of the main column's last one
                md.append(
                                label || likeALabel || line.side() && line.size() < body * 1.6
                                        ? "## "
                                        : line.size() >= body * 1.6 ? "# " : line.size() >= body * 1.3 ? "## " : "### ")
                        .append(text)
                        .append("\n\n");
            } else if (bullet) {
                if (!inList || line.x() <= listX) {
                    listX = line.x();
                }
                // a bullet further right than the list's first is a sub-bullet
                paragraph
                        .append(line.x() > listX + 4 ? "  - " : "- ")
                        .append(BULLET.matcher(text).replaceFirst(""));
                inItem = true;
                inList = true;
            } else if (boldLine
                    && previous != null
                    && previous.bold()
                    && !previousWasHeading
                    && md.toString().endsWith("**\n\n")
                    && previous.size() == line.size()
                    && previous.page() == line.page()
                    && line.y() - previous.y() < line.size() * 1.6
                    && (text.startsWith("(")
                            || Character.isLowerCase(text.charAt(0))
                            // "Postgraduate Specialization in" over "UX & Interaction Design"
                            || OPEN_END.matcher(previous.text()).find()
                            // "MASTER OF SCIENCE … (LAUREA MAGISTRALE IN INGEGNERIA" over "GESTIONALE)"
                            || opensMoreThanItCloses(previous.text()) && text.contains(")")
                            || wrapsInTheSidebar(previous, line, sidebarRight))) {
                // "**St Ebba's Hospitals NHS Trust — Clinical Specialist Physiotherapist,**" wrapped onto
                // "**MSK Outpatients (Band 7)**": one bold line
                md.setLength(md.length() - 4);
                md.append(' ').append(text).append("**\n\n");
            } else if (boldLine
                    && !boldLineGoesOn(previous, line)
                    && (entriesAsHeadings
                                    && (isSectionLabel(text)
                                            // "POSTDOCTORAL TRAINING" set as "EDUCATION" is: a section of its own
                                            || inCapitals(text)
                                                    && dev.profilebot.profile.facts.Sections.isSectionHeading(text)
                                                    && sectionLabelSizes.contains(line.size()))
                            || boldLabelSize > 0
                                    && line.size() >= boldLabelSize
                                    // (at that size, "ACADEMIC QUALIFICATIONS" heads a section as the known labels
                                    // do)
                                    && (namesASection(text)
                                            || inCapitals(text)
                                                    && dev.profilebot.profile.facts.Sections.isSectionHeading(text)))) {
                // "EDUCATION" in bold capitals over entries set larger ("### Universidade Nova — MSc …"): the
                // section holds them, so it heads them
                endBlock(md);
                md.append("## ").append(text).append("\n\n");
            } else if (boldLine) {
                endBlock(md);
                md.append("**").append(text).append("**\n\n");
            } else if (runIn) {
                // "**Policy Adviser, Department for Growth (2011–2014).** Joined at …": the title run in,
                // with its first words on the bold line above when that line filled the width
                String lead = line.boldLead();
                String above = "**" + (previous == null ? "" : previous.text()) + "**\n\n";
                if (previous != null
                        && previous.bold()
                        && !previousWasHeading
                        && md.toString().endsWith(above)
                        && previous.page() == line.page()
                        && line.y() - previous.y() < line.size() * 1.6
                        && previous.text().length() >= widest * 0.7) {
                    md.setLength(md.length() - above.length());
                    lead = previous.text() + " " + lead;
                }
                String rest = text.substring(line.boldLead().length()).strip();
                paragraph
                        .append("**")
                        .append(lead)
                        // "**SENIOR QA AUTOMATION ENGINEER** VERTIZ PAYMENTS, S.A.": a title in bold capitals and a
                        // name in plain ones run on, two values the style alone tells apart
                        .append(inCapitals(lead) && inCapitals(rest) ? "** · " : "** ")
                        .append(rest);
            } else if (paragraph.length() == 0) {
                paragraph.append(text);
            } else if (paragraph.toString().matches("(?s).*\\p{L}[-\u00AD]$")
                    && Character.isLowerCase(text.charAt(0))) {
                // "experi-" / "ence": one word split at the line's end; a link's hyphen is its own
                // ("linkedin.com/in/tamsin-" / "raeburn-data")
                String lastWord = paragraph.substring(paragraph.lastIndexOf(" ") + 1);
                if (!LINK_LIKE.matcher(lastWord).find()) {
                    paragraph.setLength(paragraph.length() - 1);
                }
                paragraph.append(text);
            } else {
                // a line that fills the width was wrapped; a short one ended where its writer ended it
                // (a line with a label or dates set apart at its start is a line of its own)
                // (an entry's line led by its dates in a margin ends where its words end: "since 04/2021 ·
                // Employer, Town", not "2011–2012 · Teaching Fellow, University of")
                // a table's row rebuilt from its cells is a line of its own
                boolean wrapped = (previous.text().length() >= widest * 0.7
                                        && !roomForTheNextWord(previous, line, columnEnds)
                                || wrappedInANarrowColumn(previous, line, columnEnds, widestSpan)
                                || wrappedMidPhrase(previous, line, columnEnds))
                        && !line.spread()
                        && !line.rebuilt()
                        && !previous.rebuilt()
                        // "Educational Supervisor: Dr Priya Raman, …" under the hospital's long line: a
                        // labelled line of its own
                        && !(LABEL_START.matcher(text).lookingAt()
                                && !previous.text().strip().matches(".*[,;&(/-]|.*\\b(?:and|or|of|the|to|for|in)$"))
                        // an employer in italics over the text in upright letters ends its line
                        && !(previous.italic() && line.upright() || previous.upright() && line.italic())
                        && !(datesFirst(previous)
                                && !OPEN_END.matcher(previous.text()).find()
                                // "… – Divisione Infrastrutture (dal" over "01/01/2021)": the bracket goes on
                                && !(opensMoreThanItCloses(previous.text()) && text.contains(")"))
                                // "… Environmental Science, University" over "of Easthaven, UK.": the words
                                // go on
                                && !Character.isLowerCase(text.codePointAt(0)));
                paragraph
                        .append(wrapped || inItem || rangeGoesOn || endsALongBoldLine ? " " : "  \n")
                        .append(text);
            }
            previous = line;
            previousWasHeading = heading;
        }
        flush(md, paragraph, inItem);
        return md.toString();
    }

    /**
     * The size of the sections' labels in bold capitals when the entries' titles are bold too, a size smaller
     * and no smaller than the body (a Europass CV's "WORK EXPERIENCE" over "SENIOR QA AUTOMATION ENGINEER"): the
     * labels head the sections the titles are in; 0 when the two are not set apart by size.
     */
    private static float boldLabelsAboveTitles(List<Line> lines, double body) {
        float labelSize = (float) lines.stream()
                .filter(l -> l.bold() && namesASection(l.text()))
                .mapToDouble(Line::size)
                .min()
                .orElse(0);
        boolean titlesBelow = labelSize > 0
                && lines.stream()
                        .anyMatch(
                                l -> l.bold() && !namesASection(l.text()) && l.size() < labelSize && l.size() >= body);
        return titlesBelow ? labelSize : 0;
    }

    /** Cells set apart, three or more, of words alone: a table's header, not an entry's "Employer · Title · 2019". */
    private static boolean isHeaderRow(Line line) {
        return line.spread()
                && line.text().split(" · ").length >= 3
                && !line.text().matches(".*\\d.*");
    }

    private static boolean opensMoreThanItCloses(String text) {
        return text.chars().filter(c -> c == '(').count()
                > text.chars().filter(c -> c == ')').count();
    }

    /** Lines that start at one x (within a few points) are one column's. */
    private static int column(Line line) {
        return Math.round(line.x() / 4);
    }

    /**
     * Whether a line in a narrow column (a sidebar's "Databricks Certified Data Engineer" over
     * "Professional") was wrapped: the next line's first word would not have fitted after it.
     */
    private static boolean wrappedInANarrowColumn(
            Line previous, Line line, Map<Integer, Float> columnEnds, float widestSpan) {
        float columnEnd = columnEnds.get(column(previous));
        // a row of a table set apart in cells, a labelled line, an address or a link is a line of its own
        if (columnEnd - previous.x() > widestSpan * NARROW_COLUMN
                || column(line) != column(previous)
                || previous.text().isEmpty()
                || previous.spread()
                || LABEL_START.matcher(line.text()).lookingAt()) {
            return false;
        }
        float width = columnEnd - previous.x();
        String firstWord = line.text().split("\\s+", 2)[0];
        String lastWord = previous.text().substring(previous.text().lastIndexOf(' ') + 1);
        if (LINK_LIKE.matcher(firstWord).find() || LINK_LIKE.matcher(lastWord).find()) {
            return false;
        }
        boolean wordWouldNotFit = withTheNextWord(previous, line, 0) > columnEnd;
        boolean fills = previous.xEnd() - previous.x() >= width * FILLED;
        // "Google Ads Search Certification (2024)", "… meetup." end an item
        boolean ended = previous.text().matches(".*[.)!?;]$");
        // a short rest of a phrase: "Professional", "Engineer Associate", "wild swimming, UX Bristol"
        boolean goesOn = Character.isLowerCase(line.text().codePointAt(0))
                || OPEN_END.matcher(previous.text()).find()
                || line.xEnd() - line.x() <= width * SHORT_REST;
        return wordWouldNotFit && fills && !ended && goesOn;
    }

    /** The end of a LinkedIn entry's line: "Engineering · (2008 - 2013)", the dates after a middle dot. */
    private static final Pattern DATES_AFTER_A_DOT = Pattern.compile("·\\s*\\(?\\s*(?:19|20)\\d\\d\\b[^·]*$");

    /**
     * Whether a line of a column of any width that fills it was wrapped in the middle of a phrase: the next
     * line's first word would not have fitted after it, and that line goes on in lower case ("… that own card" over
     * "authorization, the ledger …"), after an open end ("… Computer Science and" over "Economics"), or ends the
     * entry's line with its dates ("… BASc, Computer" over "Engineering · (2008 - 2013)").
     */
    private static boolean wrappedMidPhrase(Line previous, Line line, Map<Integer, Float> columnEnds) {
        Float columnEnd = columnEnds.get(column(previous));
        if (columnEnd == null
                || column(line) != column(previous)
                || previous.text().isEmpty()
                || line.text().isEmpty()
                || previous.spread()
                || previous.text().matches(".*[.)!?;:]$")
                || LABEL_START.matcher(line.text()).lookingAt()) {
            return false;
        }
        boolean fills = previous.xEnd() - previous.x() >= (columnEnd - previous.x()) * FILLED;
        boolean goesOn = Character.isLowerCase(line.text().codePointAt(0))
                || OPEN_END.matcher(previous.text()).find()
                || DATES_AFTER_A_DOT.matcher(line.text()).find()
                        && !previous.text().contains("·");
        return fills && goesOn && withTheNextWord(previous, line, 0) > columnEnd;
    }

    /**
     * Whether a line that ends a sentence or a bracket, over one that starts another, ended with room to
     * spare for the next line's first word and a few letters more: its writer ended it ("St Aldhelm's
     * Primary School, Fernleigh (voluntary aided)" over "I lead a …"), since a line wrapped by the word
     * processor would have taken that word.
     */
    private static boolean roomForTheNextWord(Line previous, Line line, Map<Integer, Float> columnEnds) {
        Float columnEnd = columnEnds.get(column(previous));
        if (columnEnd == null
                || !previous.text().matches(".*[.)]$")
                || line.text().isEmpty()
                || !Character.isUpperCase(line.text().codePointAt(0))
                || column(line) != column(previous)) {
            return false;
        }
        return withTheNextWord(previous, line, SPARE_LETTERS) < columnEnd;
    }

    /**
     * Where a line would end with the next line's first word after it, and this many letters more, at
     * the line's own average letter width.
     */
    private static float withTheNextWord(Line previous, Line line, int moreLetters) {
        float charWidth = (previous.xEnd() - previous.x()) / previous.text().length();
        String firstWord = line.text().split("\\s+", 2)[0];
        return previous.xEnd() + charWidth * (firstWord.length() + 1 + moreLetters);
    }

    /** Room for this many letters more than the next word: a justified or hyphenating writer's slack. */
    private static final int SPARE_LETTERS = 4;

    /** A line reaching this share of its column's width fills it. */
    private static final float FILLED = 0.75f;

    /** A line at most this share of its column's width is short enough to be the rest of the one above. */
    private static final float SHORT_REST = 0.8f;

    /** A column at most this share of the widest line's span is narrow: a sidebar's. */
    private static final float NARROW_COLUMN = 0.6f;

    /** A résumé's section name in capitals: "EXPERIENCE", "EDUCATION", "SKILLS & TOOLS". */
    private static boolean isSectionLabel(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT))
                && TextCleanup.SECTION_NAME.matcher(text).matches();
    }

    /**
     * A bold line right under another of its size: the other's words wrapped ("SAP CERTIFIED APPLICATION ASSOCIATE –
     * SAP S/4HANA EXTENDED WAREHOUSE" over "MANAGEMENT"), no section's label.
     */
    private static boolean boldLineGoesOn(Line previous, Line line) {
        return previous != null
                && previous.bold()
                && previous.size() == line.size()
                && previous.page() == line.page()
                && line.y() - previous.y() < line.size() * 1.6;
    }

    /** Words in capitals, with a letter among them: "VERTIZ PAYMENTS, S.A.". */
    private static boolean inCapitals(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** A section's label in capitals, the usual ones and the Europass form's. */
    private static boolean namesASection(String text) {
        return isSectionLabel(text) || SECTION_LABEL.matcher(text).matches();
    }

    /** A line whose first part, set apart from the rest, holds dates: "10/2016 – 03/2021 · Employer". */
    private static boolean datesFirst(Line line) {
        int apart = line.text().indexOf(" · ");
        return line.spread()
                && apart > 0
                && YEAR.matcher(line.text().substring(0, apart)).find();
    }

    /** A line that stops mid-phrase: "…, University of", "Design &", "Leeds,". */
    private static final Pattern OPEN_END =
            Pattern.compile("(?i)(?:\\b(?:of|and|the|for|in|at|to|with|on|a|an)|[,&/–—-])$");

    private static void flush(StringBuilder md, StringBuilder paragraph, boolean item) {
        if (paragraph.length() == 0) {
            return;
        }
        String text = paragraph.toString().replace("\u00AD", "");
        if (item) {
            md.append(escape(text.replace("  \n", " "))).append('\n');
        } else {
            endBlock(md);
            md.append(escape(text)).append("\n\n");
        }
        paragraph.setLength(0);
    }

    /** A blank line, so what follows a list is not read as part of its last item. */
    private static void endBlock(StringBuilder md) {
        if (md.length() > 0 && !md.toString().endsWith("\n\n")) {
            md.append('\n');
        }
    }

    /**
     * Text whose lines start with "#" or ">" as text, not headings or quotes: "# magdalena@…" after an icon font's
     * envelope, on any line of a paragraph (a heading may interrupt one).
     */
    private static String escape(String text) {
        return YEAR_AND_STOP
                .matcher(LINE_MARK.matcher(text).replaceAll("\\\\$1"))
                .replaceAll("$1\\\\");
    }

    private static final Pattern LINE_MARK = Pattern.compile("(?m)^([#>])");
    /**
     * "2020. március – jelenleg" opening a line: a year written first, as Hungary writes a date, no list's number; nor
     * is the day of "1. 9. 2017 – 28. 2. 2021", as Slovenia writes a date.
     */
    private static final Pattern YEAR_AND_STOP = Pattern.compile(
            "(?m)^((?:19|20)\\d\\d(?=[.)]\\s)|\\d{1,2}(?=\\.\\s\\d{1,2}\\.\\s?(?:19|20)\\d\\d(?!\\d)))");

    private static double bodySize(List<Line> lines) {
        Map<Float, Integer> characters = new HashMap<>();
        lines.forEach(l -> characters.merge(l.size(), l.text().length(), Integer::sum));
        return characters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(10f);
    }
}
