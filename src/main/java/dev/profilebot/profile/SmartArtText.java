package dev.profilebot.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The text of a SmartArt diagram a Word paragraph holds: a career timeline drawn as one ("2006 – 2009" over
 * "Brindle Books"), whose words live only in the diagram's data part, not in the paragraph. Each of the
 * diagram's top-level nodes is one line, its paragraphs and its child nodes' text joined by " · ", in the
 * diagram's order.
 */
final class SmartArtText {

    private static final String DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private SmartArtText() {}

    /** The lines of each diagram the paragraph holds; none for a paragraph without one or a diagram not read. */
    static List<String> lines(XWPFParagraph paragraph) {
        List<String> lines = new ArrayList<>();
        for (org.apache.xmlbeans.XmlObject ids :
                paragraph.getCTP().selectPath("declare namespace dgm='" + DGM + "' .//dgm:relIds")) {
            if (ids.getDomNode() instanceof Element e
                    && !e.getAttributeNS(R, "dm").isEmpty()) {
                lines.addAll(lines(paragraph, e.getAttributeNS(R, "dm")));
            }
        }
        return lines;
    }

    private static List<String> lines(XWPFParagraph paragraph, String relationId) {
        PackagePart part = paragraph.getDocument().getPackagePart();
        try {
            var relation = part.getRelationship(relationId);
            if (relation == null) {
                return List.of();
            }
            PackagePart data = part.getRelatedPart(relation);
            try (InputStream in = data.getInputStream()) {
                return nodeLines(DocxParts.parse(in.readAllBytes()));
            }
        } catch (InvalidFormatException | IOException | ParserConfigurationException | SAXException e) {
            return List.of(); // a diagram that cannot be read is left out, as a picture is
        }
    }

    /** The data model's top-level nodes as lines, in the order its connections give them. */
    static List<String> nodeLines(Document data) {
        Map<String, String> text = new LinkedHashMap<>();
        String root = null;
        NodeList points = data.getElementsByTagNameNS(DGM, "pt");
        for (int i = 0; i < points.getLength(); i++) {
            Element point = (Element) points.item(i);
            String type = point.getAttribute("type");
            if (type.equals("doc")) {
                root = point.getAttribute("modelId");
            } else if (type.isEmpty() || type.equals("node") || type.equals("asst")) {
                // the nodes that hold text; connectors' and layout's points ("parTrans", "sibTrans", "pres") do not
                text.put(point.getAttribute("modelId"), pointText(point));
            }
        }
        // each parent's children by their order under it ("parOf" connections: the type is the default)
        Map<String, List<Element>> children = new HashMap<>();
        NodeList connections = data.getElementsByTagNameNS(DGM, "cxn");
        for (int i = 0; i < connections.getLength(); i++) {
            Element c = (Element) connections.item(i);
            if (c.getAttribute("type").isEmpty() || c.getAttribute("type").equals("parOf")) {
                children.computeIfAbsent(c.getAttribute("srcId"), k -> new ArrayList<>())
                        .add(c);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(c -> order(c.getAttribute("srcOrd")))));
        List<String> lines = new ArrayList<>();
        List<Element> top = root == null ? List.of() : children.getOrDefault(root, List.of());
        if (top.isEmpty()) {
            text.values().stream().filter(t -> !t.isBlank()).forEach(lines::add);
            return lines;
        }
        for (Element c : top) {
            List<String> parts = new ArrayList<>();
            collect(c.getAttribute("destId"), text, children, parts, 0);
            String line = parts.stream().filter(t -> !t.isBlank()).collect(Collectors.joining(" · "));
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void collect(
            String id, Map<String, String> text, Map<String, List<Element>> children, List<String> parts, int depth) {
        if (depth > 8 || !text.containsKey(id)) {
            return;
        }
        parts.add(text.get(id));
        for (Element c : children.getOrDefault(id, List.of())) {
            collect(c.getAttribute("destId"), text, children, parts, depth + 1);
        }
    }

    private static int order(String srcOrd) {
        try {
            return Integer.parseInt(srcOrd);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** A point's paragraphs, each its runs' text, joined by " · ". */
    private static String pointText(Element point) {
        List<String> paragraphs = new ArrayList<>();
        NodeList ps = point.getElementsByTagNameNS(A, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            StringBuilder p = new StringBuilder();
            NodeList runs = ((Element) ps.item(i)).getElementsByTagNameNS(A, "t");
            for (int j = 0; j < runs.getLength(); j++) {
                Node t = runs.item(j);
                p.append(t.getTextContent());
            }
            if (!p.toString().isBlank()) {
                paragraphs.add(p.toString().strip());
            }
        }
        return String.join(" · ", paragraphs);
    }
}
