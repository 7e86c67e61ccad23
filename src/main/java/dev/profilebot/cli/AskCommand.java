package dev.profilebot.cli;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.AnswerService;
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
 * input in order. {@code --json} writes one JSON object a line and nothing else on standard
 * output: the interface scripts rely on.
 */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = {
            "Answers a question, or each line of standard input when no question is given.",
            "With --json, writes one JSON object a line: question, answer, sources, mode, millis."
        })
final class AskCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "the question (several words are joined)")
    List<String> words = new ArrayList<>();

    @Option(names = "--json", description = "one JSON object a line, for scripts")
    boolean json;

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
        AnswerService answers = startup.application().answers();
        if (!words.isEmpty()) {
            answer(answers, String.join(" ", words));
            return 0;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    answer(answers, line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading questions from standard input failed", e);
        }
        return 0;
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
