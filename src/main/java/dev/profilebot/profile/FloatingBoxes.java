package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A document laid out wholly in floating text boxes, as Canva's Word export writes it: the body's
 * own paragraphs are empty and hold the boxes of each page, the name and the main column beside a
 * sidebar of contact details and skills. Word keeps the boxes in the order they were drawn, so a
 * page's sidebar may part the first page's "Work Experience" from its continuation on the next.
 * Before the document is read, its boxes are put in reading order: column by column, the column of
 * the first box first, and down each column page by page. Only boxes that are blocks of several
 * paragraphs are moved: a layout with a title or a date in a box of its own is left as it is.
 */
final class FloatingBoxes {

    private static final String W = DocxParts.W;
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    /** Boxes whose left edges lie this close (in EMU, about a centimetre) stand in one column. */
    private static final long COLUMN_EMU = 360_000;
    /** The body's own text, outside its boxes, at most: more, and the boxes are asides to a document. */
    private static final int MAX_OWN_TEXT = 200;

    private record Box(Element run, int paragraph, String column, long top) {}

    private FloatingBoxes() {}

    /** The .docx with its floating boxes in reading order; the same bytes when it is not laid out in boxes. */
    static byte[] inReadingOrder(byte[] docx) {
        return DocxParts.rewritten(
                docx, "word/document.xml"::equals, xml -> xml.contains("txbxContent"), FloatingBoxes::reorder);
    }

    private static boolean reorder(Document document) {
        Element body = first(document.getDocumentElement(), "body");
        if (body == null || ownText(body) > MAX_OWN_TEXT) {
            return false;
        }
        List<Box> boxes = new ArrayList<>();
        List<Element> paragraphs = DocxParts.children(body, "p");
        for (int i = 0; i < paragraphs.size(); i++) {
            for (Element run : DocxParts.children(paragraphs.get(i), "r")) {
                Element anchor = first(run, "anchor");
                int lines = anchor != null && WP.equals(anchor.getNamespaceURI()) ? paragraphsWithText(run) : 0;
                if (lines > 0) {
                    if (lines < 2) {
                        // a title, a date or an icon's label in a box of its own, beside another on the same line:
                        // the page's order is not columns' order
                        return false;
                    }
                    boxes.add(new Box(run, i, column(anchor), offset(anchor, "positionV")));
                }
            }
        }
        if (boxes.size() < 2 || boxes.stream().map(Box::column).distinct().count() < 2) {
            return false;
        }
        Map<String, List<Box>> columns = new LinkedHashMap<>();
        boxes.forEach(box ->
                columns.computeIfAbsent(box.column(), c -> new ArrayList<>()).add(box));
        List<Box> ordered = new ArrayList<>();
        for (List<Box> column : columns.values()) {
            column.sort(Comparator.comparingInt(Box::paragraph).thenComparingLong(Box::top));
            ordered.addAll(column);
        }
        if (ordered.equals(boxes)) {
            return false;
        }
        // each box in a paragraph of its own, in reading order, where the first box was
        Element first = paragraphs.get(boxes.get(0).paragraph());
        for (Box box : ordered) {
            box.run().getParentNode().removeChild(box.run());
            Element paragraph = document.createElementNS(W, "w:p");
            paragraph.appendChild(box.run());
            body.insertBefore(paragraph, first);
        }
        return true;
    }

    /** Where the box's left edge is, as its anchor says: its offset from what it is placed against, or its alignment. */
    private static String column(Element anchor) {
        Element horizontal = first(anchor, "positionH");
        if (horizontal == null) {
            return "";
        }
        String from = horizontal.getAttribute("relativeFrom");
        Element offset = first(horizontal, "posOffset");
        return offset != null
                ? from + ":" + Math.round(parse(offset.getTextContent()) / (double) COLUMN_EMU)
                : from + ":" + horizontal.getTextContent().strip();
    }

    private static long offset(Element anchor, String position) {
        Element placed = first(anchor, position);
        Element offset = placed == null ? null : first(placed, "posOffset");
        return offset == null ? 0 : parse(offset.getTextContent());
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The paragraphs holding text in the run's first text box that holds any (Word writes each box twice,
     * in its drawing and in an older copy): none when the run holds no text box with text.
     */
    private static int paragraphsWithText(Element run) {
        NodeList contents = run.getElementsByTagNameNS(W, "txbxContent");
        for (int c = 0; c < contents.getLength(); c++) {
            NodeList paragraphs = ((Element) contents.item(c)).getElementsByTagNameNS(W, "p");
            int withText = 0;
            for (int i = 0; i < paragraphs.getLength(); i++) {
                if (!paragraphs.item(i).getTextContent().isBlank()) {
                    withText++;
                }
            }
            if (withText > 0) {
                return withText;
            }
        }
        return 0;
    }

    /** The length of the body's text outside its text boxes. */
    private static int ownText(Element body) {
        NodeList texts = body.getElementsByTagNameNS(W, "t");
        int length = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            if (!inBox(texts.item(i))) {
                length += texts.item(i).getTextContent().strip().length();
            }
        }
        return length;
    }

    private static boolean inBox(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if ("txbxContent".equals(n.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** The first element of that local name below the element, in any namespace. */
    private static Element first(Element element, String localName) {
        NodeList found = element.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}
