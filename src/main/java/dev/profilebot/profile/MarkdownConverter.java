package dev.profilebot.profile;

import java.io.IOException;

/**
 * Reads a file that is not Markdown or plain text (a PDF, a Word document, a JSON Resume, a
 * LinkedIn export) as the Markdown résumé it holds, so that every format gives the same blocks,
 * section paths and structured profile as the Markdown reader.
 */
interface MarkdownConverter {

    /**
     * @throws NotThisFormatException with a one-line reason when the file is not what its name
     *     says (a JSON file that is not a résumé, a PDF with no text layer)
     */
    String toMarkdown(String fileName, byte[] bytes) throws IOException, NotThisFormatException;

    /** The file cannot be read as a profile document; the message says why and what to do. */
    final class NotThisFormatException extends Exception {
        NotThisFormatException(String reason) {
            super(reason);
        }
    }
}
