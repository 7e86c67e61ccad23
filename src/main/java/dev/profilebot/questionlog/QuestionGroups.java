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
 * embedding is close to the group's most asked wording.
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
                if (cosine(group.vector, vectors.get(i)) >= minSimilarity) {
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

    private static String normal(String question) {
        return question.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static double cosine(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static final class Group {
        final List<String> members = new ArrayList<>();
        final List<String> variants = new ArrayList<>();
        final float[] vector;

        Group(List<String> wording, float[] vector) {
            this.members.addAll(wording);
            this.variants.add(wording.get(0));
            this.vector = vector;
        }
    }
}
