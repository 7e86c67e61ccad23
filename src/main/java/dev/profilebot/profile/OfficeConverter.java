package dev.profilebot.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

/**
 * A word processor's file that is not a {@code .docx} — Rich Text ({@code .rtf}, TextEdit's and
 * WordPad's default), OpenDocument text ({@code .odt}, LibreOffice's) or Word 97–2003
 * ({@code .doc}) — read by Apache Tika into XHTML (headings, paragraphs, lists, tables, bold) and
 * from there into Markdown by {@link HtmlConverter}. Embedded objects and pictures are not opened.
 */
final class OfficeConverter implements MarkdownConverter {

    private final Supplier<Parser> parser;
    private final String kind;
    /** Whether a line break inside a paragraph ends a line, as TextEdit's RTF ends every line. */
    private final boolean linesEndParagraphs;

    /** What is done to the file's bytes before they are read. */
    private final UnaryOperator<byte[]> prepared;

    private OfficeConverter(
            Supplier<Parser> parser, String kind, boolean linesEndParagraphs, UnaryOperator<byte[]> prepared) {
        this.parser = parser;
        this.kind = kind;
        this.linesEndParagraphs = linesEndParagraphs;
        this.prepared = prepared;
    }

    static OfficeConverter richText() {
        return new OfficeConverter(RTFParser::new, "RTF file", true, OfficeConverter::withCellsAsTabs);
    }

    static OfficeConverter openDocument() {
        return new OfficeConverter(OpenDocumentParser::new, "OpenDocument file", false, OdfStyles::inlined);
    }

    static OfficeConverter legacyWord() {
        return new OfficeConverter(OfficeParser::new, "Word 97-2003 .doc file", false, UnaryOperator.identity());
    }

    /** RTF's end of a table's cell ({@code \cell}) and of its row ({@code \row}), not {@code \cellx1440}. */
    private static final Pattern CELL_END = Pattern.compile("(?<!\\\\)\\\\cell(?![a-zA-Z])\\s?");

    private static final Pattern ROW_END = Pattern.compile("(?<!\\\\)\\\\row(?![a-zA-Z])\\s?");

    /**
     * An RTF file with each table row on a line of its own, its cells parted by tabs: Tika reads a
     * cell as a paragraph of its own, so a row of "English → Polish", "Sworn (TP/2871/14)", "2007"
     * would be read as three lines with nothing to say they go together. RTF is 7-bit text: its
     * bytes read one to a character.
     */
    private static byte[] withCellsAsTabs(byte[] rtf) {
        String text = new String(rtf, StandardCharsets.ISO_8859_1);
        text = CELL_END.matcher(text).replaceAll(Matcher.quoteReplacement("\\tab "));
        text = ROW_END.matcher(text).replaceAll(Matcher.quoteReplacement("\\par "));
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toMarkdown(String fileName, byte[] bytes) throws NotThisFormatException {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        // no parser in the context: Tika leaves embedded documents unopened
        try (InputStream in = new ByteArrayInputStream(prepared.apply(bytes))) {
            parser.get().parse(in, xhtml, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new NotThisFormatException(
                    "a password-protected " + kind + ": save it without a password, or add a .md or .txt");
        } catch (IOException | TikaException | SAXException | RuntimeException | LinkageError e) {
            // a damaged file, or one holding a part whose parser is not shipped (a LinkageError)
            throw new NotThisFormatException("a damaged " + kind + " or one that cannot be read ("
                    + e.getClass().getSimpleName() + "): save it as .docx, or add a .md or .txt");
        }
        return HtmlConverter.markdown(Jsoup.parse(asHtml(xhtml.toString(), linesEndParagraphs)));
    }

    private static final Pattern PARAGRAPH = Pattern.compile("(?s)(<p\\b[^>]*>)(.*?)(</p>)");

    /**
     * Tika's XHTML as HTML. A tab between words sets columns apart, as in a Word file. Where lines end
     * paragraphs (TextEdit ends each line of one paragraph with a line break: "PROFILE", then the
     * profile's text), each line is a paragraph of its own; elsewhere lines are parted as fields
     * (" · "), since Tika writes a Word 97-2003 file's tab stop's gap as a line break too. The XHTML is
     * read as XML first: Tika writes an empty bold run as {@code <b />}, which an HTML parser would
     * leave open; the HTML parser then closes and reopens a bold or italic run that a line's end cuts,
     * as a browser does.
     */
    private static String asHtml(String xhtml, boolean linesEndParagraphs) {
        Document xml = Jsoup.parse(xhtml, "", org.jsoup.parser.Parser.xmlParser());
        xml.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
        Matcher paragraph = PARAGRAPH.matcher(xml.outerHtml());
        StringBuilder html = new StringBuilder();
        while (paragraph.find()) {
            paragraph.appendReplacement(
                    html,
                    Matcher.quoteReplacement(paragraph.group(1)
                            + TextCleanup.tabsAsSeparators(paragraph.group(2).strip())
                                    .replace("\n", linesEndParagraphs ? "</p><p>" : " · ")
                            + paragraph.group(3)));
        }
        paragraph.appendTail(html);
        return html.toString();
    }
}
