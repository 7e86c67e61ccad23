package dev.profilebot.profile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Word's content controls ({@code w:sdt}), which Microsoft's résumé templates wrap around nearly
 * every field, taken away before a document is read: each control's content stands in its place,
 * so a heading inside one keeps its style and a title, an employer and dates inside one line stay
 * on that line. A control still showing its placeholder ("[Type your skills here]") goes with its
 * prompt.
 */
final class ContentControls {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The document's parts whose text is read: the body, the page headers and footers. */
    private static final java.util.regex.Pattern TEXT_PART =
            java.util.regex.Pattern.compile("word/(document|header\\d*|footer\\d*)\\.xml");

    /** "[Type your skills here]", "Click or tap here to enter text.": a template's prompt. */
    private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile(
            "(?is)\\[.*]|(?:click|tap|type|enter|add|insert|describe|use this|it['’]s okay|list)\\b.*");

    private ContentControls() {}

    /** The .docx with its content controls unwrapped; the same bytes when it has none or cannot be read so. */
    static byte[] unwrapped(byte[] docx) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
            boolean changed = false;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (TEXT_PART.matcher(entry.getName()).matches()
                            && new String(content, java.nio.charset.StandardCharsets.UTF_8).contains("<w:sdt")) {
                        content = unwrappedPart(content);
                        changed = true;
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return changed ? out.toByteArray() : docx;
        } catch (IOException | ParserConfigurationException | SAXException | TransformerException e) {
            return docx; // not a package this can rewrite: read as it is, controls and all
        }
    }

    private static byte[] unwrappedPart(byte[] xml)
            throws ParserConfigurationException, IOException, SAXException, TransformerException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList found = document.getElementsByTagNameNS(W, "sdt");
        List<Element> controls = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            controls.add((Element) found.item(i));
        }
        // innermost first: document order puts an outer control before the ones inside it
        for (int i = controls.size() - 1; i >= 0; i--) {
            unwrap(controls.get(i));
        }
        TransformerFactory transformers = TransformerFactory.newInstance();
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = transformers.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
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
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
