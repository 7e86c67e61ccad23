package dev.profilebot.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.mozilla.universalchardet.UniversalDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every document in the profile folder (and its subfolders) with the parser for its format.
 * A file of an unknown type is skipped with a warning naming it; an unreadable, binary, oversized
 * or malformed file is reported by name and the others still load; a folder with no usable
 * document at all is an error that names the folder.
 */
public final class ProfileLoader {

    private static final Logger log = LoggerFactory.getLogger(ProfileLoader.class);

    private final long maxFileBytes;
    private final Map<DocumentFormat, DocumentParser> parsers = new EnumMap<>(DocumentFormat.class);
    private final Map<DocumentFormat, MarkdownConverter> converters = new EnumMap<>(DocumentFormat.class);
    private final MarkdownParser markdown = new MarkdownParser();

    public ProfileLoader(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
        this.maxFileBytes = maxFileBytes;
        parsers.put(DocumentFormat.PLAIN_TEXT, new PlainTextParser());
        parsers.put(DocumentFormat.MARKDOWN, new MarkdownParser());
        parsers.put(DocumentFormat.LOGSEQ, new LogseqParser());
        converters.put(DocumentFormat.JSON_RESUME, new JsonResumeConverter());
        converters.put(DocumentFormat.DOCX, new DocxConverter());
        converters.put(DocumentFormat.PDF, new PdfConverter());
        // Tika's parsers made, and their classes loaded, only when a file needs one: not at every start
        converters.put(
                DocumentFormat.LEGACY_DOC,
                (name, bytes) -> OfficeConverter.legacyWord().toMarkdown(name, bytes));
        converters.put(
                DocumentFormat.RICH_TEXT,
                (name, bytes) -> OfficeConverter.richText().toMarkdown(name, bytes));
        converters.put(
                DocumentFormat.OPEN_DOCUMENT,
                (name, bytes) -> OfficeConverter.openDocument().toMarkdown(name, bytes));
        converters.put(DocumentFormat.HTML, new HtmlConverter());
        converters.put(DocumentFormat.YAML, new YamlResumeConverter());
    }

    /** What was loaded, and a one-line reason for each file that was not. */
    public record Result(List<ProfileDocument> documents, List<String> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    public Result load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ProfileLoadException("The profile folder " + folder.toAbsolutePath()
                    + " does not exist or is not a folder (set PROFILE_DATA_DIR)");
        }
        List<ProfileDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> exports = linkedInExportFolders(folder);
        for (Path export : exports) {
            Outcome outcome = loadLinkedInFolder(export, exportName(folder, export));
            if (outcome.document() != null) {
                documents.add(outcome.document());
            } else {
                log.warn("Skipped profile document {}", outcome.problem());
                problems.add(outcome.problem());
            }
        }
        for (Path file : files(folder)) {
            if (exports.stream().anyMatch(export -> isPartOfExport(folder, export, file))) {
                continue; // an export's other files (connections, messages, …) are never opened
            }
            Outcome outcome =
                    load(file, withoutExportIds(folder.relativize(file).toString()));
            if (outcome.document() != null) {
                documents.add(outcome.document());
            } else {
                log.warn("Skipped profile document {}", outcome.problem());
                problems.add(outcome.problem());
            }
        }
        if (documents.isEmpty()) {
            throw new ProfileLoadException("No usable document in the profile folder " + folder.toAbsolutePath()
                    + (problems.isEmpty()
                            ? " (it holds no file of a type profile-bot reads: " + DocumentFormat.READABLE + ")"
                            : ": " + String.join("; ", problems)));
        }
        return new Result(documents, problems);
    }

    /** The 32-digit id a Notion export puts after each page's and database's name. */
    private static final java.util.regex.Pattern EXPORT_ID =
            java.util.regex.Pattern.compile(" [0-9a-f]{32}(?=(\\.[A-Za-z0-9]{1,5})?(/|\\\\|$))");

    /** "Ines Albrecht 5e0c…c0a6/Projects 1b7e…1c45.csv" as cited: "Ines Albrecht/Projects.csv". */
    static String withoutExportIds(String name) {
        return EXPORT_ID.matcher(name).replaceAll("");
    }

    /** A loaded document, or the one-line reason a file was not loaded. */
    record Outcome(ProfileDocument document, String problem) {
        static Outcome loaded(ProfileDocument document) {
            return new Outcome(document, null);
        }

        static Outcome skipped(String name, String reason) {
            return new Outcome(null, name + ": " + reason);
        }
    }

    Outcome load(Path file, String name) {
        try {
            long size = Files.size(file);
            boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip");
            if (zip && size > maxFileBytes * ZIP_SIZE_FACTOR) {
                return Outcome.skipped(
                        name,
                        "larger than " + maxFileBytes * ZIP_SIZE_FACTOR / 1024 + " KiB (64 × PROFILE_MAX_FILE_KB)");
            }
            if (zip) {
                return linkedInZip(name, Files.readAllBytes(file));
            }
            Optional<DocumentFormat> format = DocumentFormat.of(name, "");
            // a PDF, Word, RTF or OpenDocument file carries fonts and pictures besides its text
            long limit = format.filter(DocumentFormat::binary).isPresent()
                    ? maxFileBytes * BINARY_SIZE_FACTOR
                    : maxFileBytes;
            if (size > limit) {
                return Outcome.skipped(
                        name,
                        "larger than " + limit / 1024 + " KiB ("
                                + (limit == maxFileBytes ? "" : BINARY_SIZE_FACTOR + " × ") + "PROFILE_MAX_FILE_KB)");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (format.isEmpty()) {
                return Outcome.skipped(name, "not a type profile-bot reads (" + DocumentFormat.READABLE + ")");
            }
            if (format.get().converted()) {
                return converted(name, format.get(), bytes);
            }
            Optional<String> content = text(name, bytes);
            if (content.isEmpty()) {
                return Outcome.skipped(name, "not a text file");
            }
            DocumentFormat actual = DocumentFormat.of(name, content.get()).orElseThrow();
            return loaded(name, actual, parsers.get(actual).parse(name, content.get()));
        } catch (IOException | UncheckedIOException e) {
            return Outcome.skipped(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            log.warn("Could not parse {}", name, e);
            return Outcome.skipped(name, "could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Outcome loaded(String name, DocumentFormat format, ProfileDocument document) {
        if (document.isEmpty()) {
            return Outcome.skipped(name, "no text in it");
        }
        log.debug("Loaded {} as {}: {} blocks", name, format, document.blocks().size());
        return Outcome.loaded(document);
    }

    private Outcome converted(String name, DocumentFormat format, byte[] bytes) throws IOException {
        try {
            return loaded(
                    name, format, markdown.parse(name, converters.get(format).toMarkdown(name, bytes)));
        } catch (MarkdownConverter.NotThisFormatException e) {
            return Outcome.skipped(name, e.getMessage());
        }
    }

    /** A PDF or Word file may be this many times the size of a text document. */
    static final int BINARY_SIZE_FACTOR = 16;
    /** A zip may be this many times the size of a document: LinkedIn's export holds much besides the profile. */
    static final int ZIP_SIZE_FACTOR = 64;
    /** At most this many files in a zip, and this many times its size limit unpacked in all. */
    static final int MAX_ZIP_ENTRIES = 10_000;

    private static final int MAX_UNPACKED_FACTOR = 4;

    private Outcome linkedInZip(String name, byte[] bytes) throws IOException {
        try {
            Optional<Map<String, byte[]>> files = LinkedInExport.readZip(
                    bytes,
                    new LinkedInExport.Limits(
                            MAX_ZIP_ENTRIES, maxFileBytes * ZIP_SIZE_FACTOR * MAX_UNPACKED_FACTOR, maxFileBytes));
            if (files.isEmpty()) {
                return Outcome.skipped(
                        name, "a zip that is not a LinkedIn data export (no Positions.csv or Profile.csv)");
            }
            return linkedIn(name, files.get());
        } catch (MarkdownConverter.NotThisFormatException e) {
            return Outcome.skipped(name, e.getMessage());
        }
    }

    private Outcome loadLinkedInFolder(Path export, String name) {
        try {
            return linkedIn(name, LinkedInExport.readFolder(export, maxFileBytes));
        } catch (MarkdownConverter.NotThisFormatException e) {
            return Outcome.skipped(name, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return Outcome.skipped(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            log.warn("Could not parse {}", name, e);
            return Outcome.skipped(name, "could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Outcome linkedIn(String name, Map<String, byte[]> files) throws IOException {
        ProfileDocument document = markdown.parse(name, LinkedInExport.toMarkdown(files));
        if (document.isEmpty()) {
            return Outcome.skipped(name, "a LinkedIn export with no profile in it");
        }
        log.info(
                "Read LinkedIn's export {}: {} (nothing else in it is opened)",
                name,
                String.join(", ", files.keySet()));
        return Outcome.loaded(document);
    }

    /** The unpacked LinkedIn exports in the profile folder: folders holding Positions.csv or Profile.csv. */
    private static List<Path> linkedInExportFolders(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isDirectory)
                    .filter(dir -> !isHiddenOrTooling(folder.relativize(dir)))
                    .filter(LinkedInExport::isExportFolder)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ProfileLoadException("Cannot list the profile folder " + folder.toAbsolutePath() + ": " + e);
        }
    }

    /**
     * Whether a file belongs to a LinkedIn export: everything under an export's own folder, or,
     * when the export was unpacked straight into the profile folder, its CSV files there.
     */
    private static boolean isPartOfExport(Path folder, Path export, Path file) {
        if (!export.equals(folder)) {
            return file.startsWith(export);
        }
        return file.getParent().equals(folder)
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static String exportName(Path folder, Path export) {
        String relative = folder.relativize(export).toString();
        return relative.isEmpty() ? "LinkedIn export" : relative;
    }

    /**
     * The text of a text file: UTF-8 when the bytes are UTF-8, else the encoding they are in as detected
     * (Windows-1252 from Notepad's "ANSI", UTF-16 from its "Unicode"); empty for a binary file.
     */
    private static Optional<String> text(String name, byte[] bytes) {
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return utf8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        Charset charset;
        if (detected != null && Charset.isSupported(detected)) {
            charset = Charset.forName(detected);
        } else if (hasZeroByte(bytes)) {
            return Optional.empty(); // binary
        } else {
            charset = WINDOWS_1252; // the likeliest 8-bit encoding of a CV, and every byte means a character in it
        }
        String text = new String(bytes, charset);
        if (!readable(text)) {
            return Optional.empty(); // bytes that are no text in any encoding: a picture renamed .txt
        }
        log.info("Read {} as {} text", name, charset.name());
        return Optional.of(withoutByteOrderMark(text));
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Text as people write it: hardly a control character, and mostly letters among what is not space. */
    private static boolean readable(String text) {
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        long visible = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        long letters = text.chars().filter(Character::isLetterOrDigit).count();
        return controls * 100 <= text.length() && letters * 2 >= visible;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        if (hasZeroByte(bytes)) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(withoutByteOrderMark(text));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean hasZeroByte(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHiddenOrTooling(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ProfileLoadException("Cannot list the profile folder " + folder.toAbsolutePath() + ": " + e);
        }
    }

    /** Dot files and folders, and Logseq's own settings folder, hold no profile text. */
    private static boolean isHiddenOrTooling(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.toLowerCase(Locale.ROOT).equals("logseq")) {
                return true;
            }
        }
        return false;
    }
}
