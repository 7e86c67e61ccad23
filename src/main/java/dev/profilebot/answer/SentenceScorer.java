package dev.profilebot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.profilebot.answer.timeline.TimelineAnswerer;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.retrieval.IndexedSentence;
import dev.profilebot.retrieval.Retrieval;
import dev.profilebot.retrieval.RetrievedPassage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores every sentence of the retrieved passages as an answer to the question: its embedding's
 * cosine similarity to the question, plus the share of the question's vocabulary (weighted by
 * rarity) found in the sentence or its section, plus small preferences for higher-ranked passages,
 * shorter sentences and sentences holding the kind of fact asked for (a number, a date).
 */
final class SentenceScorer {

    private static final Logger log = LoggerFactory.getLogger(SentenceScorer.class);

    /** Weight of the question's vocabulary covered by a sentence, beside its cosine similarity. */
    static final double COVERAGE_WEIGHT = 0.5;
    /** A small preference for sentences of higher-ranked passages. */
    static final double RANK_WEIGHT = 0.05;
    /** Bonus for a sentence holding the kind of fact the question asks for (a number, a date). */
    static final double ANSWER_TYPE_WEIGHT = 0.1;
    /** Long sentences cover more words by chance: each reference length of text costs this much. */
    static final double LENGTH_PENALTY = 0.1;

    static final double REFERENCE_LENGTH = 600;
    /** Relevance blends cosine similarity and coverage; this is the cosine's share. */
    static final double RELEVANCE_COSINE_SHARE = 0.7;
    /**
     * For a question about one role: a sentence about that role gains this much, a sentence about
     * another role loses it.
     */
    static final double SUBJECT_WEIGHT = 0.15;
    /** Sentences with fewer analysed terms (a bare name, an address line) are not answers. */
    static final int MIN_CONTENT_TERMS = 3;

    /** A sentence considered for the answer, with its scores. */
    record Candidate(
            RetrievedPassage passage,
            int rank,
            IndexedSentence sentence,
            double cosine,
            double coverage,
            double asked,
            boolean hasAnswerType,
            int aboutSubject,
            Map<String, Double> covered) {

        /**
         * A candidate whose coverage is the share of the question's vocabulary it covers, term by term; of that, the
         * share the asked words hold, not the words a follow-up's search added to name its role.
         */
        Candidate(
                RetrievedPassage passage,
                int rank,
                IndexedSentence sentence,
                double cosine,
                boolean hasAnswerType,
                int aboutSubject,
                Map<String, Double> covered,
                Set<String> subjectTerms) {
            this(
                    passage,
                    rank,
                    sentence,
                    cosine,
                    covered.values().stream().mapToDouble(Double::doubleValue).sum(),
                    covered.entrySet().stream()
                            .filter(term -> !subjectTerms.contains(term.getKey()))
                            .mapToDouble(Map.Entry::getValue)
                            .sum(),
                    hasAnswerType,
                    aboutSubject,
                    Map.copyOf(covered));
        }

        /** The same scores for another sentence of the passage (an item of its list, an FAQ's answer). */
        Candidate withSentence(IndexedSentence other) {
            return new Candidate(passage, rank, other, cosine, coverage, asked, hasAnswerType, aboutSubject, covered);
        }

        /** How well the sentence matches the question, 0 to 1: decides whether to answer at all. */
        double relevance() {
            return RELEVANCE_COSINE_SHARE * cosine + (1 - RELEVANCE_COSINE_SHARE) * coverage;
        }

        /**
         * How good an answer the sentence is: decides which sentences to show (by the asked words it covers: every
         * sentence of the role a follow-up points at holds the role's name).
         */
        double score() {
            return cosine
                    + COVERAGE_WEIGHT * asked
                    + RANK_WEIGHT / (1 + rank)
                    + (hasAnswerType ? ANSWER_TYPE_WEIGHT : 0)
                    + SUBJECT_WEIGHT * aboutSubject
                    - LENGTH_PENALTY * sentence.text().length() / REFERENCE_LENGTH;
        }

        boolean isNextTo(Candidate other, int offset) {
            return passage.index() == other.passage.index()
                    && sentence.position() == other.sentence.position() + offset;
        }
    }

    /** Referees and references, as CVs spell them ("Refrences", "Referances" among them). */
    static final String REFERENCES = "referees?|ref+e?r[ae]nces?";

    /** "References available on request.", "Referees on request": a CV's closing formula. */
    private static final Pattern ON_REQUEST =
            Pattern.compile("(?i)^\\W*(references|referees)\\s+(are\\s+)?(available\\s+)?(up)?on\\s+request\\W*$");

    /** A section of referees: "References", "Referees", "Professional References". */
    private static final Pattern REFEREES_SECTION =
            Pattern.compile("(?i)\\W*((professional|character|work) )?(" + REFERENCES + ")\\W*");

    /**
     * A person named in a question: a capitalised word with its "'s" ("Marcus Eldridge's title"), or after "who is",
     * "about" or an honorific ("Who is Alicia Brennan?", "Dr Kerr"); not a title's words ("a Nurse Unit Manager").
     */
    private static final Pattern NAME_ASKED = Pattern.compile(
            "(\\p{Lu}\\p{Ll}{2,})(?=['’]s\\b)|(?i:who is|who's|about|dr\\.?|mr\\.?|mrs\\.?|ms\\.?|prof\\.?)\\s+"
                    + "(?:\\p{Lu}\\p{Ll}+\\s+)?(\\p{Lu}\\p{Ll}{2,})");

    private static final Pattern REFEREES_ASKED = Pattern.compile("(?i)\\b(" + REFERENCES + ")\\b");

    static List<Candidate> score(Retrieval retrieval) {
        Map<String, Double> weights = retrieval.termWeights();
        double total =
                weights.values().stream().mapToDouble(Double::doubleValue).sum();
        AnswerType type = AnswerType.of(retrieval.question());
        Embedding query = Embedding.from(retrieval.queryVector());
        boolean titleNamed = namesSubjectTitle(retrieval);
        boolean refereesNotAsked = !REFEREES_ASKED.matcher(retrieval.question()).find();
        List<String> namesAsked = NAME_ASKED
                .matcher(retrieval.question().strip())
                .results()
                .map(m -> m.group(1) != null ? m.group(1) : m.group(2))
                .toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < retrieval.passages().size(); rank++) {
            RetrievedPassage passage = retrieval.passages().get(rank);
            boolean refereesAside = refereesNotAsked
                    && passage.passage().sectionPath().stream()
                            .anyMatch(h -> REFEREES_SECTION.matcher(h).matches())
                    // "What is Marcus Eldridge's title?": a referee asked about by name
                    && namesAsked.stream()
                            .noneMatch(name -> passage.sentences().stream()
                                    .anyMatch(other -> other.text().contains(name)));
            Set<String> section = passage.sectionTerms();
            for (IndexedSentence sentence : passage.sentences()) {
                if (sentence.terms().size() < MIN_CONTENT_TERMS
                        || sentence.text().strip().split("\\s+").length < 2) {
                    continue; // a bare name, an address line or a link's one word says nothing by itself
                }
                if (ON_REQUEST.matcher(sentence.text()).find() && refereesNotAsked) {
                    continue; // "References available on request." answers only a question about references
                }
                if (refereesAside) {
                    continue; // "District Judge, Northern District of Illinois": a referee's post, not the person's
                }
                if (retrieval.subject().isPresent() && sentence.heading() && type != AnswerType.TIME) {
                    continue; // "Senior SRE, Harbourline, 2025 – present" says nothing of the work there
                }
                Map<String, Double> covered = new HashMap<>();
                for (Map.Entry<String, Double> term : weights.entrySet()) {
                    String t = term.getKey();
                    // a sentence about a role is about its organization and title, named or not
                    if (retrieval.holds(sentence.terms(), t)
                            || section.contains(t)
                            || sentence.roleTerms().contains(t)) {
                        covered.put(t, total == 0 ? 0 : term.getValue() / total);
                    }
                }
                candidates.add(new Candidate(
                        passage,
                        rank,
                        sentence,
                        CosineSimilarity.between(query, Embedding.from(sentence.vector())),
                        type.isAnsweredBy(sentence.text()),
                        aboutSubject(retrieval, sentence, titleNamed),
                        covered,
                        retrieval.subjectTerms()));
            }
        }
        if (log.isTraceEnabled()) {
            candidates.stream()
                    .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                    .limit(8)
                    .forEach(c -> log.trace(
                            "{} cos={} cov={} p={} s={} {} | {}",
                            format(c.score()),
                            format(c.cosine()),
                            format(c.coverage()),
                            c.passage().index(),
                            c.sentence().position(),
                            c.covered(),
                            c.sentence().text()));
        }
        return candidates;
    }

    /** 1 for a sentence about the role the question is about, -1 for one about another role, else 0. */
    /**
     * Whether the asked words name the subject's title ("as a Financial Analyst at Halvergate"), or ask
     * about the job held now.
     */
    private static boolean namesSubjectTitle(Retrieval retrieval) {
        if (retrieval.subject().filter(Role::current).isPresent()
                && TimelineAnswerer.asksAboutNow(retrieval.checkedText())) {
            return true; // "How many people does he manage right now?": in the job he has now, not the one before it
        }
        String title =
                retrieval.subject().map(r -> r.title().toLowerCase(Locale.ROOT)).orElse("");
        return !title.isEmpty()
                && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(title) + "(?![\\p{L}])")
                        .matcher(retrieval.checkedText().toLowerCase(Locale.ROOT))
                        .find();
    }

    private static int aboutSubject(Retrieval retrieval, IndexedSentence sentence, boolean titleNamed) {
        if (retrieval.subject().isEmpty() || sentence.role().isEmpty()) {
            return 0;
        }
        Role subject = retrieval.subject().get();
        if (!sentence.role().get().samePlaceAs(subject)) {
            return -1;
        }
        String question = retrieval.question().toLowerCase(Locale.ROOT);
        if (titleNamed && !sentence.role().get().title().equalsIgnoreCase(subject.title())) {
            return 0; // "as a Financial Analyst at Halvergate": not what she did there as Senior Financial Analyst
        }
        // of an entry of several employers ("Able.ag, Made.com: contracts"), the sentences naming the one asked about
        List<String> asked = Arrays.stream(sentence.role().get().organization().split(",\\s*"))
                .map(part -> part.strip().toLowerCase(Locale.ROOT))
                .filter(part -> !part.isEmpty() && question.contains(part))
                .toList();
        String text = sentence.text().toLowerCase(Locale.ROOT);
        return asked.size() == 1 && sentence.role().get().organization().contains(",") && !text.contains(asked.get(0))
                ? 0
                : 1;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
