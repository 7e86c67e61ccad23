package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges passages that state the same thing in different documents (a résumé as text and as
 * Markdown), so one fact does not take two retrieval slots. Two passages are near-duplicates when
 * almost all the words of the shorter one are in the other; the richer one (more distinct words,
 * such as link addresses) is kept and records the other document in {@link Passage#alsoIn()}.
 */
public final class PassageDeduplicator {

    private static final int MIN_WORDS = 4;

    private final double threshold;

    /** @param threshold share of the smaller passage's words found in the other, 0 to 1 */
    public PassageDeduplicator(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    public List<Passage> deduplicate(List<Passage> passages) {
        List<Set<String>> words = passages.stream().map(p -> Words.of(p.text())).toList();
        List<Passage> kept = new ArrayList<>(passages);
        boolean[] removed = new boolean[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            for (int j = i + 1; j < passages.size() && !removed[i]; j++) {
                if (removed[j]
                        || passages.get(i).fileName().equals(passages.get(j).fileName())) {
                    continue;
                }
                if (containment(words.get(i), words.get(j)) >= threshold) {
                    boolean keepI = words.get(i).size() >= words.get(j).size();
                    int keep = keepI ? i : j;
                    int drop = keepI ? j : i;
                    removed[drop] = true;
                    Set<String> alsoIn = new LinkedHashSet<>(kept.get(keep).alsoIn());
                    alsoIn.add(passages.get(drop).fileName());
                    alsoIn.addAll(kept.get(drop).alsoIn());
                    alsoIn.remove(passages.get(keep).fileName());
                    kept.set(keep, kept.get(keep).withAlsoIn(List.copyOf(alsoIn)));
                }
            }
        }
        List<Passage> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (!removed[i]) {
                result.add(kept.get(i));
            }
        }
        return result;
    }

    private static double containment(Set<String> a, Set<String> b) {
        // too few words to tell a duplicate from a coincidence
        return Math.min(a.size(), b.size()) < MIN_WORDS ? 0 : Words.containment(a, b);
    }
}
