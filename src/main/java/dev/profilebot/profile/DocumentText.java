package dev.profilebot.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of one document someone hands the bot that is not part of the profile, such as a job
 * description: a PDF or Word file read as the profile's documents are, anything else as UTF-8 text.
 */
public final class DocumentText {

    private DocumentText() {}

    /**
     * @throws UnreadableException with a one-line reason when the bytes are not text, or the PDF or
     *     Word file cannot be read
     */
    public static String read(String fileName, byte[] bytes) throws UnreadableException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".pdf")) {
                return new PdfConverter().toMarkdown(fileName, bytes);
            }
            if (lower.endsWith(".docx")) {
                return new DocxConverter().toMarkdown(fileName, bytes);
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new UnreadableException(
                    fileName + " is not text (nor a PDF or Word file): give it as .txt, .md, .pdf or .docx");
        } catch (MarkdownConverter.NotThisFormatException e) {
            throw new UnreadableException(fileName + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(
                    fileName + " could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The document could not be read as text; the message says why. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }
}
