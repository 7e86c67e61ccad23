package dev.profilebot.profile;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Renders the inline content of a Markdown node as clean text: emphasis dropped, a link as its
 * text followed by its address in brackets (a mail link as the address alone), hard line breaks
 * kept as line breaks. Links are collected on the way.
 */
final class InlineText extends AbstractVisitor {

    private static final java.util.regex.Pattern LABELLED_LINE =
            java.util.regex.Pattern.compile("^\\p{Lu}[\\p{L} /&-]{0,30}:\\s");
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("(?i)<br\\s*/?>");
    private static final java.util.regex.Pattern HREF =
            java.util.regex.Pattern.compile("(?i)<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"']");

    private final StringBuilder text = new StringBuilder();
    private final List<DocumentLink> links;

    private InlineText(List<DocumentLink> links) {
        this.links = links;
    }

    /** The clean text of a node's inline content; links found are added to {@code links}. */
    static String of(Node node, List<DocumentLink> links) {
        InlineText renderer = new InlineText(links);
        node.accept(renderer);
        return TextCleanup.tidy(renderer.text.toString());
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        // a line that starts with a label ("Email: …", "GPU / performance: CUDA") is a line of its own
        boolean labelledLine = node.getNext() instanceof Text next
                && LABELLED_LINE.matcher(next.getLiteral()).find();
        // "**JANE DOE MEng**" over "**Chartered Civil Engineer**": two emphasised lines, as a header writes them
        boolean emphasisedLines = isEmphasis(node.getPrevious()) && isEmphasis(node.getNext());
        // "**2015 – 2017 · Senior Reviser, TransPolder, Rotterdam**" over its description: a bold line is a header
        // (one with a year: "**Date of birth:**" over its value stays one line, as the redactor reads it)
        boolean boldLine = node.getPrevious() instanceof StrongEmphasis strong
                && (strong.getPrevious() == null
                        || strong.getPrevious() instanceof SoftLineBreak
                        || strong.getPrevious() instanceof HardLineBreak)
                && YEAR.matcher(literal(strong)).find();
        text.append(labelledLine || emphasisedLines || boldLine ? '\n' : ' ');
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");

    /** The text of a node's Text children, however deep. */
    private static String literal(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : literal(child));
        }
        return text.toString();
    }

    private static boolean isEmphasis(Node node) {
        return node instanceof StrongEmphasis || node instanceof Emphasis;
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }

    @Override
    public void visit(HtmlInline node) {
        if (BREAK.matcher(node.getLiteral()).matches()) {
            text.append('\n'); // "Team Lead<br>Farnholt eTruck GmbH": a line break, as in a table's cell
            return;
        }
        // markup, not content; but an <a href> is a link the person gave
        links.addAll(htmlLinks(node.getLiteral()));
    }

    /** A relative link to another document of the folder, not to the web. */
    private static boolean isLocalPage(String destination) {
        return !destination.contains(":") && destination.matches("(?i)[^?#]+\\.(md|markdown|txt)(#.*)?");
    }

    /** The links of HTML markup: {@code <a href="mailto:…">}, {@code <a href="https://github.com/…">}. */
    static java.util.List<DocumentLink> htmlLinks(String html) {
        java.util.List<DocumentLink> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = HREF.matcher(html);
        while (m.find()) {
            String url = m.group(1).strip();
            if (!url.isEmpty() && !url.startsWith("#")) {
                found.add(new DocumentLink(url.startsWith("mailto:") ? url.substring(7) : url, url));
            }
        }
        return found;
    }

    @Override
    public void visit(Image node) {
        visitChildren(node); // the alt text
    }

    @Override
    public void visit(Link node) {
        int start = text.length();
        visitChildren(node);
        String label = text.substring(start).strip();
        String destination =
                node.getDestination() == null ? "" : node.getDestination().strip();
        if (destination.isEmpty() || destination.startsWith("#")) {
            return;
        }
        if (isLocalPage(destination)) {
            // "[Quillfeather](Quillfeather%205c7d1077.md)": a link to another of the documents (a
            // Notion or Obsidian export) says nothing to an asker beyond its words
            if (text.length() == start) {
                text.append(java.net.URLDecoder.decode(
                        destination.replaceAll("\\.(md|markdown|txt)$", "").replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            return;
        }
        links.add(new DocumentLink(label, destination));
        String address = destination.startsWith("mailto:") ? destination.substring("mailto:".length()) : destination;
        if (label.isEmpty()) {
            text.append(address);
        } else if (!label.equalsIgnoreCase(address)) {
            text.append(" (").append(address).append(')');
        }
    }
}
