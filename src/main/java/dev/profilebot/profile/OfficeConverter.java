package dev.profilebot.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
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

    private OfficeConverter(Supplier<Parser> parser, String kind) {
        this.parser = parser;
        this.kind = kind;
    }

    static OfficeConverter richText() {
        return new OfficeConverter(RTFParser::new, "RTF file");
    }

    static OfficeConverter openDocument() {
        return new OfficeConverter(OpenDocumentParser::new, "OpenDocument file");
    }

    static OfficeConverter legacyWord() {
        return new OfficeConverter(OfficeParser::new, "Word 97-2003 .doc file");
    }

    @Override
    public String toMarkdown(String fileName, byte[] bytes) throws NotThisFormatException {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        // no parser in the context: Tika leaves embedded documents unopened
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.get().parse(in, xhtml, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new NotThisFormatException(
                    "a password-protected " + kind + ": save it without a password, or add a .md or .txt");
        } catch (IOException | TikaException | SAXException | RuntimeException | LinkageError e) {
            // a damaged file, or one holding a part whose parser is not shipped (a LinkageError)
            throw new NotThisFormatException("a damaged " + kind + " or one that cannot be read ("
                    + e.getClass().getSimpleName() + "): save it as .docx, or add a .md or .txt");
        }
        // XHTML, read as XML: Tika writes an empty bold run as <b />, which an HTML parser leaves open
        return HtmlConverter.markdown(Jsoup.parse(xhtml.toString(), "", org.jsoup.parser.Parser.xmlParser()));
    }
}
