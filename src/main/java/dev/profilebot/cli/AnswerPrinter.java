package dev.profilebot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilebot.answer.Answer;
import dev.profilebot.answer.Source;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Writes answers for people (text, then sources) or for scripts (one JSON object a line). */
final class AnswerPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerPrinter() {}

    static final String FALLBACK_NOTE = "(The model is unavailable; this answer comes straight from the profile.)";

    static void printText(PrintStream out, Answer answer) {
        if (answer.mode() == Answer.Mode.FALLBACK) {
            out.println(FALLBACK_NOTE);
        }
        out.println(answer.text());
        printSources(out, answer);
    }

    static void printSources(PrintStream out, Answer answer) {
        if (!answer.sources().isEmpty()) {
            out.println("Sources: "
                    + String.join(
                            "; ", answer.sources().stream().map(Source::label).toList()));
        }
        out.flush();
    }

    /** {"question", "answer", "sources": [{"file", "section", "score"}], "mode", "millis"} on one line. */
    /** One line {"error": "..."} for an input line that could not be read. */
    static void printError(PrintStream out, String problem) {
        ObjectNode node = JSON.createObjectNode();
        node.put("error", problem);
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of strings always serialises", e);
        }
        out.flush();
    }

    static void printJson(PrintStream out, String question, Answer answer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", question);
        node.put("answer", answer.text());
        ArrayNode sources = node.putArray("sources");
        for (Source source : answer.sources()) {
            sources.addObject()
                    .put("file", source.file())
                    .put("section", source.section())
                    .put("score", source.score());
        }
        node.put("mode", answer.mode().jsonName());
        node.put("millis", answer.millis());
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of strings and numbers always serialises", e);
        }
        out.flush();
    }
}
