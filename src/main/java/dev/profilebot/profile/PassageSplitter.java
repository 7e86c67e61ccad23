package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts documents into passages along their structure: each block (paragraph, list, table row) is
 * a passage; a block too long for one is cut between sentences; a very short block (a dates line)
 * joins the next one of the same section. A passage never spans two sections.
 */
public final class PassageSplitter {

    private final int maxChars;
    private final int shortChars;

    public PassageSplitter(int maxChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("maxChars must be at least 100, got " + maxChars);
        }
        this.maxChars = maxChars;
        this.shortChars = maxChars / 3;
    }

    public List<Passage> split(ProfileDocument document) {
        List<Passage> passages = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> pendingPath = List.of();
        // the rest of a block cut in two is no short line of its own: the next block does not join it
        boolean pendingIsARest = false;
        for (Block block : document.blocks()) {
            List<String> sentences = SentenceSplitter.split(block.text());
            if (sentences.isEmpty()) {
                continue;
            }
            // a short passage (a dates line) takes the first sentences of the next block of its section
            boolean joinsPending = block.sectionPath().equals(pendingPath)
                    && length(pending) < shortChars
                    && !pendingIsARest
                    && !startsAnotherEntry(pending, sentences.get(0));
            if (!pending.isEmpty() && !joinsPending) {
                add(document, pendingPath, pending, passages);
                pending = new ArrayList<>();
            }
            pendingPath = block.sectionPath();
            pendingIsARest = false;
            for (String sentence : sentences) {
                if (!pending.isEmpty() && length(pending) + 1 + sentence.length() > maxChars) {
                    add(document, pendingPath, pending, passages);
                    pending = new ArrayList<>();
                    pendingIsARest = true;
                }
                pending.add(sentence);
            }
        }
        if (!pending.isEmpty()) {
            add(document, pendingPath, pending, passages);
        }
        return passages;
    }

    /**
     * Whether a dated line begins an entry of its own after one that had its dates and more ("2008 – 2012 ·
     * PhD …", "Thesis: …", "Supervisor: …", then "2004 – 2008 · MChem …"): its grade on the next line is its own.
     */
    private boolean startsAnotherEntry(List<String> pending, String first) {
        // "PGCE Secondary History with QTS, University of Leeds (2011 – 2012)": short, but an entry whole
        return (length(pending) >= shortChars / 2 || wordsBesidesDates(pending) >= 4)
                && dated(first)
                && pending.stream().anyMatch(PassageSplitter::dated);
    }

    private static long wordsBesidesDates(List<String> sentences) {
        String text = String.join(" ", sentences);
        String undated = dev.profilebot.profile.facts.DateRanges.firstRange(text)
                .map(f -> text.substring(0, f.start()) + " " + text.substring(f.end()))
                .orElse(text);
        return java.util.Arrays.stream(undated.split("\\s+"))
                .filter(w -> w.chars().anyMatch(Character::isLetter))
                .count();
    }

    private static boolean dated(String sentence) {
        return dev.profilebot.profile.facts.DateRanges.firstRange(sentence).isPresent();
    }

    private static void add(ProfileDocument document, List<String> path, List<String> sentences, List<Passage> out) {
        String id = document.fileName() + "#" + (out.size() + 1);
        out.add(new Passage(id, document.fileName(), path, sentences, List.of()));
    }

    private static int length(List<String> sentences) {
        return sentences.stream().mapToInt(s -> s.length() + 1).sum();
    }
}
