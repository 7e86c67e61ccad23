package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Word's content controls ({@code w:sdt}), which Microsoft's résumé templates wrap around nearly
 * every field, taken away before a document is read: each control's content stands in its place,
 * so a heading inside one keeps its style and a title, an employer and dates inside one line stay
 * on that line. A control still showing its placeholder ("[Type your skills here]") goes with its
 * prompt.
 */
final class ContentControls {

    private static final String W = DocxParts.W;
    /** The document's parts whose text is read: the body, the page headers and footers. */
    private static final java.util.regex.Pattern TEXT_PART =
            java.util.regex.Pattern.compile("word/(document|header\\d*|footer\\d*)\\.xml");

    /** "[Type your skills here]", "Click or tap here to enter text.": a template's prompt. */
    private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile(
            "(?is)\\[.*]|(?:click|tap|type|enter|add|insert|describe|use this|it['’]s okay|list)\\b.*");

    private ContentControls() {}

    /** The .docx with its content controls unwrapped; the same bytes when it has none or cannot be read so. */
    static byte[] unwrapped(byte[] docx) {
        return DocxParts.rewritten(
                docx,
                name -> TEXT_PART.matcher(name).matches(),
                xml -> xml.contains("<w:sdt"),
                ContentControls::unwrap);
    }

    private static boolean unwrap(Document document) {
        NodeList found = document.getElementsByTagNameNS(W, "sdt");
        List<Element> controls = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            controls.add((Element) found.item(i));
        }
        // innermost first: document order puts an outer control before the ones inside it
        for (int i = controls.size() - 1; i >= 0; i--) {
            unwrap(controls.get(i));
        }
        return !controls.isEmpty();
    }

    private static void unwrap(Element control) {
        Node parent = control.getParentNode();
        if (parent == null) {
            return;
        }
        Element properties = child(control, "sdtPr");
        Element content = child(control, "sdtContent");
        // a control flagged as showing its placeholder may hold the owner's text all the same: only a prompt goes
        boolean placeholder = properties != null
                && child(properties, "showingPlcHdr") != null
                && content != null
                && PROMPT.matcher(content.getTextContent().strip()).matches();
        if (content != null && !placeholder) {
            while (content.getFirstChild() != null) {
                parent.insertBefore(content.getFirstChild(), control);
            }
        } else if (content != null && isBlockLevel(parent)) {
            // a prompt that fills a paragraph, a cell or the body: an empty paragraph keeps the part valid
            // where one is required (a table cell must end with a paragraph)
            if ("tc".equals(parent.getLocalName()) && child((Element) parent, "p") == null) {
                parent.insertBefore(control.getOwnerDocument().createElementNS(W, "w:p"), control);
            }
        }
        parent.removeChild(control);
    }

    private static boolean isBlockLevel(Node parent) {
        String name = parent.getLocalName();
        return "body".equals(name) || "tc".equals(name) || "hdr".equals(name) || "ftr".equals(name);
    }

    private static Element child(Element element, String localName) {
        return DocxParts.children(element, localName).stream().findFirst().orElse(null);
    }
}
