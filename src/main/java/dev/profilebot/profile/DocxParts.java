package dev.profilebot.profile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
import org.xml.sax.SAXException;

/** Rewrites parts of a .docx package as XML documents before the document is read. */
final class DocxParts {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A change to one part's XML; it says whether it changed anything. */
    interface Edit {
        boolean apply(Document part);
    }

    private DocxParts() {}

    /**
     * The package with each part whose name {@code parts} accepts, and whose text {@code worthReading}
     * accepts, edited; the same bytes when no part changed or the package cannot be rewritten.
     */
    static byte[] rewritten(byte[] docx, Predicate<String> parts, Predicate<String> worthReading, Edit edit) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
            boolean changed = false;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (parts.test(entry.getName()) && worthReading.test(new String(content, StandardCharsets.UTF_8))) {
                        Document part = parse(content);
                        if (edit.apply(part)) {
                            content = serialized(part, content.length);
                            changed = true;
                        }
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return changed ? out.toByteArray() : docx;
        } catch (IOException | ParserConfigurationException | SAXException | TransformerException e) {
            return docx; // not a package this can rewrite: read as it is
        }
    }

    /** The element's own children of that local name in Word's namespace, in order. */
    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** A part's XML, namespaces known, no doctype or entities read. */
    static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] serialized(Document document, int size) throws TransformerException {
        TransformerFactory transformers = TransformerFactory.newInstance();
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = transformers.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
