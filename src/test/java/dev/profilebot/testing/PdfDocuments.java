package dev.profilebot.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made from a team member's Markdown résumé, as résumé tools lay them out: one column, or
 * two — a sidebar (contact, skills, education, languages) beside the main column (summary,
 * experience). Headings in a larger bold font, bullets as "•", lines wrapped to the column's
 * width, a running footer with the page number on every page.
 */
public final class PdfDocuments {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final Pattern SIDEBAR =
            Pattern.compile("(?i).*\\b(skills|education|languages|contact|certifications|interests|tools)\\b.*");

    private PdfDocuments() {}

    private record Styled(String text, PDType1Font font, float size, float indent, float spaceBefore) {}

    public static byte[] oneColumn(String markdown) {
        return write(List.of(styled(markdown)), List.of(new float[] {MARGIN, PDRectangle.A4.getWidth() - MARGIN}));
    }

    public static byte[] twoColumns(String markdown) {
        List<String> sidebar = new ArrayList<>();
        List<String> main = new ArrayList<>();
        List<String> target = main;
        boolean top = true;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                top = false;
                target = SIDEBAR.matcher(line).matches() ? sidebar : main;
            }
            (top ? main : target).add(line);
        }
        float width = PDRectangle.A4.getWidth();
        return write(
                List.of(styled(String.join("\n", sidebar)), styled(String.join("\n", main))),
                List.of(new float[] {MARGIN, width * 0.33f}, new float[] {width * 0.38f, width - MARGIN}));
    }

    /** Markdown lines as styled lines: headings, bullets, text; links and emphasis as their words. */
    private static List<Styled> styled(String markdown) {
        List<Styled> lines = new ArrayList<>();
        for (String raw : markdown.split("\n")) {
            String line = raw.replaceAll("<br\\s*/?>", "")
                    .replaceAll("<a [^>]*>([^<]*)</a>", "$1")
                    .replaceAll("<[^>]+>", "")
                    .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
                    .replace("**", "")
                    .replace("`", "");
            if (line.isBlank()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            line = line.strip();
            if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                float size = level == 1 ? 20 : level == 2 ? 14 : 12;
                lines.add(new Styled(line.substring(level + 1), BOLD, size, 0, level == 1 ? 0 : 8));
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                lines.add(new Styled("• " + line.substring(2), REGULAR, SIZE, 8 + indent * 4, 0));
            } else {
                lines.add(new Styled(line, raw.strip().startsWith("**") ? BOLD : REGULAR, SIZE, 0, 4));
            }
        }
        return lines;
    }

    /** Each stream of lines in its column, side by side, onto as many pages as the longest needs. */
    private static byte[] write(List<List<Styled>> columns, List<float[]> bounds) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<List<List<String[]>>> pagesPerColumn = new ArrayList<>();
            int pageCount = 0;
            for (int c = 0; c < columns.size(); c++) {
                List<List<String[]>> pages = layout(columns.get(c), bounds.get(c));
                pagesPerColumn.add(pages);
                pageCount = Math.max(pageCount, pages.size());
            }
            for (int p = 0; p < pageCount; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int c = 0; c < columns.size(); c++) {
                        List<List<String[]>> pages = pagesPerColumn.get(c);
                        if (p < pages.size()) {
                            for (String[] placed : pages.get(p)) {
                                text(
                                        content,
                                        placed[0],
                                        placed[1].equals("b") ? BOLD : REGULAR,
                                        Float.parseFloat(placed[2]),
                                        Float.parseFloat(placed[3]),
                                        Float.parseFloat(placed[4]));
                            }
                        }
                    }
                    text(content, "Curriculum vitae · page " + (p + 1) + " of " + pageCount, REGULAR, 8, MARGIN, 30);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines wrapped to the column and placed top to bottom: {text, font, size, x, y} per line, per page. */
    private static List<List<String[]>> layout(List<Styled> lines, float[] bounds) throws IOException {
        float top = PDRectangle.A4.getHeight() - MARGIN;
        List<List<String[]>> pages = new ArrayList<>();
        List<String[]> page = new ArrayList<>();
        float y = top;
        for (Styled line : lines) {
            float x = bounds[0] + line.indent();
            float width = bounds[1] - x;
            y -= line.spaceBefore();
            for (String wrapped : wrap(safe(line.text()), line.font(), line.size(), width)) {
                if (y < MARGIN + 20) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = top;
                }
                page.add(new String[] {
                    wrapped,
                    line.font() == BOLD ? "b" : "r",
                    Float.toString(line.size()),
                    Float.toString(x),
                    Float.toString(y)
                });
                y -= line.size() > SIZE ? line.size() + 4 : LEADING;
            }
        }
        pages.add(page);
        return pages;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Characters the standard fonts cannot show, written as the nearest they can. */
    private static String safe(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            try {
                REGULAR.encode(String.valueOf(c));
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append(c == '→' ? "->" : c == '≈' ? "~" : "?");
            }
        }
        return out.toString();
    }

    private static void text(PDPageContentStream content, String text, PDType1Font font, float size, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(safe(text));
        content.endText();
    }
}
