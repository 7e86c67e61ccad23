package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The lists of records a Markdown page's YAML front matter holds, as a site generator's theme
 * keeps them (Hugo Academic's {@code experience:} items with {@code title}, {@code company},
 * {@code date_start} and a {@code description}; an author page's {@code education: courses:}):
 * one block per record under a section named by its list, "Title: …; Company: …; Date start: …"
 * and the record's longer text under it, as the readers of labelled lines know them. Scalars stay
 * the page's metadata; a page without such lists gives no block.
 */
final class FrontMatterRecords {

    /** A list item that opens a record: "  - title: Lead Research Scientist". */
    private static final java.util.regex.Pattern RECORD_ITEM =
            java.util.regex.Pattern.compile("(?m)^[ \\t]*-[ \\t]+[\\w-]+[ \\t]*:");

    /** Records read from one page at most: a front matter is a page's settings, not a database. */
    private static final int MAX_RECORDS = 200;

    private FrontMatterRecords() {}

    static List<Block> of(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (!text.startsWith("---")) {
            return List.of();
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return List.of();
        }
        String frontMatter = text.substring(3, end);
        if (!RECORD_ITEM.matcher(frontMatter).find()) {
            return List.of(); // "title: …", "geometry: …": settings only, no list of records to read
        }
        Object yaml;
        try {
            yaml = yaml().load(frontMatter);
        } catch (RuntimeException e) {
            // settings the theme may read its own way ("!!float abc"): the page's text still counts
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        if (!(yaml instanceof Map<?, ?> settings)) {
            return blocks;
        }
        List<Map.Entry<String, List<?>>> lists = new ArrayList<>();
        for (Map.Entry<?, ?> entry : settings.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (entry.getValue() instanceof List<?> list) {
                lists.add(Map.entry(key, list));
            } else if (entry.getValue() instanceof Map<?, ?> inner) {
                // "education: courses: - course: …": the outer key names the section
                for (Object value : inner.values()) {
                    if (value instanceof List<?> list) {
                        lists.add(Map.entry(key, list));
                    }
                }
            }
        }
        lists.removeIf(list -> list.getValue().stream().noneMatch(Map.class::isInstance));
        // a page of one list under its own title ("title: Accomplishments", "item: - …"): the title names it
        Object title = settings.get("title");
        boolean titled = lists.size() == 1 && title instanceof String t && !t.isBlank();
        for (Map.Entry<String, List<?>> entry : lists) {
            records(titled ? plain((String) title) : label(entry.getKey()), entry.getValue(), blocks);
        }
        return blocks;
    }

    /** A YAML reader that keeps every scalar as its text: "2018-03-01" a date as written, not a Date. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new Resolver() {
                    @Override
                    protected void addImplicitResolvers() {
                        // no implicit types: numbers, dates and booleans stay strings
                    }
                });
    }

    /** A theme's settings for how a record is shown, not what it says. */
    private static final java.util.Set<String> DISPLAY_KEYS = java.util.Set.of("icon", "icon_pack", "weight");

    /** "Accomplish&shy;ments" as "Accomplishments": a title's HTML entities as text. */
    private static String plain(String title) {
        return title.replace("&shy;", "")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .strip();
    }

    private static void records(String section, List<?> list, List<Block> blocks) {
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> record) || blocks.size() >= MAX_RECORDS) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            List<String> longer = new ArrayList<>();
            for (Map.Entry<?, ?> field : record.entrySet()) {
                if (field.getValue() == null
                        || field.getValue() instanceof Map
                        || field.getValue() instanceof List
                        || DISPLAY_KEYS.contains(String.valueOf(field.getKey()))) {
                    continue;
                }
                String value = String.valueOf(field.getValue()).strip();
                if (value.isEmpty()) {
                    continue; // "date_end: ''": the current one
                }
                if (value.contains("\n")) {
                    for (String line : value.split("\n")) {
                        String bullet = line.strip().replaceFirst("^[*+-]\\s+", "");
                        if (!bullet.isEmpty()) {
                            longer.add(bullet);
                        }
                    }
                } else if (String.valueOf(field.getKey()).equals("name")) {
                    // an employer's or a school's name, first and unlabelled: no "Name:" to take for the person's
                    fields.add(0, value);
                } else {
                    fields.add(label(String.valueOf(field.getKey())) + ": " + value);
                }
            }
            if (!fields.isEmpty()) {
                List<String> lines = new ArrayList<>();
                lines.add(String.join("; ", fields));
                lines.addAll(longer);
                blocks.add(new Block(List.of(section), String.join("\n", lines)));
            }
        }
    }

    /** "date_start" as "Date start", "company_url" as "Company url". */
    private static String label(String key) {
        String words = key.replaceAll("[_-]+", " ").strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
