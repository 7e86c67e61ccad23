package dev.profilebot.profile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 * An OpenDocument text's own paragraph styles made visible to Tika, which reads only the styles
 * written beside the text: a template's "CV Section" style (capitals, a rule under it) becomes a
 * heading, and its "CV Post" style (bold) makes its lines bold, as the page shows them. A file that
 * is not such a zip is returned as it is, for Tika to judge.
 */
final class OdfStyles {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    /** A heading is a line, not a paragraph: a styled paragraph longer than this stays a paragraph. */
    private static final int MAX_HEADING_LENGTH = 60;

    /** How a style, with what it inherits, sets its text. */
    private record Look(boolean bold, boolean italic, boolean capitals, boolean ruled, int outlineLevel) {}

    private OdfStyles() {}

    /** The file with its named styles' headings and bold and italic runs written where Tika reads them. */
    static byte[] inlined(byte[] odt) {
        try {
            Map<String, byte[]> entries = entries(odt);
            byte[] content = entries.get("content.xml");
            byte[] styles = entries.get("styles.xml");
            if (content == null || styles == null) {
                return odt;
            }
            Document contentXml = parse(content);
            Map<String, Element> named = styleElements(parse(styles));
            Map<String, Element> automatic = styleElements(contentXml);
            Map<String, Element> all = new HashMap<>(named);
            all.putAll(automatic);
            Map<String, Look> looks = new HashMap<>();
            for (String name : all.keySet()) {
                looks.put(name, look(name, all, 0));
            }
            headings(contentXml, looks);
            runs(contentXml, named, automatic, looks);
            entries.put("content.xml", serialize(contentXml));
            return zip(entries);
        } catch (IOException | SAXException | ParserConfigurationException | TransformerException e) {
            return odt;
        }
    }

    /** A paragraph in a style of capitals or with a rule under it, or of an outline level, is a heading. */
    private static void headings(Document content, Map<String, Look> looks) {
        NodeList paragraphs = content.getElementsByTagNameNS(TEXT, "p");
        for (int i = paragraphs.getLength() - 1; i >= 0; i--) {
            Element p = (Element) paragraphs.item(i);
            Look look = looks.get(p.getAttributeNS(TEXT, "style-name"));
            String text = p.getTextContent().strip();
            if (look == null
                    || text.isEmpty()
                    || text.length() > MAX_HEADING_LENGTH
                    || inList(p)
                    || !(look.outlineLevel() > 0 || look.capitals() || look.ruled() && look.bold())) {
                continue;
            }
            Element heading = content.createElementNS(TEXT, "text:h");
            heading.setAttributeNS(TEXT, "text:style-name", p.getAttributeNS(TEXT, "style-name"));
            heading.setAttributeNS(
                    TEXT, "text:outline-level", Integer.toString(look.outlineLevel() > 0 ? look.outlineLevel() : 2));
            while (p.getFirstChild() != null) {
                heading.appendChild(p.getFirstChild());
            }
            p.getParentNode().replaceChild(heading, p);
        }
    }

    private static boolean inList(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (TEXT.equals(n.getNamespaceURI()) && "list".equals(n.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each style's bold and italic, inherited or not, written on a style of the same name beside the
     * text: a named style is copied there, an automatic one gets what its parents give it.
     */
    private static void runs(
            Document content, Map<String, Element> named, Map<String, Element> automatic, Map<String, Look> looks) {
        NodeList containers = content.getElementsByTagNameNS(OFFICE, "automatic-styles");
        Element styles;
        if (containers.getLength() > 0) {
            styles = (Element) containers.item(0);
        } else {
            styles = content.createElementNS(OFFICE, "office:automatic-styles");
            content.getDocumentElement()
                    .insertBefore(styles, content.getDocumentElement().getFirstChild());
        }
        Map<String, Look> emphasised = new LinkedHashMap<>();
        looks.forEach((name, look) -> {
            if (look.bold() || look.italic()) {
                emphasised.put(name, look);
            }
        });
        for (Map.Entry<String, Look> entry : emphasised.entrySet()) {
            Element style = automatic.get(entry.getKey());
            if (style == null) {
                Element original = named.get(entry.getKey());
                style = content.createElementNS(STYLE, "style:style");
                style.setAttributeNS(STYLE, "style:name", entry.getKey());
                style.setAttributeNS(STYLE, "style:family", original.getAttributeNS(STYLE, "family"));
                styles.appendChild(style);
            }
            Element properties = child(style, STYLE, "text-properties").orElse(null);
            if (properties == null) {
                properties = content.createElementNS(STYLE, "style:text-properties");
                style.appendChild(properties);
            }
            if (entry.getValue().bold()) {
                properties.setAttributeNS(FO, "fo:font-weight", "bold");
            }
            if (entry.getValue().italic()) {
                properties.setAttributeNS(FO, "fo:font-style", "italic");
            }
        }
    }

    /** A style's look with what it inherits from its parents (a style's own setting wins). */
    private static Look look(String name, Map<String, Element> styles, int depth) {
        Element style = styles.get(name);
        if (style == null || depth > 16) {
            return new Look(false, false, false, false, 0);
        }
        String parentName = style.getAttributeNS(STYLE, "parent-style-name");
        Look parent = parentName.isEmpty() || parentName.equals(name)
                ? new Look(false, false, false, false, 0)
                : look(parentName, styles, depth + 1);
        Optional<Element> text = child(style, STYLE, "text-properties");
        Optional<Element> paragraph = child(style, STYLE, "paragraph-properties");
        String weight = text.map(t -> t.getAttributeNS(FO, "font-weight")).orElse("");
        String fontStyle = text.map(t -> t.getAttributeNS(FO, "font-style")).orElse("");
        String transform = text.map(t -> t.getAttributeNS(FO, "text-transform")).orElse("");
        String border = paragraph
                .map(p -> p.getAttributeNS(FO, "border-bottom").isEmpty()
                        ? p.getAttributeNS(FO, "border")
                        : p.getAttributeNS(FO, "border-bottom"))
                .orElse("");
        String level = style.getAttributeNS(STYLE, "default-outline-level");
        return new Look(
                weight.isEmpty() ? parent.bold() : weight.equals("bold") || weight.matches("[6-9]00"),
                fontStyle.isEmpty() ? parent.italic() : fontStyle.equals("italic"),
                transform.isEmpty() ? parent.capitals() : transform.equals("uppercase"),
                border.isEmpty() ? parent.ruled() : !border.equals("none"),
                level.matches("[1-9]") ? Integer.parseInt(level) : parent.outlineLevel());
    }

    private static Optional<Element> child(Element parent, String namespace, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The paragraph and text styles a part defines, by name. */
    private static Map<String, Element> styleElements(Document document) {
        Map<String, Element> styles = new HashMap<>();
        NodeList all = document.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            String family = style.getAttributeNS(STYLE, "family");
            if (family.equals("paragraph") || family.equals("text")) {
                styles.put(style.getAttributeNS(STYLE, "name"), style);
            }
        }
        return styles;
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] serialize(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
