package dev.profilebot.profile;

import static dev.profilebot.profile.JsonResumeConverter.prettyDate;
import static dev.profilebot.profile.MarkdownText.join;
import static dev.profilebot.profile.MarkdownText.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A résumé kept as JSON of the owner's own design (a personal site's {@code resume.json} with
 * {@code person}, {@code jobs}, {@code schooling} …, not a JSON Resume) written out as Markdown: the
 * person's name as the title, each top-level key a section under the heading a résumé would give it
 * ("jobs" reads "Experience"), each object of a list an entry headed by its employer, title and dates
 * as the JSON Resume converter heads one, a role nested under an employer an entry of its own. Keys
 * that begin with {@code _} or {@code $} are the file's own notes and are left out, as is
 * {@code meta}.
 */
final class JsonDocumentConverter {

    private static final List<String> NAME = List.of("name", "full_name", "fullName", "fullname");
    private static final List<String> HEADLINE = List.of("headline", "label", "tagline", "title", "role");
    private static final List<String> SUMMARY = List.of("summary", "about", "bio", "profile", "intro");
    private static final List<String> TITLE =
            List.of("role", "title", "position", "job_title", "jobTitle", "degree", "qualification", "course", "name");
    private static final List<String> ORGANIZATION = List.of(
            "company",
            "employer",
            "organization",
            "organisation",
            "org",
            "institution",
            "school",
            "university",
            "college",
            "client",
            "issuer",
            "by",
            "event",
            "publisher",
            "awarder");
    private static final List<String> START = List.of("from", "start", "start_date", "startDate", "since", "begin");
    private static final List<String> END = List.of("to", "end", "end_date", "endDate", "until");
    private static final List<String> DATE =
            List.of("date", "year", "when", "issued", "graduated", "graduation", "releaseDate");
    private static final List<String> PLACE = List.of("location", "city", "place");
    private static final List<String> NESTED_ROLES = List.of("roles", "positions", "titles", "promotions");
    private static final Pattern PRESENT = Pattern.compile("(?i)present|now|current|today|ongoing");

    /** A key's usual heading on a résumé: the section readers know "Experience", not "jobs". */
    private static final Map<Pattern, String> HEADINGS = Map.of(
            Pattern.compile("(?i)jobs?|work|employment|positions|career|work_?history|experiences?"),
            "Experience",
            Pattern.compile("(?i)schooling|schools?|studies|degrees|academics?|education"),
            "Education",
            Pattern.compile("(?i)toolbox|tools|tech|stack|technologies|skills?|skill_?set"),
            "Skills",
            Pattern.compile("(?i)certs|certificates|certifications|licen[cs]es"),
            "Certifications",
            Pattern.compile("(?i)spoken|spoken_?languages|human_?languages|langs|languages"),
            "Languages",
            Pattern.compile("(?i)side_?projects|projects|portfolio"),
            "Projects",
            Pattern.compile("(?i)papers|publications"),
            "Publications",
            Pattern.compile("(?i)talks|speaking|presentations"),
            "Talks",
            Pattern.compile("(?i)volunteer(ing)?"),
            "Volunteering",
            Pattern.compile("(?i)awards|honou?rs"),
            "Awards");

    private JsonDocumentConverter() {}

    /** The Markdown of the résumé, or empty when the JSON names nobody with jobs or education (a package.json). */
    static Optional<String> toMarkdown(JsonNode file) {
        JsonNode root = withSectionsUnwrapped(file);
        Optional<Map.Entry<String, JsonNode>> person = person(root);
        // a career: jobs or schooling with dates ("jobs" of a careers site's openings have none), and a person
        // with a way to know them by (an e-mail, a headline, a summary …), not a package's "name"
        boolean career = java.util.stream.Stream.concat(
                        fields(root).stream(),
                        person.map(p -> fields(p.getValue()).stream()).orElse(java.util.stream.Stream.empty()))
                .anyMatch(f -> f.getValue().isArray()
                        && List.of("Experience", "Education").contains(heading(f.getKey()))
                        && java.util.stream.StreamSupport.stream(f.getValue().spliterator(), false)
                                .anyMatch(JsonDocumentConverter::dated));
        boolean someone = person.map(p -> fields(p.getValue()).stream()
                        .anyMatch(f -> PERSON_DETAILS.matcher(f.getKey()).matches()))
                .orElse(false);
        if (person.isEmpty() || !career || !someone) {
            return Optional.empty();
        }
        StringBuilder md = new StringBuilder();
        person.ifPresent(p -> person(p.getValue(), md));
        for (Map.Entry<String, JsonNode> field : fields(root)) {
            if (person.isPresent() && field.getKey().equals(person.get().getKey())) {
                continue;
            }
            section(field.getKey(), field.getValue(), md);
        }
        return Optional.of(md.toString());
    }

    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(p|ul|ol|li|br|strong|em|b|i|a|span)\\b[^>]*>");

    /**
     * A résumé builder's export that keeps each section as an object with its items (Reactive
     * Resume: "sections": {"experience": {"name": "Experience", "items": [...]}}) read as the lists
     * this converter reads: each section its items, those the owner hid left out; a section's text
     * ("summary": {"content": "<p>…</p>"}) its text. Rich text written as HTML reads as Markdown.
     */
    private static JsonNode withSectionsUnwrapped(JsonNode root) {
        JsonNode sections = root.path("sections");
        if (!sections.isObject()) {
            return root;
        }
        com.fasterxml.jackson.databind.node.ObjectNode out =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : fields(root)) {
            if (!field.getKey().equals("sections")) {
                out.set(field.getKey(), withoutBuildersFields(withoutHtml(field.getValue())));
            }
        }
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>(fields(sections));
        // "custom": {"x1": {"name": "Volunteering", "items": [...]}}: sections the owner added, by their names
        fields(sections.path("custom"))
                .forEach(custom ->
                        all.add(Map.entry(custom.getValue().path("name").asText(custom.getKey()), custom.getValue())));
        for (Map.Entry<String, JsonNode> field : all) {
            JsonNode section = field.getValue();
            if (section.path("visible").asBoolean(true) && section.path("items").isArray()) {
                com.fasterxml.jackson.databind.node.ArrayNode items = out.putArray(field.getKey());
                // a job's or a degree's item is an entry, whatever its one date says ("2019")
                boolean entries =
                        List.of("Experience", "Education", "Volunteering").contains(heading(field.getKey()));
                section.path("items").forEach(item -> {
                    if (item.path("visible").asBoolean(true)) {
                        JsonNode read = withoutBuildersFields(withoutHtml(item));
                        if (entries && read.isObject()) {
                            ((com.fasterxml.jackson.databind.node.ObjectNode) read).put("_entry", true);
                        }
                        items.add(read);
                    }
                });
            } else if (section.path("visible").asBoolean(true)
                    && section.path("content").isTextual()) {
                out.set(field.getKey(), withoutHtml(section.path("content")));
            } else if (!section.isObject()
                    || !field.getKey().equals("custom") && !section.has("items") && !section.has("content")) {
                // a section of another shape ("sections": {"about": {"text": …}}) as it stands: nothing is lost
                out.set(field.getKey(), withoutHtml(section));
            }
        }
        return out;
    }

    /** A builder's own fields, which say nothing of the person. */
    private static final java.util.Set<String> BUILDERS_FIELDS = java.util.Set.of("id", "visible", "icon", "picture");

    /**
     * An item without the builder's own fields, its links as their addresses ("url": {"label": …,
     * "href": …}), and a degree as its kind and subject ("studyType" "Bachelor of Science", "area"
     * "Mathematics").
     */
    private static JsonNode withoutBuildersFields(JsonNode item) {
        if (!item.isObject()) {
            return item;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        String kind = item.path("studyType").asText("").strip();
        String area = item.path("area").asText("").strip();
        if (!kind.isEmpty() && !area.isEmpty() && !item.has("degree")) {
            copy.put("degree", kind + " in " + area);
        }
        for (Map.Entry<String, JsonNode> field : fields(item)) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (BUILDERS_FIELDS.contains(key)
                    || copy.has("degree") && (key.equals("studyType") || key.equals("area"))) {
                continue;
            }
            if (value.isObject() && value.has("href")) {
                if (!value.path("href").asText("").isBlank()) {
                    copy.put(key, value.path("href").asText().strip());
                }
                continue;
            }
            if (value.isTextual() && value.asText().isBlank()) {
                continue;
            }
            copy.set(key, value);
        }
        return copy;
    }

    /** The node with its strings of HTML ("<p>…</p><ul><li>…") as Markdown text. */
    private static JsonNode withoutHtml(JsonNode node) {
        if (node.isTextual() && HTML_TAG.matcher(node.asText()).find()) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(
                    HtmlConverter.markdown(org.jsoup.Jsoup.parseBodyFragment(node.asText()))
                            .strip());
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            fields(node).forEach(f -> copy.set(f.getKey(), withoutHtml(f.getValue())));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(withoutHtml(n)));
            return copy;
        }
        return node;
    }

    /** What only a person's record holds beside the name. */
    private static final Pattern PERSON_DETAILS = Pattern.compile(
            "(?i)e-?mail|phone|mobile|location|city|address|headline|label|tagline|summary|about|bio|profile|intro"
                    + "|links|website|url|linkedin|github|pronouns|title|role");

    /** Whether an entry (or, for an employer, a role nested under it) has dates. */
    private static boolean dated(JsonNode item) {
        if (!item.isObject()) {
            return false;
        }
        if (!first(item, START).isEmpty() || !first(item, DATE).isEmpty()) {
            return true;
        }
        return NESTED_ROLES.stream()
                .map(item::path)
                .filter(JsonNode::isArray)
                .anyMatch(roles -> java.util.stream.StreamSupport.stream(roles.spliterator(), false)
                        .anyMatch(JsonDocumentConverter::dated));
    }

    /** The object about the person: the root when it names someone, else the first top-level object that does. */
    private static Optional<Map.Entry<String, JsonNode>> person(JsonNode root) {
        if (!first(root, NAME).isEmpty()) {
            return Optional.of(Map.entry("", root));
        }
        return fields(root).stream()
                .filter(f ->
                        f.getValue().isObject() && !first(f.getValue(), NAME).isEmpty())
                .findFirst();
    }

    private static void person(JsonNode person, StringBuilder md) {
        line(md, "# " + first(person, NAME));
        String headline = first(person, HEADLINE);
        line(md, headline);
        for (Map.Entry<String, JsonNode> field : fields(person)) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (NAME.contains(key)
                    || key.startsWith("name")
                    || value.asText().equals(headline) && value.isValueNode()) {
                continue;
            }
            if (SUMMARY.contains(key)
                    || value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                continue;
            }
            labelled(key, value, md);
        }
        for (String key : SUMMARY) {
            if (person.path(key).isTextual()) {
                line(md, "## Summary");
                line(md, person.path(key).asText().strip());
            }
        }
        for (Map.Entry<String, JsonNode> field : fields(person)) {
            if (field.getValue().isArray()
                    && !field.getValue().isEmpty()
                    && field.getValue().get(0).isObject()) {
                section(field.getKey(), field.getValue(), md);
            }
        }
    }

    private static void section(String key, JsonNode value, StringBuilder md) {
        if (key.equalsIgnoreCase("meta") || key.equalsIgnoreCase("metadata") || value.isNull()) {
            return;
        }
        line(md, "## " + heading(key));
        if (value.isValueNode()) {
            line(md, value.asText().strip());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isObject() && small(item)) {
                    // {"lang": "Polish", "level": "native"} reads "Polish: native"
                    List<String> parts = new ArrayList<>();
                    fields(item).forEach(f -> parts.add(f.getValue().asText().strip()));
                    line(
                            md,
                            "- " + parts.get(0)
                                    + (parts.size() > 1
                                            ? ": " + String.join(", ", parts.subList(1, parts.size()))
                                            : ""));
                } else if (item.isObject()) {
                    entry(item, "", "", md);
                } else if (item.isValueNode()) {
                    line(md, "- " + item.asText().strip());
                }
            }
        } else {
            for (Map.Entry<String, JsonNode> field : fields(value)) {
                labelled(field.getKey(), field.getValue(), md);
            }
        }
    }

    /** One entry: "### Employer — Title (dates)", the title and place under it, its other fields, its bullets. */
    private static void entry(JsonNode item, String employer, String place, StringBuilder md) {
        String organization = MarkdownText.first(first(item, ORGANIZATION), employer);
        String location = MarkdownText.first(first(item, PLACE), place);
        for (String key : NESTED_ROLES) {
            JsonNode nested = item.path(key);
            if (nested.isArray() && !nested.isEmpty() && nested.get(0).isObject()) {
                // "Kerno Labs" with its two titles: each title an entry at the employer
                nested.forEach(role -> entry(role, organization, location, md));
                return;
            }
        }
        String title = first(item, TITLE);
        if (title.equals(organization)) {
            title = "";
        }
        String area =
                item.path("area").isValueNode() ? item.path("area").asText("").strip() : "";
        boolean ofArea = !title.isEmpty() && !area.isEmpty() && item.has("degree") && !title.contains(area);
        if (ofArea) {
            // RenderCV's "degree: MSc" and "area: Artificial Intelligence": one degree, "MSc in Artificial
            // Intelligence"
            title = title + " in " + area;
        }
        String dates = dates(item);
        List<String> bullets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : fields(item)) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (TITLE.contains(key) && value.asText().strip().equals(title)
                    || ofArea && (key.equals("area") || key.equals("degree"))
                    || ORGANIZATION.contains(key) && value.asText().strip().equals(organization)
                    || PLACE.contains(key)
                    || START.contains(key)
                    || END.contains(key)
                    || DATE.contains(key) && !dates.isEmpty()) {
                continue;
            }
            if (value.isArray() && !value.isEmpty() && value.get(0).isValueNode() && hasSentences(value)) {
                value.forEach(v -> bullets.add(v.asText().strip()));
            } else if (SUMMARY.contains(key) || key.equals("description") || key.equals("what")) {
                notes.add(value.asText().strip());
            } else {
                String text = labelled(key, value);
                if (!text.isEmpty()) {
                    details.add(text);
                }
            }
        }
        // "date": "Apr 2022 - Present": a job's or a degree's span, though written in one field
        boolean spans = dev.profilebot.profile.facts.DateRanges.firstRange(dates)
                .filter(found ->
                        !found.range().end().equals(Optional.of(found.range().start())))
                .isPresent();
        if (first(item, START).isEmpty() && bullets.isEmpty() && !spans && !item.has("_entry")) {
            // a certificate, a talk, a project: one line, "AWS Certified …, Amazon Web Services, 2022"
            String head = join(
                    ", ", title.isEmpty() ? organization : title, title.isEmpty() ? "" : organization, location, dates);
            line(
                    md,
                    "- " + head + (notes.isEmpty() ? "" : ": " + String.join(" ", notes))
                            + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")"));
            return;
        }
        // a job or a degree: the employer and title as a heading, its dates and place under it
        line(md, "### " + join(" — ", organization, title));
        line(md, join(" · ", dates, location));
        notes.forEach(n -> line(md, n));
        // an employer's web address is no fact about the job
        details.stream()
                .filter(d -> !d.matches("(?i)(url|website|link|web): .*"))
                .forEach(d -> line(md, d + "."));
        bullets.forEach(b -> line(md, "- " + b));
    }

    /** "March 2023 – present", "2015 – 2017", "2021": from the start and end fields, or a single date. */
    private static String dates(JsonNode item) {
        String start = first(item, START);
        Optional<String> endKey = END.stream().filter(item::has).findFirst();
        String end = endKey.map(k -> item.path(k))
                .map(v -> v.isNull() ? "" : v.asText().strip())
                .orElse("");
        if (!start.isEmpty()) {
            boolean open =
                    endKey.isPresent() && end.isEmpty() || PRESENT.matcher(end).matches();
            return prettyDate(start) + (open ? " – present" : end.isEmpty() ? "" : " – " + prettyDate(end));
        }
        String date = first(item, DATE);
        // "2020 – 2023", "Apr 2022 - Present": a span written out, as it stands
        if (dev.profilebot.profile.facts.DateRanges.firstRange(date).isPresent()) {
            return date.strip();
        }
        return date.isEmpty() ? "" : prettyDate(date);
    }

    private static void labelled(String key, JsonNode value, StringBuilder md) {
        String text = labelled(key, value);
        if (!text.isEmpty()) {
            line(md, "- " + text);
        }
    }

    /** A field as a line: "Email: …", "Links: GitHub https://…, LinkedIn https://…", "Stack: Python, SQL". */
    private static String labelled(String key, JsonNode value) {
        String text;
        if (value.isValueNode()) {
            text = value.isNull() ? "" : value.asText().strip();
        } else if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : value) {
                parts.add(item.isValueNode() ? item.asText().strip() : inline(item));
            }
            text = String.join(", ", parts);
        } else {
            text = inline(value);
        }
        return text.isEmpty() ? "" : label(key) + ": " + text;
    }

    /** An object on one line: "GitHub https://…, LinkedIn https://…". */
    private static String inline(JsonNode object) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : fields(object)) {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                parts.add(value.asText().strip());
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText().strip()));
                parts.add(label(field.getKey()) + " " + String.join(", ", items));
            }
        }
        return String.join(", ", parts);
    }

    /** A pair or three of short values and no title, employer or dates: a language and its level. */
    private static boolean small(JsonNode item) {
        List<Map.Entry<String, JsonNode>> fields = fields(item);
        return !fields.isEmpty()
                && fields.size() <= 3
                && fields.stream()
                        .allMatch(f -> f.getValue().isValueNode()
                                && f.getValue().asText().length() <= 40)
                && fields.stream()
                        .map(Map.Entry::getKey)
                        .noneMatch(k -> TITLE.contains(k) && !k.equals("name")
                                || ORGANIZATION.contains(k)
                                || START.contains(k)
                                || DATE.contains(k));
    }

    /** Whether a list holds sentences (a job's highlights), not short items (a stack). */
    private static boolean hasSentences(JsonNode array) {
        for (JsonNode item : array) {
            if (item.asText().strip().split("\\s+").length >= 6) {
                return true;
            }
        }
        return false;
    }

    private static String heading(String key) {
        for (Map.Entry<Pattern, String> heading : HEADINGS.entrySet()) {
            if (heading.getKey().matcher(key).matches()) {
                return heading.getValue();
            }
        }
        return label(key);
    }

    /** "date_of_birth" reads "Date of birth", "startDate" "Start date". */
    private static String label(String key) {
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2")
                .replace('_', ' ')
                .replace('-', ' ')
                .strip()
                .toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String first(JsonNode node, List<String> keys) {
        for (String key : keys) {
            JsonNode value = node.path(key);
            if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return "";
    }

    /** The fields of an object but the file's own notes ("_private", "$schema"). */
    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                // the file's own notes ("_private", "$schema"), its metadata, and empty values
                if (!f.getKey().startsWith("_")
                        && !f.getKey().startsWith("$")
                        && !f.getKey().equalsIgnoreCase("meta")
                        && !f.getKey().equalsIgnoreCase("metadata")
                        && !f.getValue().isNull()) {
                    out.add(f);
                }
            });
        }
        return out;
    }
}
