package dev.profilebot.answer;

import dev.profilebot.answer.SentenceScorer.Candidate;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Words;
import dev.profilebot.profile.facts.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses among scored sentences and writes them as one answer: whole sentences only, within the
 * length limit, each with the neighbours it needs to be understood, grouped by passage and led by
 * their section when they do not name it ("Current Role › Lambda: One is our first agent...").
 */
final class AnswerComposer {

    /** Other sentences join the best one when they score at least this share of its score. */
    static final double KEEP_RATIO = 0.85;
    /** For a question about one role, other sentences about that role join at this share. */
    static final double SAME_ROLE_KEEP_RATIO = 0.7;

    static final int MAX_SENTENCES = 3;
    /** Of a role's sentences, one holding less than this share of the asked words the best holds answers less well. */
    static final double ASKED_KEEP_RATIO = 0.5;
    /** A sentence holding the kind of fact asked for (a number, a date) joins at this share of the best score. */
    static final double ANSWER_TYPE_KEEP_RATIO = 0.6;
    /** A later sentence of the best one's entry holding words of the question it leaves joins at this share. */
    static final double REST_KEEP_RATIO = 0.6;
    /** The share of the question's vocabulary, weighted by rarity, such a sentence must add. */
    static final double REST_SHARE = 0.15;
    /** A sentence this short (a dates line) brings the next one of its passage along. */
    static final int SHORT_SENTENCE = 60;
    /** Section names longer than this make a poor lead-in. */
    static final int MAX_LEAD_LENGTH = 60;
    /** Two sentences sharing this share of words say the same thing. */
    static final double REPEAT_SHARE = 0.8;

    private static final Pattern ANAPHORA =
            Pattern.compile("^(This|These|That|Those|It|Its|They|Their|Such|Both|Which|Together)\\b");
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("(?s).*[.!?;:)\"'”’]$");

    private final int maxChars;

    AnswerComposer(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The best sentence and those that score nearly as well, as many as fit. */
    List<Candidate> choose(List<Candidate> candidates, Candidate best) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (best.aboutSubject() > 0) {
            // of a role's sentences that answer about as well, those written first come first: a
            // résumé leads each job with what matters most; those of the job's own entry before a
            // summary table's row or an FAQ's answer that only names the employer
            // (about as well: holding about as many of the asked words, not only the role's name every sentence of it
            // holds)
            List<Candidate> close = ranked.stream()
                    .filter(c -> c.aboutSubject() > 0
                            && c.score() >= best.score() * KEEP_RATIO
                            && c.asked() >= best.asked() * ASKED_KEEP_RATIO)
                    .sorted(Comparator.comparingInt((Candidate c) -> inItsRolesEntry(c) ? 0 : 1)
                            .thenComparingInt(c -> c.passage().index())
                            .thenComparingInt(c -> c.sentence().position()))
                    .toList();
            ranked.removeAll(close);
            ranked.addAll(0, close);
        }
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            double ratio = best.aboutSubject() > 0 && candidate.aboutSubject() > 0 ? SAME_ROLE_KEEP_RATIO : KEEP_RATIO;
            if (!chosen.isEmpty() && candidate.score() < best.score() * ratio) {
                continue;
            }
            if (chosen.contains(candidate) || repeats(chosen, candidate)) {
                continue;
            }
            List<Candidate> trial = new ArrayList<>(chosen);
            unit(candidates, candidate).stream().filter(c -> !trial.contains(c)).forEach(trial::add);
            if (trial.size() <= MAX_SENTENCES && fits(trial)) {
                chosen = trial;
            } else if (chosen.isEmpty() && fits(List.of(candidate))) {
                chosen = new ArrayList<>(List.of(candidate));
            }
        }
        return withTheKindOfFactAsked(candidates, best, withTheRestAsked(candidates, best, chosen));
    }

    /**
     * "What code coverage did she achieve on the ClaimEase project?": when the chosen sentences leave words of
     * the question that a later sentence of the best one's entry holds ("… increased code coverage from 41% to
     * 78%."), the nearest such sentence joins them, if it answers well enough and there is room.
     */
    private List<Candidate> withTheRestAsked(List<Candidate> candidates, Candidate best, List<Candidate> chosen) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        Set<String> covered =
                chosen.stream().flatMap(c -> c.covered().keySet().stream()).collect(Collectors.toSet());
        Optional<Candidate> rest = candidates.stream()
                .filter(c -> laterInItsEntry(c, best))
                .filter(c -> !chosen.contains(c) && c.score() >= best.score() * REST_KEEP_RATIO)
                .filter(c -> c.covered().entrySet().stream()
                                .filter(term -> !covered.contains(term.getKey()))
                                .mapToDouble(Map.Entry::getValue)
                                .sum()
                        >= REST_SHARE)
                .min(Comparator.comparingInt((Candidate c) -> c.passage().index())
                        .thenComparingInt(c -> c.sentence().position()));
        if (rest.isEmpty() || repeats(chosen, rest.get())) {
            return chosen;
        }
        List<Candidate> trial = new ArrayList<>(chosen);
        trial.add(rest.get());
        return trial.size() <= MAX_SENTENCES && fits(trial) ? trial : chosen;
    }

    /**
     * Whether a sentence comes after another in its passage, or in the next passage of the same section (an entry's
     * bullets split from its heading lines).
     */
    private static boolean laterInItsEntry(Candidate c, Candidate first) {
        Passage passage = c.passage().passage();
        Passage firsts = first.passage().passage();
        return c.passage().index() == first.passage().index()
                        && c.sentence().position() > first.sentence().position()
                || c.passage().index() == first.passage().index() + 1
                        && passage.fileName().equals(firsts.fileName())
                        && passage.sectionPath().equals(firsts.sectionPath());
    }

    /** Whether a sentence stands in the section its role was read from: the job's own entry. */
    private static boolean inItsRolesEntry(Candidate c) {
        List<String> path = c.passage().passage().sectionPath();
        return c.sentence()
                .role()
                .map(dev.profilebot.profile.facts.Role::source)
                .filter(source -> source.fileName().equals(c.passage().passage().fileName()))
                .filter(source -> !source.sectionPath().isEmpty()
                        && path.size() >= source.sectionPath().size()
                        && path.subList(path.size() - source.sectionPath().size(), path.size())
                                .equals(source.sectionPath()))
                .isPresent();
    }

    /**
     * "How much traffic?" wants a number: when none of the chosen sentences holds one, the best
     * sentence that does joins them, if it answers nearly as well and there is room.
     */
    private List<Candidate> withTheKindOfFactAsked(List<Candidate> candidates, Candidate best, List<Candidate> chosen) {
        if (chosen.isEmpty() || chosen.stream().anyMatch(Candidate::hasAnswerType)) {
            return chosen;
        }
        Optional<Candidate> holding = candidates.stream()
                .filter(Candidate::hasAnswerType)
                .filter(c -> c.score() >= best.score() * ANSWER_TYPE_KEEP_RATIO)
                .max(Comparator.comparingDouble(Candidate::score));
        if (holding.isEmpty()) {
            return chosen;
        }
        List<Candidate> trial = new ArrayList<>(chosen);
        trial.add(holding.get());
        if (trial.size() <= MAX_SENTENCES && fits(trial)) {
            return trial;
        }
        // the sentence with the number, rather than the one without it
        return fits(List.of(holding.get())) && chosen.size() == 1 ? List.of(holding.get()) : chosen;
    }

    /**
     * The items of a list the question asks for by its heading ("Which certifications does she
     * hold?" of "## Registrations and certifications"), in the documents' order, as many as fit;
     * the usual choice when that is no more.
     */
    List<Candidate> wholeList(List<Candidate> candidates, Candidate best) {
        List<Candidate> usual = choose(candidates, best);
        List<Candidate> items = new ArrayList<>();
        for (var sentence : best.passage().sentences()) {
            Candidate item = best.withSentence(sentence);
            List<Candidate> trial = new ArrayList<>(items);
            trial.add(item);
            if (!fits(trial)) {
                break;
            }
            items = trial;
        }
        boolean holdsTheBest = items.stream().anyMatch(c -> c.sentence().equals(best.sentence()));
        return holdsTheBest && items.size() > usual.size() ? items : usual;
    }

    /** The best sentence alone, with the neighbours it needs if they fit. */
    List<Candidate> closest(List<Candidate> candidates, Candidate best) {
        List<Candidate> unit = unit(candidates, best);
        return fits(unit) ? unit : choose(List.of(best), best);
    }

    Answer compose(List<Candidate> chosen) {
        // group by passage, the passage of the best sentence first, sentences in reading order
        Map<Integer, List<Candidate>> byPassage = new LinkedHashMap<>();
        chosen.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .forEach(c -> byPassage
                        .computeIfAbsent(c.passage().index(), k -> new ArrayList<>())
                        .add(c));
        List<String> paragraphs = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (List<Candidate> group : byPassage.values()) {
            group.sort(Comparator.comparingInt(c -> c.sentence().position()));
            Passage passage = group.get(0).passage().passage();
            String text = entryHeader(group)
                    + String.join(
                            " ",
                            group.stream()
                                    .map(c -> withFullStop(c.sentence().text()))
                                    .toList());
            String lead = roleLead(group, text, lead(passage));
            paragraphs.add(
                    lead.isEmpty() || mentions(text, lead) ? text : lead + ": " + withoutLeadingLabel(text, passage));
            double relevance =
                    group.stream().mapToDouble(Candidate::relevance).max().orElse(0);
            sources.add(new Source(passage.fileName(), passage.section(), Math.round(relevance * 1000) / 1000.0));
        }
        return new Answer(String.join("\n", paragraphs), sources, Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0);
    }

    /**
     * A sentence with the neighbours it needs to be understood: the one before when it starts by
     * referring back ("This made the code..."), the one after when it is only a short line (a role's
     * dates) or when the next one refers back to it; for a question (an FAQ's), the answer after it.
     */
    /** Sentences of an FAQ's answer shown after its question matched: "Yes." and what it says. */
    private static final int FAQ_ANSWER_SENTENCES = 2;

    private static List<Candidate> unit(List<Candidate> candidates, Candidate sentence) {
        List<Candidate> unit = new ArrayList<>();
        if (sentence.sentence().text().strip().endsWith("?")) {
            // an FAQ's question matches best, and the answer is what follows it ("Yes. I'm happy to …")
            sentence.passage().sentences().stream()
                    .filter(s -> s.position() > sentence.sentence().position())
                    .takeWhile(s -> !s.text().strip().endsWith("?"))
                    .limit(FAQ_ANSWER_SENTENCES)
                    .forEach(s -> unit.add(sentence.withSentence(s)));
            if (!unit.isEmpty()) {
                return unit;
            }
        }
        if (ANAPHORA.matcher(sentence.sentence().text()).find()) {
            neighbour(candidates, sentence, -1).ifPresent(unit::add);
        }
        unit.add(sentence);
        Optional<Candidate> next = neighbour(candidates, sentence, 1);
        if (next.isPresent()
                && !next.get().sentence().text().strip().endsWith("?")
                && (sentence.sentence().text().length() < SHORT_SENTENCE
                        || ANAPHORA.matcher(next.get().sentence().text()).find())) {
            unit.add(next.get());
        }
        return unit;
    }

    private static Optional<Candidate> neighbour(List<Candidate> candidates, Candidate sentence, int offset) {
        return candidates.stream().filter(c -> c.isNextTo(sentence, offset)).findFirst();
    }

    private boolean fits(List<Candidate> sentences) {
        return compose(sentences).text().length() <= maxChars;
    }

    private static boolean repeats(List<Candidate> chosen, Candidate candidate) {
        var words = Words.of(candidate.sentence().text());
        return chosen.stream()
                .anyMatch(c -> Words.containment(words, Words.of(c.sentence().text())) >= REPEAT_SHARE);
    }

    /** Outline items often end without a full stop; joined to the next sentence they need one. */
    private static String withFullStop(String sentence) {
        return ENDS_A_SENTENCE.matcher(sentence).matches() ? sentence : sentence + ".";
    }

    /** The section that introduces a passage's sentences: its last one or two short section names. */
    private static String lead(Passage passage) {
        List<String> path = passage.sectionPath();
        int last = path.size() - 1;
        if (last >= 1
                && dev.profilebot.profile.facts.DateRanges.isOnlyADateOrRange(path.get(last))
                && path.get(last - 1).length() <= 2 * MAX_LEAD_LENGTH
                && !path.get(last - 1).endsWith("…")) {
            // "SEPTEMBER 2011 - MAY 2012" under "University College Cork — Professional Diploma in Education (PDE)":
            // the entry the dates belong to, with them
            return path.get(last - 1) + " (" + path.get(last).strip() + ")";
        }
        List<String> usable = new ArrayList<>();
        for (int i = Math.max(0, path.size() - 2); i < path.size(); i++) {
            String name = path.get(i);
            if (name.length() <= MAX_LEAD_LENGTH && !name.endsWith("…")) {
                usable.add(name);
            }
        }
        return String.join(" › ", usable);
    }

    /**
     * The role the sentences are about, when they do not name it themselves: "Experience" over a
     * list of jobs, or a heading "Clifton Hosting Ltd — Linux Engineer (Jan 2011 – 2017)", reads
     * "At Clifton Hosting Ltd (Linux Engineer, 2011–2017)".
     */
    private static String roleLead(List<Candidate> group, String text, String sectionLead) {
        Optional<Role> role = group.get(0).sentence().role();
        if (role.isEmpty()
                || role.get().organization().isEmpty()
                || group.stream().anyMatch(c -> !c.sentence().role().equals(role))
                || mentions(text, role.get().organization())) {
            return sectionLead;
        }
        Role r = role.get();
        return "At " + r.organization() + " (" + (r.title().isEmpty() ? "" : r.title() + ", ")
                + r.dates().years() + ")";
    }

    /** How far into an entry a sentence may stand and still need the entry's dated first line. */
    static final int NEAR_THE_HEADER = 2;

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    /**
     * The dated first line of an entry that is no role on the timeline, for sentences just below it that
     * do not say it: "Lothian Digital Inclusion Network · Mar 2017 – Dec 2021." before "Volunteer
     * Usability Mentor (unpaid) · Edinburgh. Ran monthly drop-in sessions …". A role's sentences are led
     * by the role instead; a list of talks, one year each, has no such line.
     */
    private static String entryHeader(List<Candidate> group) {
        Candidate first = group.get(0);
        if (group.stream().anyMatch(c -> c.sentence().role().isPresent())
                || first.sentence().position() == 0
                || first.sentence().position() > NEAR_THE_HEADER
                || first.passage().sentences().isEmpty()) {
            return "";
        }
        String header = first.passage().sentences().get(0).text().strip();
        boolean dated = header.length() <= SHORT_SENTENCE
                && dev.profilebot.profile.facts.DateRanges.firstRange(header).isPresent();
        boolean undated =
                group.stream().noneMatch(c -> YEAR.matcher(c.sentence().text()).find());
        return dated && undated ? withFullStop(header) + " " : "";
    }

    /** Whether the text already names the lead's last section ("Lambda's public cloud ..."). */
    private static boolean mentions(String text, String lead) {
        String last = lead.substring(lead.lastIndexOf('›') + 1).strip();
        return text.toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT));
    }

    /** "Skills used: Redis" under the lead "Engineer › Skills used" reads "Engineer › Skills used: Redis". */
    private static String withoutLeadingLabel(String text, Passage passage) {
        List<String> path = passage.sectionPath();
        String last = path.isEmpty() ? "" : path.get(path.size() - 1);
        return !last.isEmpty() && text.startsWith(last + ": ") ? text.substring(last.length() + 2) : text;
    }
}
