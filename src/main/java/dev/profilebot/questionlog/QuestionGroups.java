package dev.profilebot.questionlog;

import dev.profilebot.questionlog.QuestionReport.QuestionGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups questions that ask the same thing in other words ("Is he willing to relocate?", "Would he
 * relocate?"), so the owner sees each gap in the documents once, with how often it was asked.
 * Wordings that differ only in case and punctuation are one; others join a group when their
 * embedding is close to the group's most asked wording and they name the same things: "Does he speak
 * Welsh?" and "Does he speak Spanish?" embed close, but are two gaps.
 */
public final class QuestionGroups {

    private final Function<List<String>, List<float[]>> embed;
    private final double minSimilarity;

    /**
     * @param embed the vectors of texts, in order, normalised to length 1
     * @param minSimilarity the cosine similarity from which two wordings are one question
     */
    public QuestionGroups(Function<List<String>, List<float[]>> embed, double minSimilarity) {
        this.embed = embed;
        this.minSimilarity = minSimilarity;
    }

    /** Groups that only merge wordings equal but for case and punctuation: no embedding model. */
    public static QuestionGroups byWording() {
        return new QuestionGroups(texts -> texts.stream().map(t -> new float[0]).toList(), 2);
    }

    /** The groups, most asked first. */
    public List<QuestionGroup> group(List<String> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> sameWords = new LinkedHashMap<>();
        for (String question : questions) {
            sameWords.computeIfAbsent(normal(question), k -> new ArrayList<>()).add(question);
        }
        List<List<String>> wordings = new ArrayList<>(sameWords.values());
        wordings.sort((a, b) -> Integer.compare(b.size(), a.size()));
        List<float[]> vectors = minSimilarity > 1
                ? wordings.stream().map(w -> new float[0]).toList()
                : embed.apply(wordings.stream().map(w -> w.get(0)).toList());
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < wordings.size(); i++) {
            Group home = null;
            for (Group group : groups) {
                if (cosine(group.vector, vectors.get(i)) >= minSimilarity
                        && sameNames(group.names, names(wordings.get(i).get(0)))) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                groups.add(new Group(wordings.get(i), vectors.get(i)));
            } else {
                home.members.addAll(wordings.get(i));
                home.variants.add(wordings.get(i).get(0));
            }
        }
        return groups.stream()
                .sorted((a, b) -> Integer.compare(b.members.size(), a.members.size()))
                .map(g -> new QuestionGroup(g.variants.get(0), g.members.size(), g.variants))
                .toList();
    }

    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}\\p{N}+#.-]*|\\b\\p{N}[\\p{L}\\p{N}]*");

    /** Capitalised words after the first, and numbers: what a question names. */
    static java.util.Set<String> names(String question) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher m = NAME.matcher(question.strip());
        while (m.find()) {
            names.add(m.group().replaceAll("[.?!,]+$", "").toLowerCase(Locale.ROOT));
        }
        names.removeAll(java.util.Set.of("i", "he", "she", "they", "his", "her", "their", ""));
        return names;
    }

    /** Two wordings name the same things when either names nothing or they share a name. */
    private static boolean sameNames(java.util.Set<String> a, java.util.Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private static String normal(String question) {
        return question.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The embeddings' cosine (LangChain4j's, as the sentence scorer uses); 0 for a missing vector. */
    private static double cosine(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        return dev.langchain4j.store.embedding.CosineSimilarity.between(
                dev.langchain4j.data.embedding.Embedding.from(a), dev.langchain4j.data.embedding.Embedding.from(b));
    }

    private static final class Group {
        final List<String> members = new ArrayList<>();
        final List<String> variants = new ArrayList<>();
        final float[] vector;
        final java.util.Set<String> names;

        Group(List<String> wording, float[] vector) {
            this.names = names(wording.get(0));
            this.members.addAll(wording);
            this.variants.add(wording.get(0));
            this.vector = vector;
        }
    }
}
