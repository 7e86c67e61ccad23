package dev.profilebot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.Application;
import dev.profilebot.answer.Answer;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.Question;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask "question"} answers one question; with no question it answers each line of standard
 * input in order: a plain line is a question on its own, a line that is a JSON object
 * {@code {"question": ..., "conversation": ...}} a question within that conversation. {@code --json}
 * writes one JSON object a line and nothing else on standard output: the interface scripts rely on.
 */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = {
            "Answers a question, or each line of standard input when no question is given.",
            "A line may be a JSON object {\"question\": ..., \"conversation\": \"id\"}: lines of one conversation share it.",
            "With --json, writes one JSON object a line: question, answer, sources, mode, millis."
        })
final class AskCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "the question (several words are joined)")
    List<String> words = new ArrayList<>();

    @Option(names = "--json", description = "one JSON object a line, for scripts")
    boolean json;

    @Option(names = "--log", description = "record the questions in the question log (off by default for ask)")
    boolean keepLog;

    private final Startup startup;
    private final InputStream in;
    private final PrintStream out;

    AskCommand(Startup startup, InputStream in, PrintStream out) {
        this.startup = startup;
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() {
        Application application = startup.application();
        if (keepLog) {
            application.keepQuestionLog();
        }
        try {
            return answerAll(application.answers());
        } finally {
            application.closeQuestionLog();
        }
    }

    private int answerAll(AnswerService answers) {
        if (!words.isEmpty()) {
            answer(answers, String.join(" ", words));
            return 0;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.strip().startsWith("{")) {
                    answerObject(answers, line.strip(), number);
                } else {
                    answer(answers, line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading questions from standard input failed", e);
        }
        return 0;
    }

    /**
     * A line that is a JSON object, {@code {"question": "...", "conversation": "id"}}: lines of one
     * conversation share its memory, in order. A malformed line gets a line saying what is wrong.
     */
    private void answerObject(AnswerService answers, String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            node = null;
        }
        JsonNode question = node == null ? null : node.get("question");
        if (node == null
                || !node.isObject()
                || question == null
                || !question.isTextual()
                || question.asText().isBlank()) {
            String problem = "line " + number + " is not a JSON object with a \"question\" text";
            if (json) {
                AnswerPrinter.printError(out, problem);
            } else {
                out.println(problem);
            }
            return;
        }
        JsonNode conversation = node.get("conversation");
        Question asked = conversation == null
                        || conversation.isNull()
                        || conversation.asText().isBlank()
                ? Question.standalone(question.asText().strip())
                : Question.in("ask:" + conversation.asText(), question.asText().strip());
        Answer answer = answers.answer(asked);
        if (json) {
            AnswerPrinter.printJson(out, asked.text(), answer);
        } else {
            AnswerPrinter.printText(out, answer);
        }
    }

    private void answer(AnswerService answers, String question) {
        Answer answer = answers.answer(question);
        if (json) {
            AnswerPrinter.printJson(out, question, answer);
        } else {
            AnswerPrinter.printText(out, answer);
        }
    }
}
