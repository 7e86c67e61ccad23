package dev.profilebot.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's fixed replies, read from plain files in the prompts folder so the owner can change
 * their voice: {@code not-covered.txt} (placeholders {@code {{topic}}}, {@code {{first_name}}},
 * {@code {{name}}}), {@code closest-match.txt} ({@code {{answer}}}, {@code {{first_name}}},
 * {@code {{name}}}) and {@code private-detail.txt} ({@code {{detail}}}, {@code {{contact}}},
 * {@code {{first_name}}}, {@code {{name}}}) and {@code greeting.txt} ({@code {{name}}},
 * {@code {{first_name}}}). A missing file, a missing required placeholder or an
 * unknown one stops startup with the file's name.
 */
public final class ReplyTemplates {

    public static final String NOT_COVERED = "not-covered.txt";
    public static final String PRIVATE_DETAIL = "private-detail.txt";
    public static final String CLOSEST_MATCH = "closest-match.txt";
    public static final String GREETING = "greeting.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private final String notCovered;
    private final String privateDetail;
    private final String closestMatch;
    private final String greeting;

    public ReplyTemplates(String notCovered, String closestMatch, String privateDetail, String greeting) {
        this.notCovered = validated(NOT_COVERED, notCovered, Set.of("topic"), Set.of("first_name", "name"));
        this.closestMatch = validated(CLOSEST_MATCH, closestMatch, Set.of("answer"), Set.of("first_name", "name"));
        this.greeting = validated(GREETING, greeting, Set.of(), Set.of("first_name", "name"));
        this.privateDetail =
                validated(PRIVATE_DETAIL, privateDetail, Set.of("detail", "contact"), Set.of("first_name", "name"));
    }

    public static ReplyTemplates load(Path promptsDir) {
        return new ReplyTemplates(
                read(promptsDir.resolve(NOT_COVERED)),
                read(promptsDir.resolve(CLOSEST_MATCH)),
                read(promptsDir.resolve(PRIVATE_DETAIL)),
                read(promptsDir.resolve(GREETING)));
    }

    public String notCovered(Map<String, String> values) {
        return fill(notCovered, values);
    }

    public String closestMatch(Map<String, String> values) {
        return fill(closestMatch, values);
    }

    public String greeting(Map<String, String> values) {
        return fill(greeting, values);
    }

    public String privateDetail(Map<String, String> values) {
        return fill(privateDetail, values);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new TemplateException("Cannot read the reply template " + file.toAbsolutePath()
                    + " (set PROMPTS_DIR to the folder holding "
                    + String.join(", ", NOT_COVERED, CLOSEST_MATCH, PRIVATE_DETAIL, GREETING) + ")");
        }
    }

    private static String validated(String name, String template, Set<String> required, Set<String> optional) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(m.group(1));
        }
        for (String placeholder : required) {
            if (!found.contains(placeholder)) {
                throw new TemplateException(
                        "The reply template " + name + " must contain the placeholder {{" + placeholder + "}}");
            }
        }
        for (String placeholder : found) {
            if (!required.contains(placeholder) && !optional.contains(placeholder)) {
                throw new TemplateException("The reply template " + name + " has an unknown placeholder {{"
                        + placeholder + "}}; it accepts " + placeholdersOf(required, optional));
            }
        }
        return template;
    }

    private static String placeholdersOf(Set<String> required, Set<String> optional) {
        Set<String> all = new LinkedHashSet<>(required);
        all.addAll(optional);
        return String.join(", ", all.stream().map(p -> "{{" + p + "}}").toList());
    }

    private static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER
                .matcher(template)
                .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }

    /** A reply template is missing or malformed; the message names the file. */
    public static final class TemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TemplateException(String message) {
            super(message);
        }
    }
}
