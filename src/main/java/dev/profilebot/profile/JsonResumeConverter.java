package dev.profilebot.profile;

import static dev.profilebot.profile.MarkdownText.first;
import static dev.profilebot.profile.MarkdownText.join;
import static dev.profilebot.profile.MarkdownText.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Resume (jsonresume.org: {@code basics}, {@code work}, {@code education}, ...) written out
 * as the Markdown résumé it describes — a heading per employer with the position and dates, the
 * highlights as bullets — so the Markdown reader gives it the same passages, section paths and
 * structured profile as any other résumé. Older field names ({@code company}, {@code website})
 * are read too; entries are put in date order, newest first, and a job without an end date is
 * current only when it is the latest one (an older one is taken to end when the next began).
 */
final class JsonResumeConverter implements MarkdownConverter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{1,2}))?(?:-\\d{1,2})?");

    @Override
    public String toMarkdown(String fileName, byte[] bytes) throws NotThisFormatException {
        JsonNode root;
        try {
            // Jackson finds the encoding itself: UTF-8, with or without a byte-order mark, or UTF-16
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new NotThisFormatException("not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (java.io.IOException e) {
            throw new NotThisFormatException("not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new NotThisFormatException("a JSON file that holds no object of fields");
        }
        return markdownOf(root);
    }

    /** The Markdown of a JSON Resume, or of a résumé in JSON of the owner's own design. */
    static String markdownOf(JsonNode root) throws NotThisFormatException {
        if (!root.has("basics") || !(root.has("work") || root.has("education"))) {
            // a résumé in a JSON of the owner's own design
            return JsonDocumentConverter.toMarkdown(root)
                    .orElseThrow(() -> new NotThisFormatException(
                            "a JSON file that is no résumé (neither a JSON Resume nor a person's name with jobs or"
                                    + " education)"));
        }
        StringBuilder md = new StringBuilder();
        basics(root.path("basics"), md);
        jobs("Work", root.path("work"), "position", md);
        jobs("Volunteer", root.path("volunteer"), "position", md);
        education(root.path("education"), md);
        skills(root.path("skills"), md);
        projects(root.path("projects"), md);
        list("Awards", root.path("awards"), "title", "awarder", "date", "summary", md);
        list("Certificates", root.path("certificates"), "name", "issuer", "date", "url", md);
        list("Publications", root.path("publications"), "name", "publisher", "releaseDate", "summary", md);
        languages(root.path("languages"), md);
        list("Interests", root.path("interests"), "name", "keywords", "", "", md);
        // the referees and what they say (a phone number in what they say is withheld as any other)
        list("References", root.path("references"), "name", "", "", "reference", md);
        return md.toString();
    }

    private static void basics(JsonNode basics, StringBuilder md) {
        line(md, "# " + text(basics, "name"));
        line(md, text(basics, "label"));
        List<String> contact = new ArrayList<>();
        addLabelled(contact, "Email", text(basics, "email"));
        addLabelled(contact, "Website", first(text(basics, "url"), text(basics, "website")));
        JsonNode location = basics.path("location");
        String place = join(", ", text(location, "city"), text(location, "region"), text(location, "countryCode"));
        if (!place.isEmpty()) {
            contact.add("Based in " + place);
        }
        for (JsonNode profile : basics.path("profiles")) {
            addLabelled(contact, text(profile, "network"), first(text(profile, "url"), text(profile, "username")));
        }
        contact.forEach(c -> line(md, "- " + c));
        String summary = text(basics, "summary");
        if (!summary.isEmpty()) {
            line(md, "## Summary");
            line(md, summary);
        }
    }

    private static void jobs(String section, JsonNode entries, String titleField, StringBuilder md) {
        List<JsonNode> sorted = newestFirst(entries);
        if (sorted.isEmpty()) {
            return;
        }
        line(md, "## " + section);
        for (int i = 0; i < sorted.size(); i++) {
            JsonNode job = sorted.get(i);
            String employer = first(text(job, "name"), text(job, "company"), text(job, "organization"));
            String title = text(job, titleField);
            // no end date means "still there" only for the latest job; an older one is taken to
            // end when the next one began
            String end = text(job, "endDate");
            if (end.isEmpty() && i > 0) {
                end = text(sorted.get(i - 1), "startDate");
            }
            String dates = dates(text(job, "startDate"), end, i == 0);
            line(md, "### " + join(" — ", employer, title) + (dates.isEmpty() ? "" : " (" + dates + ")"));
            // the role is read from a heading that has text under it: the position always does
            line(md, join(", ", title, text(job, "location")));
            line(md, first(text(job, "summary"), text(job, "description")));
            bullets(job.path("highlights"), md);
        }
    }

    private static void education(JsonNode entries, StringBuilder md) {
        List<JsonNode> sorted = newestFirst(entries);
        if (sorted.isEmpty()) {
            return;
        }
        line(md, "## Education");
        for (JsonNode entry : sorted) {
            String degree = join(" in ", text(entry, "studyType"), text(entry, "area"));
            String dates = dates(text(entry, "startDate"), text(entry, "endDate"), false);
            String score = text(entry, "score");
            line(md, "### " + first(text(entry, "institution"), degree));
            line(md, join(", ", degree, dates) + (score.isEmpty() ? "" : " (grade: " + score + ")"));
            for (JsonNode course : entry.path("courses")) {
                line(md, "- " + course.asText());
            }
        }
    }

    private static void skills(JsonNode skills, StringBuilder md) {
        if (!skills.isArray() || skills.isEmpty()) {
            return;
        }
        line(md, "## Skills");
        for (JsonNode skill : skills) {
            String keywords = joinArray(skill.path("keywords"));
            String level = text(skill, "level");
            line(
                    md,
                    "- " + text(skill, "name") + (level.isEmpty() ? "" : " (" + level + ")")
                            + (keywords.isEmpty() ? "" : ": " + keywords));
        }
    }

    private static void projects(JsonNode projects, StringBuilder md) {
        List<JsonNode> sorted = newestFirst(projects);
        if (sorted.isEmpty()) {
            return;
        }
        line(md, "## Projects");
        for (JsonNode project : sorted) {
            line(md, "### " + text(project, "name"));
            line(md, text(project, "description"));
            bullets(project.path("highlights"), md);
            String keywords = joinArray(project.path("keywords"));
            if (!keywords.isEmpty()) {
                line(md, "Technologies: " + keywords);
            }
            line(md, text(project, "url"));
        }
    }

    private static void languages(JsonNode languages, StringBuilder md) {
        if (!languages.isArray() || languages.isEmpty()) {
            return;
        }
        line(md, "## Languages");
        for (JsonNode language : languages) {
            String fluency = text(language, "fluency");
            line(
                    md,
                    "- " + first(text(language, "language"), text(language, "name"))
                            + (fluency.isEmpty() ? "" : ": " + fluency));
        }
    }

    /** A section of one line per entry: "title, by, date: summary". */
    private static void list(
            String section, JsonNode entries, String title, String by, String date, String summary, StringBuilder md) {
        if (!entries.isArray() || entries.isEmpty()) {
            return;
        }
        line(md, "## " + section);
        for (JsonNode entry : entries) {
            String byText = entry.path(by).isArray() ? joinArray(entry.path(by)) : text(entry, by);
            String head = join(", ", text(entry, title), byText, date.isEmpty() ? "" : prettyDate(text(entry, date)));
            String more = summary.isEmpty() ? "" : text(entry, summary);
            line(md, "- " + head + (more.isEmpty() ? "" : ": " + more));
        }
    }

    private static List<JsonNode> newestFirst(JsonNode entries) {
        List<JsonNode> list = new ArrayList<>();
        if (entries.isArray()) {
            entries.forEach(list::add);
        }
        // ISO dates sort as text; an entry with no start date stays where it was, after the dated ones
        list.sort(Comparator.comparing(
                (JsonNode e) -> first(text(e, "startDate"), text(e, "date"), text(e, "releaseDate")),
                Comparator.reverseOrder()));
        return list;
    }

    private static String dates(String start, String end, boolean latest) {
        String from = prettyDate(start);
        if (from.isEmpty()) {
            return prettyDate(end);
        }
        if (!end.isEmpty()) {
            return from + " – " + prettyDate(end);
        }
        return latest ? from + " – present" : from;
    }

    /** "2019-03-01" reads "March 2019", "2019" stays; anything else as written. */
    static String prettyDate(String iso) {
        Matcher m = ISO_DATE.matcher(iso.strip());
        if (!m.find()) {
            return iso.strip();
        }
        if (m.group(2) == null) {
            return m.group(1);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return m.group(1);
        }
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.group(1);
    }

    private static void bullets(JsonNode items, StringBuilder md) {
        for (JsonNode item : items) {
            line(md, "- " + item.asText().strip());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText().strip() : "";
    }

    private static String joinArray(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText().strip()));
        return String.join(", ", parts);
    }

    private static void addLabelled(List<String> out, String label, String value) {
        if (!value.isEmpty()) {
            out.add((label.isEmpty() ? "" : label + ": ") + value);
        }
    }
}
