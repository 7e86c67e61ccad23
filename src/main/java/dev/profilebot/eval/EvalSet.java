package dev.profilebot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a question set: one JSON object a line with id, kind, question, must, must_not and conversation. */
public final class EvalSet {

    static final Set<String> KINDS = Set.of("fact", "contact", "pii", "unanswerable");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalSet() {}

    public static List<EvalCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                cases.add(parse(lines.get(i), file, i + 1));
            }
        }
        return cases;
    }

    private static EvalCase parse(String line, Path file, int lineNumber) {
        try {
            JsonNode node = JSON.readTree(line);
            String kind = text(node, "kind", file, lineNumber);
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(
                        file + " line " + lineNumber + ": kind must be one of " + KINDS + ", got " + kind);
            }
            List<List<String>> must = new ArrayList<>();
            JsonNode groups = node.path("must");
            if (!isListOfGroups(groups)) {
                throw new IllegalArgumentException(
                        file + " line " + lineNumber
                                + ": \"must\" must be a list of groups, each a list of strings, as [[\"acme\", \"acme corp\"]]");
            }
            for (JsonNode group : groups) {
                List<String> options = new ArrayList<>();
                group.forEach(option -> options.add(option.asText()));
                must.add(options);
            }
            List<String> mustNot = new ArrayList<>();
            node.path("must_not").forEach(s -> mustNot.add(s.asText()));
            JsonNode conversation = node.get("conversation");
            return new EvalCase(
                    text(node, "id", file, lineNumber),
                    kind,
                    text(node, "question", file, lineNumber),
                    must,
                    mustNot,
                    optionalText(conversation),
                    optionalText(node.get("topic")));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    file + " line " + lineNumber + " is not a JSON object: " + e.getOriginalMessage());
        }
    }

    /** No "must", or groups each of one string or more; a flat list of strings would be groups of nothing. */
    private static boolean isListOfGroups(JsonNode must) {
        if (must.isMissingNode()) {
            return true;
        }
        if (!must.isArray()) {
            return false;
        }
        for (JsonNode group : must) {
            if (!group.isArray() || group.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Optional<String> optionalText(JsonNode value) {
        return value == null || value.isNull() ? java.util.Optional.empty() : java.util.Optional.of(value.asText());
    }

    private static String text(JsonNode node, String field, Path file, int lineNumber) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(file + " line " + lineNumber + " needs a text field \"" + field + "\"");
        }
        return value.asText();
    }
}
