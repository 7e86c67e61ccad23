package dev.profilebot.profile;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Renders the inline content of a Markdown node as clean text: emphasis dropped, a link as its
 * text followed by its address in brackets (a mail link as the address alone), hard line breaks
 * kept as line breaks. Links are collected on the way.
 */
final class InlineText extends AbstractVisitor {

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
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }

    @Override
    public void visit(HtmlInline node) {
        // markup, not content
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
        links.add(new DocumentLink(label, destination));
        String address = destination.startsWith("mailto:") ? destination.substring("mailto:".length()) : destination;
        if (label.isEmpty()) {
            text.append(address);
        } else if (!label.equalsIgnoreCase(address)) {
            text.append(" (").append(address).append(')');
        }
    }
}
