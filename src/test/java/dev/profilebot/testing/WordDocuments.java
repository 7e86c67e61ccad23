package dev.profilebot.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word documents made from a team member's Markdown résumé, the way Word itself writes them:
 * heading styles, bold runs, bulleted paragraphs with numbering levels, line breaks inside a
 * paragraph — or, for the layout many templates use, the whole résumé inside one table.
 */
public final class WordDocuments {

    private WordDocuments() {}

    /** The résumé with Word's heading styles and bullets. */
    public static byte[] fromMarkdown(String markdown) {
        return write(document -> {
            BigInteger bullets = bulletNumbering(document);
            Node root = Parser.builder().build().parse(markdown);
            for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
                block(block, document::createParagraph, bullets, 0);
            }
        });
    }

    /** The résumé inside one table, a section to a row: the layout of many résumé templates. */
    public static byte[] asOneTable(String markdown) {
        return write(document -> {
            BigInteger bullets = bulletNumbering(document);
            XWPFTable table = document.createTable(1, 1);
            Node root = Parser.builder().build().parse(markdown);
            var cell = table.getRow(0).getCell(0);
            boolean[] first = {true};
            for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Heading heading && heading.getLevel() == 2) {
                    cell = table.createRow().getCell(0);
                    first[0] = true;
                }
                var target = cell;
                block(
                        block,
                        () -> {
                            if (first[0]) {
                                first[0] = false;
                                return target.getParagraphs().get(0);
                            }
                            return target.addParagraph();
                        },
                        bullets,
                        0);
            }
        });
    }

    private interface Filler {
        void fill(XWPFDocument document) throws IOException;
    }

    private static byte[] write(Filler filler) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(Node block, Supplier<XWPFParagraph> next, BigInteger bullets, int depth) {
        if (block instanceof Heading heading) {
            XWPFParagraph paragraph = next.get();
            paragraph.setStyle("Heading" + heading.getLevel());
            inline(heading, paragraph);
        } else if (block instanceof Paragraph) {
            inline(block, next.get());
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        if (child instanceof Paragraph) {
                            XWPFParagraph paragraph = next.get();
                            paragraph.setNumID(bullets);
                            paragraph.getCTP().getPPr().getNumPr().addNewIlvl().setVal(BigInteger.valueOf(depth));
                            inline(child, paragraph);
                        } else {
                            block(child, next, bullets, depth + 1);
                        }
                    }
                }
            }
        } else if (block instanceof org.commonmark.node.HtmlBlock html) {
            XWPFParagraph paragraph = next.get();
            String[] lines = html.getLiteral()
                    .replaceAll("<br\\s*/?>", "\n")
                    .replaceAll("<[^>]+>", "")
                    .split("\n");
            XWPFRun run = paragraph.createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i].strip(), i);
            }
        }
    }

    private static void inline(Node parent, XWPFParagraph paragraph) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                paragraph.createRun().setText(text.getLiteral());
            } else if (node instanceof Code code) {
                paragraph.createRun().setText(code.getLiteral());
            } else if (node instanceof StrongEmphasis strong) {
                XWPFRun run = paragraph.createRun();
                run.setBold(true);
                run.setText(plain(strong));
            } else if (node instanceof SoftLineBreak) {
                paragraph.createRun().setText(" ");
            } else if (node instanceof HardLineBreak) {
                paragraph.createRun().addBreak();
            } else if (node instanceof HtmlInline html && html.getLiteral().matches("(?i)<br\\s*/?>")) {
                paragraph.createRun().addBreak();
            } else if (node instanceof Link || node.getFirstChild() != null) {
                inline(node, paragraph);
            }
        }
    }

    private static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : plain(child));
        }
        return text.toString();
    }

    /** A bullet list definition with nine levels, as Word writes one. */
    private static BigInteger bulletNumbering(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        for (int level = 0; level < 9; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal("•");
        }
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
