package dev.profilebot.answer;

import dev.profilebot.llm.AnswerModel;
import dev.profilebot.llm.ModelPrompt;
import dev.profilebot.retrieval.Retrieval;
import dev.profilebot.retrieval.RetrievedPassage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns retrieved passages into a natural answer with the configured model: the passages go in
 * numbered, with the recent conversation and the question, through the prompts of the prompts
 * folder; the answer's sources are the passages it cites as [1], [2].
 */
public final class LlmAnswerer {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
    /** A remembered answer is cut to this length in the history sent to the model. */
    static final int HISTORY_ANSWER_CHARS = 400;

    private final AnswerModel model;
    private final PromptTemplates prompts;
    private final String profileName;

    public LlmAnswerer(AnswerModel model, PromptTemplates prompts, String profileName) {
        this.model = model;
        this.prompts = prompts;
        this.profileName = profileName;
    }

    public String describe() {
        return model.describe();
    }

    /**
     * @param partial receives pieces of the answer as the model writes them, when present
     * @throws RuntimeException whatever the model call threw; the caller falls back
     */
    public Answer answer(
            String question,
            Retrieval retrieval,
            List<ConversationMemory.Turn> history,
            Optional<Consumer<String>> partial) {
        return answer(question, "(none)", retrieval, history, partial);
    }

    /**
     * @param profileCard the structured profile in a few lines (name, pronouns, headline,
     *     timeline), so the model answers "where did she work in 2015?" as the offline answerer does
     */
    public Answer answer(
            String question,
            String profileCard,
            Retrieval retrieval,
            List<ConversationMemory.Turn> history,
            Optional<Consumer<String>> partial) {
        return answer(question, profileCard, retrieval, history, partial, Optional.empty());
    }

    /**
     * @param authoritative the owner's own answer to this question, given to the model first and
     *     as the answer to rely on
     */
    public Answer answer(
            String question,
            String profileCard,
            Retrieval retrieval,
            List<ConversationMemory.Turn> history,
            Optional<Consumer<String>> partial,
            Optional<OwnerAnswers.Entry> authoritative) {
        List<ContextItem> context = new ArrayList<>();
        authoritative.ifPresent(owned -> context.add(new ContextItem(
                owned.source().label() + " (the owner's own answer to this question: authoritative, give it as"
                        + " written)",
                owned.answer(),
                owned.source())));
        for (RetrievedPassage passage : retrieval.passages()) {
            double score = Math.round(Math.max(0, passage.cosine()) * 1000) / 1000.0;
            context.add(new ContextItem(
                    passage.passage().source(),
                    passage.passage().text(),
                    new Source(passage.passage().fileName(), passage.passage().section(), score)));
        }
        ModelPrompt prompt = new ModelPrompt(
                prompts.system(profileName),
                prompts.answer(profileName, profileCard, numbered(context), history(history), question));
        String text = partial.isPresent() ? model.stream(prompt, partial.get()) : model.complete(prompt);
        List<Source> cited = cited(text, context);
        Answer.Outcome outcome = cited.isEmpty() ? Answer.Outcome.NOT_COVERED : Answer.Outcome.ANSWERED;
        return new Answer(text, cited, Answer.Mode.LLM, outcome, 0);
    }

    /** One numbered item of the context: how it is labelled, its text, and the source it stands for. */
    private record ContextItem(String label, String text, Source source) {}

    private static String numbered(List<ContextItem> items) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            numbered.add("[" + (i + 1) + "] " + items.get(i).label() + "\n"
                    + items.get(i).text());
        }
        return numbered.isEmpty() ? "(no passages found)" : String.join("\n\n", numbered);
    }

    private static String history(List<ConversationMemory.Turn> history) {
        if (history.isEmpty()) {
            return "(none)";
        }
        List<String> lines = new ArrayList<>();
        for (ConversationMemory.Turn turn : history) {
            String answer = turn.answer().length() > HISTORY_ANSWER_CHARS
                    ? turn.answer().substring(0, HISTORY_ANSWER_CHARS) + "…"
                    : turn.answer();
            lines.add("Asker: " + turn.question());
            lines.add("You: " + answer);
        }
        return String.join("\n", lines);
    }

    /** The passages the answer cites, in the order first cited; numbers out of range are ignored. */
    private static List<Source> cited(String text, List<ContextItem> items) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= items.size()) {
                numbers.add(n);
            }
        }
        List<Source> sources = new ArrayList<>();
        for (int n : numbers) {
            sources.add(items.get(n - 1).source());
        }
        return sources;
    }
}
