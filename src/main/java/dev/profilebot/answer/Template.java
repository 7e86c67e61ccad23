package dev.profilebot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{placeholders}}}, read from the prompts folder and checked when it is loaded:
 * every required placeholder present, no unknown one. Filling it takes values literally.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private final String name;
    private final String text;

    /**
     * @param name the file name, for error messages
     * @throws TemplateException when a required placeholder is missing or an unknown one is present
     */
    public Template(String name, String text, Set<String> required, Set<String> optional) {
        this.name = name;
        this.text = text.strip();
        Set<String> found = placeholders(this.text);
        for (String placeholder : required) {
            if (!found.contains(placeholder)) {
                throw new TemplateException(
                        "The template " + name + " must contain the placeholder {{" + placeholder + "}}");
            }
        }
        for (String placeholder : found) {
            if (!required.contains(placeholder) && !optional.contains(placeholder)) {
                Set<String> accepted = new LinkedHashSet<>(required);
                accepted.addAll(optional);
                throw new TemplateException("The template " + name + " has an unknown placeholder {{" + placeholder
                        + "}}; it accepts "
                        + String.join(
                                ", ",
                                accepted.stream().map(p -> "{{" + p + "}}").toList()));
            }
        }
    }

    /** Reads {@code folder/name}; a missing or unreadable file is an error naming it. */
    public static Template load(Path folder, String name, Set<String> required, Set<String> optional) {
        return load(folder, true, name, required, optional);
    }

    /**
     * Reads {@code folder/name}, or the copy built into the jar when the file is not there — unless
     * the folder was named on purpose (PROMPTS_DIR) and does not exist, which is an error naming it.
     *
     * @param folderNamed whether the owner named the folder, rather than it being the default
     */
    public static Template load(
            Path folder, boolean folderNamed, String name, Set<String> required, Set<String> optional) {
        Path file = folder.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return new Template(name, Files.readString(file, StandardCharsets.UTF_8), required, optional);
            }
            if (!folderNamed || Files.isDirectory(folder)) {
                Optional<String> builtIn = builtIn(name);
                if (builtIn.isPresent()) {
                    return new Template(name, builtIn.get(), required, optional);
                }
            }
        } catch (IOException e) {
            // reported below, with the file's name
        }
        throw new TemplateException("Cannot read the template " + file.toAbsolutePath()
                + " (PROMPTS_DIR names the folder of the prompts and replies)");
    }

    /** The default prompt of that name, as the jar holds it. */
    private static Optional<String> builtIn(String name) throws IOException {
        try (InputStream in = Template.class.getResourceAsStream("/prompts/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public String name() {
        return name;
    }

    /** The text with each placeholder replaced by its value (missing values by nothing). */
    public String fill(Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** A template is missing or malformed; the message names the file. */
    public static final class TemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TemplateException(String message) {
            super(message);
        }
    }
}
