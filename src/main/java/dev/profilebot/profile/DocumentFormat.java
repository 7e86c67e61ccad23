package dev.profilebot.profile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The formats profile-bot reads, chosen by file extension and, for Markdown, by content. */
public enum DocumentFormat {
    PLAIN_TEXT,
    MARKDOWN,
    LOGSEQ,
    /** A JSON Resume ({@code resume.json}, or any {@code .json} with the schema's fields). */
    JSON_RESUME,
    /** A Word document. */
    DOCX,
    /** A PDF with a text layer. */
    PDF,
    /** Word 97–2003's binary format. */
    LEGACY_DOC,
    /** Rich Text, TextEdit's and WordPad's format. */
    RICH_TEXT,
    /** OpenDocument text, LibreOffice's format. */
    OPEN_DOCUMENT,
    /** A web page: a personal site's CV, a word processor's "Save as web page". */
    HTML,
    /** A résumé kept as YAML: RenderCV's input, a JSON Resume in YAML. */
    YAML;

    /** The extensions profile-bot reads, for messages. */
    public static final String READABLE =
            ".md, .markdown, .txt, .adoc, .org, .tex, .pdf, .docx, .doc, .odt, .rtf, .html, .json (JSON Resume or a résumé in JSON), .yaml (RenderCV, JSON Resume or your own), LinkedIn's export (.zip or its folder)";

    private static final Pattern PROPERTY_LINE = Pattern.compile("(?m)^\\s*-?\\s*[A-Za-z][\\w.-]*:: \\S");
    private static final Pattern BULLET_LINE = Pattern.compile("^\\s*[-*+] .*");

    /** The format of a file, or empty when profile-bot does not read that type. */
    public static Optional<DocumentFormat> of(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")
                || name.endsWith(".text")
                || name.endsWith(".adoc")
                || name.endsWith(".asciidoc")
                || name.endsWith(".org")
                || name.endsWith(".tex")) {
            return Optional.of(PLAIN_TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown")) {
            return Optional.of(looksLikeLogseq(content) ? LOGSEQ : MARKDOWN);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON_RESUME);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".docx")) {
            return Optional.of(DOCX);
        }
        if (name.endsWith(".doc")) {
            return Optional.of(LEGACY_DOC);
        }
        if (name.endsWith(".rtf")) {
            return Optional.of(RICH_TEXT);
        }
        if (name.endsWith(".odt")) {
            return Optional.of(OPEN_DOCUMENT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /** Whether the format is read from the file's bytes into Markdown rather than parsed as text. */
    boolean converted() {
        return this != PLAIN_TEXT && this != MARKDOWN && this != LOGSEQ;
    }

    /** Whether a file of the format carries fonts and pictures besides its text, and so may be larger. */
    boolean binary() {
        return this == DOCX || this == PDF || this == LEGACY_DOC || this == RICH_TEXT || this == OPEN_DOCUMENT;
    }

    /** Whether a file name has an extension profile-bot reads, before reading it. */
    public static boolean isSupported(String fileName) {
        return of(fileName, "").isPresent();
    }

    /** Logseq pages carry {@code key:: value} properties, or are an outline of bullets throughout. */
    static boolean looksLikeLogseq(String content) {
        if (PROPERTY_LINE.matcher(content).find()) {
            return true;
        }
        long lines = content.lines().filter(l -> !l.isBlank()).count();
        long bullets =
                content.lines().filter(l -> BULLET_LINE.matcher(l).matches()).count();
        String first = content.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return lines > 0 && BULLET_LINE.matcher(first).matches() && bullets * 10 >= lines * 8;
    }
}
