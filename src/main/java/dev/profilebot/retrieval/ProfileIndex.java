package dev.profilebot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The searchable profile, built at startup by {@link ProfileIndexBuilder} and read-only after:
 * passage and sentence embeddings in LangChain4j's {@link InMemoryEmbeddingStore}, and a Lucene
 * in-memory index of the passages for lexical (BM25) search. Safe for concurrent readers.
 */
public final class ProfileIndex {

    static final String PASSAGE_KEY = "passage";
    static final String SENTENCE_KEY = "sentence";
    static final String FIELD_TEXT = "text";
    static final String FIELD_SECTION = "section";
    static final String FIELD_ID = "passage";
    private static final float SECTION_BOOST = 1.5f;
    private static final Pattern SURFACE_WORD = Pattern.compile("\\p{L}[\\p{L}'-]*\\p{L}");
    private static final int MIN_FUZZY_LENGTH = 6;
    private static final int MAX_QUERY_TERMS = 200;

    private final Profile profile;
    private final List<List<IndexedSentence>> sentences;
    private final InMemoryEmbeddingStore<TextSegment> store;
    private final IndexSearcher searcher;
    private final ProfileAnalyzer analyzer;
    private final Map<String, Integer> documentFrequency;
    private final List<Set<String>> sectionTerms;
    private final Map<String, Integer> surfaceWords;
    private final Map<String, float[]> vectorsByText;
    private final Acronyms acronyms;

    ProfileIndex(
            Profile profile,
            List<List<IndexedSentence>> sentences,
            InMemoryEmbeddingStore<TextSegment> store,
            Directory directory,
            ProfileAnalyzer analyzer,
            Map<String, Integer> documentFrequency,
            Map<String, float[]> vectorsByText) {
        this.profile = profile;
        this.vectorsByText = Map.copyOf(vectorsByText);
        this.sentences = List.copyOf(sentences);
        this.store = store;
        this.analyzer = analyzer;
        this.documentFrequency = Map.copyOf(documentFrequency);
        Map<String, Integer> words = new HashMap<>();
        for (Passage passage : profile.passages()) {
            Matcher word = SURFACE_WORD.matcher(passage.section() + " " + passage.text());
            while (word.find()) {
                words.merge(word.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        this.surfaceWords = Map.copyOf(words);
        this.acronyms = Acronyms.of(profile.passages().stream()
                .flatMap(p -> java.util.stream.Stream.concat(p.sectionPath().stream(), p.sentences().stream()))
                .toList());
        this.sectionTerms = profile.passages().stream()
                .map(p -> Set.copyOf(analyzer.terms(p.section())))
                .toList();
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("opening an in-memory index cannot fail", e);
        }
    }

    /** A passage's position in {@link #passages()} with a score. */
    public record Hit(int passage, double score) {}

    public Profile profile() {
        return profile;
    }

    public List<Passage> passages() {
        return profile.passages();
    }

    public int sentenceCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }

    public List<IndexedSentence> sentences(int passage) {
        return sentences.get(passage);
    }

    /** Every text embedded for this index with its vector: a reload reuses them. */
    Map<String, float[]> vectorsByText() {
        return vectorsByText;
    }

    public ProfileAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * Passages by cosine similarity to the query, best first. A passage scores as its best match:
     * the passage as a whole or one of its sentences.
     */
    public List<Hit> vectorSearch(Embedding query) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(query)
                .maxResults(Math.max(1, passages().size() + sentenceCount()))
                .minScore(0.0)
                .build();
        Map<Integer, Double> best = new HashMap<>();
        for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
            int passage = match.embedded().metadata().getInteger(PASSAGE_KEY);
            double cosine = 2 * match.score() - 1; // the store reports (cosine + 1) / 2
            best.merge(passage, cosine, Math::max);
        }
        return sorted(best);
    }

    /** Passages by BM25 over their text and (boosted) section path, best first; only passages that match. */
    public List<Hit> lexicalSearch(List<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // two clauses a term, well under Lucene's limit of 1024 clauses, however long the question
        for (String term : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
            query.add(new TermQuery(new Term(FIELD_TEXT, term)), BooleanClause.Occur.SHOULD);
            query.add(
                    new BoostQuery(new TermQuery(new Term(FIELD_SECTION, term)), SECTION_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] docs =
                    searcher.search(query.build(), Math.max(1, passages().size())).scoreDocs;
            StoredFields fields = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                int passage = fields.document(doc.doc)
                        .getField(FIELD_ID)
                        .numericValue()
                        .intValue();
                hits.add(new Hit(passage, doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching an in-memory index cannot fail", e);
        }
    }

    /** Inverse document frequency of an analysed term over the passages; highest for unseen terms. */
    public double idf(String term) {
        int n = passages().size();
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Whether any passage contains this analysed term. */
    public boolean knows(String term) {
        return documentFrequency.containsKey(term);
    }

    /**
     * The question with each longer word the profile does not use replaced by the profile's word one
     * edit away, if there is one: "Ordnance" reads "Ordinance", "Kubernets" reads "Kubernetes",
     * "favourite" reads "favorite". Short words are left alone: one edit turns them into others.
     */
    public String correctSpelling(String text) {
        Matcher word = SURFACE_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            String replacement = word.group();
            if (lower.length() >= MIN_FUZZY_LENGTH && !surfaceWords.containsKey(lower)) {
                // a typo seldom changes the first letter
                CharacterRunAutomaton oneEdit =
                        new CharacterRunAutomaton(new LevenshteinAutomata(lower, true).toAutomaton(1));
                replacement = surfaceWords.keySet().stream()
                        .filter(known -> known.charAt(0) == lower.charAt(0) && oneEdit.run(known))
                        .max(Comparator.comparingInt((String known) -> surfaceWords.get(known))
                                .thenComparing(Comparator.reverseOrder()))
                        .orElse(word.group());
            }
            word.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        word.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a word of six letters or more is part of a longer word of the documents: "management" of a German
     * "Projektmanagement-Fachmann", "Management" said inside a compound.
     */
    boolean writesWithinAWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() >= MIN_FUZZY_LENGTH
                && surfaceWords.keySet().stream().anyMatch(w -> w.length() > lower.length() && w.contains(lower));
    }

    /** Whether the documents name a US state by its two letters after a town ("Lafayette, LA"). */
    boolean writesStateCode(String code) {
        return acronyms.writesAfterATown(code);
    }

    /** Whether the documents write a hyphenated phrase, with its hyphens or with spaces ("final-year"). */
    boolean writes(String compound) {
        String lower = compound.toLowerCase(Locale.ROOT);
        return acronyms.writes(lower) || acronyms.writes(lower.replace('-', ' '));
    }

    /** The acronyms the documents use and the names they stand for. */
    Acronyms acronyms() {
        return acronyms;
    }

    /** The analysed terms of a passage's section path. */
    public Set<String> sectionTerms(int passage) {
        return sectionTerms.get(passage);
    }

    private static List<Hit> sorted(Map<Integer, Double> scores) {
        List<Hit> hits = new ArrayList<>();
        scores.forEach((passage, score) -> hits.add(new Hit(passage, score)));
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits;
    }
}
