package dev.profilebot.answer;

import dev.profilebot.profile.Passage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The owner's own answers: the sections of a Markdown document whose headings are questions ("##
 * Is he open to relocation?"). A question that asks the same — sharing a word with the heading once
 * stemmed, and close to it in meaning ("Would he be willing to relocate?") — gets the section's text
 * as the owner wrote it, with its
 * source, before anything is extracted; a model is given it as authoritative. Availability, work
 * authorisation, relocation and salary policy are what owners put there.
 */
public final class OwnerAnswers {

    /** From this embedding similarity a question asks what a heading asks, when they share a word. */
    static final double SIMILAR = 0.83;

    /** A heading that asks something: a question word first, three words or more, a question mark last. */
    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile(
            "(?i)(is|are|was|were|does|do|did|can|could|would|will|should|has|have|what|when|where|why|how|who"
                    + "|which)\\b\\S*(\\s+\\S+){2,}\\s*\\?");

    /** One owner-written answer. */
    public record Entry(String question, String answer, Source source, float[] vector, Set<String> terms) {
        public Entry {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            terms = Set.copyOf(terms);
        }
    }

    /** No owner answers: a profile without such a document. */
    public static final OwnerAnswers NONE = new OwnerAnswers(List.of(), text -> new float[0], text -> List.of());

    private final List<Entry> entries;
    private final Function<String, float[]> embed;
    private final Function<String, List<String>> terms;

    private OwnerAnswers(List<Entry> entries, Function<String, float[]> embed, Function<String, List<String>> terms) {
        this.entries = List.copyOf(entries);
        this.embed = embed;
        this.terms = terms;
    }

    /**
     * The owner answers among a profile's passages: every section of a Markdown document whose own
     * heading ends with a question mark.
     *
     * @param embed a question's vector, normalised to length 1 (the retrieval's query embedding)
     * @param terms a text's analysed terms (stemmed, without stop words)
     * @param nameTerms the person's name's terms: "Jonathan" in two questions makes them no closer
     */
    public static OwnerAnswers from(
            List<Passage> passages,
            Function<String, float[]> embed,
            Function<String, List<String>> terms,
            Set<String> nameTerms) {
        Map<List<Object>, List<Passage>> sections = new LinkedHashMap<>();
        for (Passage passage : passages) {
            List<String> path = passage.sectionPath();
            if (isMarkdown(passage.fileName()) && !path.isEmpty() && isQuestion(path.get(path.size() - 1))) {
                sections.computeIfAbsent(List.of(passage.fileName(), path), k -> new ArrayList<>())
                        .add(passage);
            }
        }
        if (sections.isEmpty()) {
            return NONE;
        }
        Function<String, List<String>> meaningful = text -> {
            List<String> found = new ArrayList<>(terms.apply(text));
            found.removeAll(nameTerms);
            return found;
        };
        List<Entry> entries = new ArrayList<>();
        for (List<Passage> section : sections.values()) {
            Passage first = section.get(0);
            String heading =
                    first.sectionPath().get(first.sectionPath().size() - 1).strip();
            String text = String.join(
                    " ",
                    section.stream()
                            .flatMap(p -> p.sentences().stream())
                            .map(String::strip)
                            .distinct()
                            .toList());
            if (text.isBlank()) {
                continue;
            }
            entries.add(new Entry(
                    heading,
                    text,
                    new Source(first.fileName(), first.section(), 1.0),
                    embed.apply(heading),
                    new HashSet<>(meaningful.apply(heading))));
        }
        return new OwnerAnswers(entries, embed, meaningful);
    }

    /** The owner's answer to this question, if they wrote one. */
    public Optional<Entry> match(String question) {
        if (entries.isEmpty() || question.isBlank()) {
            return Optional.empty();
        }
        Set<String> asked = new HashSet<>(terms.apply(question));
        List<Entry> sharing = entries.stream()
                .filter(entry -> asked.stream().anyMatch(entry.terms()::contains))
                .toList();
        if (sharing.isEmpty()) {
            return Optional.empty(); // no embedding needed: most questions stop here
        }
        float[] vector = embed.apply(question);
        Entry best = null;
        double bestScore = 0;
        for (Entry entry : sharing) {
            double similarity = cosine(vector, entry.vector());
            if (similarity >= SIMILAR && similarity > bestScore) {
                best = entry;
                bestScore = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The owner's answer as the offline reply: their text as written, with its source. */
    public Optional<Answer> answer(String question) {
        return match(question)
                .map(entry -> new Answer(
                        entry.answer(), List.of(entry.source()), Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0));
    }

    /** How many answers the owner wrote. */
    public int size() {
        return entries.size();
    }

    private static boolean isMarkdown(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean isQuestion(String heading) {
        return QUESTION.matcher(heading.strip()).matches();
    }

    /** The embeddings' cosine (LangChain4j's, as the sentence scorer uses); 0 for a missing vector. */
    private static double cosine(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        return dev.langchain4j.store.embedding.CosineSimilarity.between(
                dev.langchain4j.data.embedding.Embedding.from(a), dev.langchain4j.data.embedding.Embedding.from(b));
    }
}
