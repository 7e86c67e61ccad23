package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Logseq page: an outline of {@code - } bullets indented by tabs or spaces, with
 * {@code key:: value} property lines. Page properties become metadata; block properties that are
 * facts (dates, type) are kept as text and Logseq's own (id, collapsed) are dropped. A bullet with
 * children names a section, so the indentation becomes the section path; its leaf children become
 * the section's text. {@code [[Page]]} links and {@code #tags} become plain words.
 */
public final class LogseqParser implements DocumentParser {

    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)[-*+] ?(.*)$");
    private static final Pattern PROPERTY = Pattern.compile("^\\s*([A-Za-z][\\w.-]*):: ?(.*)$");
    private static final Pattern PAGE_REF = Pattern.compile("#?\\[\\[([^\\]]*)]]");
    private static final Pattern TAG = Pattern.compile("(^|\\s)#([\\p{L}\\p{N}][\\p{L}\\p{N}/_-]*)");
    private static final Pattern BLOCK_REF = Pattern.compile("\\(\\([0-9a-fA-F-]{8,}\\)\\)");
    private static final Pattern MACRO = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__|~~(.+?)~~|\\^\\^(.+?)\\^\\^");
    private static final Pattern TASK_MARKER =
            Pattern.compile("^(TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED)\\s+(\\[#[ABC]]\\s+)?");
    private static final Set<String> HIDDEN_PROPERTIES = Set.of(
            "id",
            "collapsed",
            "public",
            "heading",
            "background-color",
            "icon",
            "filters",
            "template",
            "template-including-parent",
            "query-table",
            "query-properties",
            "query-sort-by",
            "query-sort-desc",
            "card-last-interval",
            "card-repeats",
            "card-ease-factor",
            "card-next-schedule",
            "card-last-reviewed",
            "card-last-score",
            "logseq.order-list-type");
    private static final int LABEL_LENGTH = 60;

    @Override
    public ProfileDocument parse(String fileName, String content) {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<DocumentLink> links = new ArrayList<>();
        Node root = outline(content, metadata);
        List<Block> blocks = new ArrayList<>();
        for (Node child : root.children) {
            emit(child, List.of(), blocks, links);
        }
        return new ProfileDocument(fileName, metadata, blocks, links);
    }

    /** One bullet: its own text lines, its properties and its children. */
    private static final class Node {
        final int indent;
        final List<String> lines = new ArrayList<>();
        final Map<String, String> properties = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();

        Node(int indent) {
            this.indent = indent;
        }
    }

    private static Node outline(String content, Map<String, String> pageProperties) {
        Node root = new Node(-1);
        List<Node> stack = new ArrayList<>(List.of(root));
        Node current = null;
        for (String line : content.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            Matcher property = PROPERTY.matcher(line);
            if (bullet.matches() && !(current != null && property.matches())) {
                int indent = width(bullet.group(1));
                while (stack.size() > 1 && stack.get(stack.size() - 1).indent >= indent) {
                    stack.remove(stack.size() - 1);
                }
                current = new Node(indent);
                stack.get(stack.size() - 1).children.add(current);
                stack.add(current);
                addContent(current, bullet.group(2));
            } else if (current == null) {
                if (property.matches()) {
                    pageProperties.put(property.group(1), inline(property.group(2), new ArrayList<>()));
                } else {
                    // text before the first bullet: a page written without bullets
                    current = new Node(0);
                    root.children.add(current);
                    stack.add(current);
                    addContent(current, line.strip());
                }
            } else {
                addContent(current, line.strip());
            }
        }
        return root;
    }

    private static void addContent(Node node, String text) {
        Matcher property = PROPERTY.matcher(text);
        if (property.matches()) {
            node.properties.put(
                    property.group(1).toLowerCase(java.util.Locale.ROOT),
                    property.group(2).strip());
        } else if (!text.isBlank()) {
            node.lines.add(text);
        }
    }

    private static int width(String indent) {
        int width = 0;
        for (char c : indent.toCharArray()) {
            width += c == '\t' ? 4 : 1;
        }
        return width;
    }

    private void emit(Node node, List<String> path, List<Block> blocks, List<DocumentLink> links) {
        OwnText ownText = ownText(node, links);
        String own = ownText.full();
        if (node.children.isEmpty()) {
            if (!own.isBlank()) {
                blocks.add(new Block(path, own));
            }
            return;
        }
        List<String> sectionPath = new ArrayList<>(path);
        boolean isLabel = !own.isBlank() && own.length() <= LABEL_LENGTH && !own.contains("\n");
        if (!ownText.text().isBlank()) {
            sectionPath.add(TextCleanup.label(ownText.text().replaceFirst("^#{1,6}\\s+", ""), LABEL_LENGTH));
        }
        List<String> leaves = new ArrayList<>();
        for (Node child : node.children) {
            if (child.children.isEmpty()) {
                String text = ownText(child, links).full();
                if (!text.isBlank()) {
                    leaves.add(text);
                }
            }
        }
        if (!leaves.isEmpty()) {
            // a short bullet only names its children ("Skills used"): it leads a list of names and is
            // otherwise left to the section path; a longer bullet is a statement and stays as text
            if (isLabel && TextCleanup.isShortList(leaves)) {
                blocks.add(new Block(sectionPath, TextCleanup.list(own, leaves)));
            } else {
                String list = TextCleanup.list("", leaves);
                blocks.add(new Block(sectionPath, isLabel || own.isBlank() ? list : own + "\n" + list));
            }
        } else if (!own.isBlank() && !isLabel) {
            blocks.add(new Block(sectionPath, own));
        }
        for (Node child : node.children) {
            if (!child.children.isEmpty()) {
                emit(child, sectionPath, blocks, links);
            }
        }
    }

    /** A bullet's own text, and the same with its factual properties: "Engineer (start date: 2021/11/10)". */
    private record OwnText(String text, String full) {}

    private static OwnText ownText(Node node, List<DocumentLink> links) {
        String text = TextCleanup.tidy(inline(String.join("\n", node.lines), links));
        List<String> facts = new ArrayList<>();
        node.properties.forEach((key, value) -> {
            if (!HIDDEN_PROPERTIES.contains(key) && !value.isBlank()) {
                facts.add(key.replace('-', ' ').replace('_', ' ') + ": " + inline(value, links));
            }
        });
        if (facts.isEmpty()) {
            return new OwnText(text, text);
        }
        String joined = String.join("; ", facts);
        return new OwnText(text, text.isEmpty() ? joined : text + " (" + joined + ")");
    }

    private static String inline(String text, List<DocumentLink> links) {
        String out = BLOCK_REF.matcher(text).replaceAll("");
        out = MACRO.matcher(out).replaceAll("");
        out = TASK_MARKER.matcher(out).replaceAll("");
        Matcher link = MD_LINK.matcher(out);
        StringBuilder withLinks = new StringBuilder();
        while (link.find()) {
            links.add(new DocumentLink(link.group(1), link.group(2)));
            link.appendReplacement(withLinks, Matcher.quoteReplacement(link.group(1) + " (" + link.group(2) + ")"));
        }
        link.appendTail(withLinks);
        out = PAGE_REF.matcher(withLinks).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        out = TAG.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)));
        out = EMPHASIS.matcher(out).replaceAll(m -> {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return Matcher.quoteReplacement(m.group(g));
                }
            }
            return "";
        });
        return out;
    }
}
