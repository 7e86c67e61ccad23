package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.answer.Answer;
import dev.profilebot.answer.Question;
import dev.profilebot.answer.SuggestedQuestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;

/** A chat in the terminal: a question a line, an answer with its sources; ends at end of input or /quit. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat in the terminal.")
final class ChatCommand implements Callable<Integer> {

    private static final Set<String> QUIT = Set.of("/quit", "/exit", "quit", "exit");
    /** The terminal is one conversation: follow-ups refer to what was asked before. */
    static final String CONVERSATION = "terminal";

    private final Startup startup;
    private final InputStream in;
    private final PrintStream out;

    ChatCommand(Startup startup, InputStream in, PrintStream out) {
        this.startup = startup;
        this.in = in;
        this.out = out;
    }

    /** Prints a model's answer as it is written, then its sources; any other answer at once. */
    private void chat(Application application, String question) {
        AtomicBoolean streamed = new AtomicBoolean();
        Answer answer = application
                .answers()
                .answer(Question.in(CONVERSATION, question).by(Question.Asker.TERMINAL), Optional.of(piece -> {
                    streamed.set(true);
                    out.print(piece);
                    out.flush();
                }));
        if (!streamed.get()) {
            AnswerPrinter.printText(out, answer);
        } else if (answer.mode() == Answer.Mode.FALLBACK) {
            out.println(); // the model stopped part-way: the printer says so before the offline answer
            AnswerPrinter.printText(out, answer);
        } else {
            out.println();
            AnswerPrinter.printSources(out, answer);
        }
        out.println();
    }

    @Override
    public Integer call() {
        Application application = startup.application();
        application.keepQuestionLog();
        String name = application.index().profile().contact().name();
        boolean interactive = System.console() != null;
        out.println("Ask me about " + name + "'s profile. End with Ctrl-D or /quit.");
        String offer = SuggestedQuestions.offer(application.answers().suggestedQuestions());
        if (!offer.isEmpty()) {
            out.println(offer);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = reader.readLine();
                if (line == null || QUIT.contains(line.strip().toLowerCase(java.util.Locale.ROOT))) {
                    break;
                }
                if (!line.isBlank()) {
                    chat(application, line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from the terminal failed", e);
        } finally {
            application.closeQuestionLog();
        }
        return 0;
    }
}
