package dev.profilebot.profile;

import static dev.profilebot.profile.MarkdownText.first;
import static dev.profilebot.profile.MarkdownText.join;
import static dev.profilebot.profile.MarkdownText.line;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * LinkedIn's data export — the downloaded {@code .zip} or its unpacked folder — as the Markdown
 * résumé it holds. Only the profile's own files are read: {@code Profile.csv}, {@code
 * Positions.csv}, {@code Education.csv}, {@code Skills.csv}, {@code Projects.csv}, {@code
 * Certifications.csv}, {@code Languages.csv}, {@code Honors.csv}, {@code Publications.csv}, {@code
 * Volunteering.csv} and {@code Email Addresses.csv}. Everything else in the export (connections,
 * messages, invitations, contacts, recommendations, phone numbers: other people's data among it)
 * is never opened, and from {@code Profile.csv} the address, birth date, postcode and messenger
 * handles are never read. Columns are found by name, as their names changed between
 * export years ("Started On" or "Start Date"); files may start with a byte-order mark or be UTF-16.
 */
final class LinkedInExport {

    /** The export's files profile-bot reads, by name in lower case. */
    static final Set<String> PROFILE_FILES = Set.of(
            "profile.csv",
            "positions.csv",
            "education.csv",
            "skills.csv",
            "projects.csv",
            "certifications.csv",
            "languages.csv",
            "honors.csv",
            "publications.csv",
            "volunteering.csv",
            "email addresses.csv");

    /** The limits on a zip: entries, bytes unpacked in all (a zip bomb is refused). */
    record Limits(int maxEntries, long maxUnpackedBytes, long maxFileBytes) {}

    private LinkedInExport() {}

    /** Whether a folder is an unpacked export: it holds the export's positions or profile file. */
    static boolean isExportFolder(Path folder) {
        return Files.isRegularFile(folder.resolve("Positions.csv"))
                || Files.isRegularFile(folder.resolve("Profile.csv"));
    }

    /** The profile's files of an unpacked export, by name in lower case. */
    static Map<String, byte[]> readFolder(Path folder, long maxFileBytes)
            throws IOException, MarkdownConverter.NotThisFormatException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (PROFILE_FILES.contains(name) && Files.isRegularFile(file)) {
                    if (Files.size(file) > maxFileBytes) {
                        throw new MarkdownConverter.NotThisFormatException(file.getFileName() + " is larger than "
                                + maxFileBytes / 1024 + " KiB (PROFILE_MAX_FILE_KB)");
                    }
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /**
     * The profile's files of an export zip, or empty when the zip is not a LinkedIn export.
     *
     * @throws MarkdownConverter.NotThisFormatException when the zip is damaged or passes a limit
     */
    static Optional<Map<String, byte[]>> readZip(byte[] zip, Limits limits)
            throws MarkdownConverter.NotThisFormatException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int entries = 0;
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new MarkdownConverter.NotThisFormatException(
                            "a zip of more than " + limits.maxEntries() + " files: not read");
                }
                String name = Path.of(entry.getName()).getFileName().toString().toLowerCase(Locale.ROOT);
                // the size a zip declares can lie: count what actually comes out, for every entry
                long size = 0;
                java.io.ByteArrayOutputStream kept =
                        PROFILE_FILES.contains(name) ? new java.io.ByteArrayOutputStream() : null;
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    unpacked += n;
                    if (kept != null && size > limits.maxFileBytes()) {
                        throw new MarkdownConverter.NotThisFormatException(entry.getName() + " in it is larger than "
                                + limits.maxFileBytes() / 1024 + " KiB (PROFILE_MAX_FILE_KB)");
                    }
                    if (unpacked > limits.maxUnpackedBytes()) {
                        throw new MarkdownConverter.NotThisFormatException("a zip that unpacks to more than "
                                + limits.maxUnpackedBytes() / (1024 * 1024) + " MiB: not read (a zip bomb?)");
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null && !entry.isDirectory()) {
                    files.put(name, kept.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new MarkdownConverter.NotThisFormatException("a damaged zip: not read");
        }
        if (entries == 0) {
            throw new MarkdownConverter.NotThisFormatException("a damaged zip: not read");
        }
        boolean export = files.containsKey("positions.csv") || files.containsKey("profile.csv");
        return export ? Optional.of(files) : Optional.empty();
    }

    /** The export's profile files as a Markdown résumé. */
    static String toMarkdown(Map<String, byte[]> files) throws IOException {
        StringBuilder md = new StringBuilder();
        List<Map<String, String>> profile = rows(files.get("profile.csv"));
        Map<String, String> me = profile.isEmpty() ? Map.of() : profile.get(0);
        line(md, "# " + join(" ", value(me, "first name"), value(me, "last name")));
        line(md, value(me, "headline"));
        line(md, "- " + prefixed("Location: ", value(me, "geo location", "location")));
        for (Map<String, String> email : rows(files.get("email addresses.csv"))) {
            if (!value(email, "primary").equalsIgnoreCase("no")) {
                line(md, "- " + prefixed("Email: ", value(email, "email address")));
            }
        }
        for (String site : value(me, "websites").replaceAll("[\\[\\]]", "").split("[,;]")) {
            line(
                    md,
                    "- "
                            + prefixed(
                                    "Website: ",
                                    site.replaceFirst("^[A-Z_]+:", "").strip()));
        }
        for (String handle :
                value(me, "twitter handles").replaceAll("[\\[\\]]", "").split("[,;]")) {
            String name = handle.strip().replaceFirst("^@", "");
            if (!name.isEmpty()) {
                line(md, "- Twitter: [@" + name + "](https://twitter.com/" + name + ")");
            }
        }
        String summary = value(me, "summary");
        if (!summary.isEmpty()) {
            line(md, "## Summary");
            lines(md, summary);
        }
        List<Map<String, String>> positions = rows(files.get("positions.csv"));
        if (!positions.isEmpty()) {
            line(md, "## Experience");
        }
        for (Map<String, String> position : positions) {
            String dates = dates(position, true);
            String title = value(position, "title");
            line(
                    md,
                    "### " + join(" — ", value(position, "company name", "company"), title)
                            + (dates.isEmpty() ? "" : " (" + dates + ")"));
            line(md, join(", ", title, value(position, "location")));
            lines(md, value(position, "description"));
        }
        List<Map<String, String>> schools = rows(files.get("education.csv"));
        if (!schools.isEmpty()) {
            line(md, "## Education");
        }
        for (Map<String, String> school : schools) {
            String degree = value(school, "degree name", "degree");
            line(md, "### " + first(value(school, "school name", "school"), degree));
            line(md, join(", ", degree, value(school, "field of study"), dates(school, false)));
            line(md, join(". ", value(school, "notes"), value(school, "activities")));
        }
        List<String> skills = new ArrayList<>();
        rows(files.get("skills.csv")).forEach(skill -> skills.add(value(skill, "name", "skill")));
        if (!skills.isEmpty()) {
            line(md, "## Skills");
            skills.forEach(skill -> md.append("- ").append(skill).append('\n'));
            md.append('\n');
        }
        section(md, "Projects", rows(files.get("projects.csv")), "title", "description", "url");
        section(md, "Certifications", rows(files.get("certifications.csv")), "name", "authority", "url");
        listed(
                md,
                "Honors & Awards",
                rows(files.get("honors.csv")),
                honor -> join(", ", value(honor, "title"), value(honor, "issued on"))
                        + prefixed(": ", value(honor, "description")));
        listed(
                md,
                "Publications",
                rows(files.get("publications.csv")),
                publication -> join(
                                ", ",
                                value(publication, "name"),
                                value(publication, "publisher"),
                                value(publication, "published on"),
                                value(publication, "url"))
                        + prefixed(": ", value(publication, "description")));
        listed(md, "Volunteering", rows(files.get("volunteering.csv")), role -> {
            String dates = dates(role, true);
            return join(" at ", value(role, "role"), value(role, "company name", "organization"))
                    + (dates.isEmpty() ? "" : " (" + dates + ")")
                    + prefixed(": ", value(role, "description"));
        });
        listed(
                md,
                "Languages",
                rows(files.get("languages.csv")),
                language -> join(": ", value(language, "name", "language"), value(language, "proficiency")));
        return md.toString();
    }

    private static void section(
            StringBuilder md, String title, List<Map<String, String>> rows, String name, String what, String url) {
        listed(
                md,
                title,
                rows,
                row -> join(", ", value(row, name), value(row, what), dates(row, false), value(row, url)));
    }

    /** A section with an item for each row: "## Honors & Awards" over "- Fernhollow Founders' Award, Feb 2024: …". */
    private static void listed(
            StringBuilder md,
            String title,
            List<Map<String, String>> rows,
            java.util.function.Function<Map<String, String>, String> item) {
        if (rows.isEmpty()) {
            return;
        }
        line(md, "## " + title);
        rows.forEach(row -> line(md, "- " + item.apply(row)));
    }

    /** "Mar 2020 – present" from whichever date columns this export year has; an empty end is now. */
    private static String dates(Map<String, String> row, boolean openIsCurrent) {
        String start = value(row, "started on", "start date");
        String end = value(row, "finished on", "end date");
        if (start.isEmpty()) {
            return end;
        }
        if (end.isEmpty()) {
            return openIsCurrent ? start + " – present" : start;
        }
        return start + " – " + end;
    }

    private static String prefixed(String prefix, String value) {
        return value.isEmpty() ? "" : prefix + value;
    }

    /** The value of the first of these columns the row has, found by name in any case. */
    /** A bullet as people type one into LinkedIn's text boxes: "• Redesigned …", "- Led …", "* Ran …". */
    private static final java.util.regex.Pattern TYPED_BULLET = java.util.regex.Pattern.compile("^[•●▪◦‣*–-]\\s+");

    /**
     * A text box's lines, as typed: each bullet ("• Redesigned the intake flow …") an item of a list, each
     * other line a paragraph, rather than one paragraph of them all.
     */
    private static void lines(StringBuilder md, String text) {
        for (String line : text.split("\\R")) {
            var bullet = TYPED_BULLET.matcher(line.strip());
            if (bullet.find()) {
                md.append("- ").append(line.strip().substring(bullet.end())).append('\n');
            } else if (!line.isBlank()) {
                md.append('\n');
                line(md, line);
            }
        }
        md.append('\n');
    }

    private static String value(Map<String, String> row, String... columns) {
        for (String column : columns) {
            String value = row.get(column);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    /** A CSV file's records, each by lower-case column name. */
    private static List<Map<String, String>> rows(byte[] csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        if (csv == null) {
            return rows;
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(csv)), format)) {
            List<String> names = parser.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    row.put(names.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** UTF-8, with or without a byte-order mark, or UTF-16 when it starts with one. */
    private static String text(byte[] bytes) {
        if (bytes.length >= 2
                && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
