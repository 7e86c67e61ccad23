package dev.profilebot.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.facts.EntryAttribution;
import dev.profilebot.profile.facts.RoleAttribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link ProfileIndex} of a profile: embeds every passage and sentence (reusing the
 * on-disk cache when there is one), fills the embedding store, and indexes passages in Lucene.
 */
public final class ProfileIndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(ProfileIndexBuilder.class);

    /** How many of the nearest section names are embedded with each sentence. */
    static final int SENTENCE_CONTEXT = 2;

    private final EmbeddingModel model;
    private final Optional<EmbeddingCacheFile> cache;
    private final ProfileAnalyzer analyzer;

    public ProfileIndexBuilder(EmbeddingModel model, Optional<EmbeddingCacheFile> cache, ProfileAnalyzer analyzer) {
        this.model = model;
        this.cache = cache;
        this.analyzer = analyzer;
    }

    public ProfileIndex build(Profile profile) {
        return build(profile, Map.of());
    }

    /** Builds the index of a changed profile, reusing the vectors of the previous index for unchanged text. */
    public ProfileIndex build(Profile profile, ProfileIndex previous) {
        return build(profile, previous.vectorsByText());
    }

    private ProfileIndex build(Profile profile, Map<String, float[]> known) {
        long start = System.nanoTime();
        List<Passage> passages = profile.passages();
        List<String> passageTexts = new ArrayList<>();
        List<List<String>> sentenceTexts = new ArrayList<>();
        for (Passage passage : passages) {
            passageTexts.add(IndexText.of(passage.section(), passage.text()));
            // a sentence is embedded with its nearest sections, which say what it is about
            List<String> path = passage.sectionPath();
            String context = String.join(" › ", path.subList(Math.max(0, path.size() - SENTENCE_CONTEXT), path.size()));
            sentenceTexts.add(passage.sentences().stream()
                    .map(s -> IndexText.of(context, s))
                    .toList());
        }
        Set<String> allTexts = new LinkedHashSet<>(passageTexts);
        sentenceTexts.forEach(allTexts::addAll);
        Map<String, float[]> vectors = embed(allTexts, known);

        List<List<RoleAttribution.Attributed>> roles =
                RoleAttribution.of(passages, profile.facts().roles());
        List<List<Optional<String>>> entries =
                EntryAttribution.of(passages, profile.facts().education());
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<List<IndexedSentence>> sentences = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (int p = 0; p < passages.size(); p++) {
            store.add(
                    Embedding.from(vectors.get(passageTexts.get(p))),
                    TextSegment.from(passageTexts.get(p), new Metadata().put(ProfileIndex.PASSAGE_KEY, p)));
            List<IndexedSentence> ofPassage = new ArrayList<>();
            List<String> texts = sentenceTexts.get(p);
            for (int s = 0; s < texts.size(); s++) {
                float[] vector = vectors.get(texts.get(s));
                Metadata metadata =
                        new Metadata().put(ProfileIndex.PASSAGE_KEY, p).put(ProfileIndex.SENTENCE_KEY, s);
                store.add(Embedding.from(vector), TextSegment.from(texts.get(s), metadata));
                String sentence = passages.get(p).sentences().get(s);
                RoleAttribution.Attributed attributed = roles.get(p).get(s);
                Optional<String> entry = entries.get(p).get(s);
                // "Supervisor: Prof. Malachy Durcan" is about the PhD of the line above it, "Won first place out of
                // 42 teams" about the hackathon
                Set<String> roleTerms = attributed
                        .role()
                        .map(r -> r.organization() + " " + r.title())
                        .or(() -> entry)
                        .map(words -> Set.copyOf(analyzer.terms(words)))
                        .orElse(Set.of());
                ofPassage.add(new IndexedSentence(
                        p, s, sentence, vector, Set.copyOf(analyzer.terms(texts.get(s))), attributed, roleTerms));
            }
            sentences.add(ofPassage);
            analyzer.terms(passageTexts.get(p)).forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        ByteBuffersDirectory directory = lexicalIndex(passages, passageTexts);
        ProfileIndex index =
                new ProfileIndex(profile, sentences, store, directory, analyzer, documentFrequency, vectors);
        log.info(
                "Index ready: {} passages, {} sentences in {} ms",
                passages.size(),
                index.sentenceCount(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    private Map<String, float[]> embed(Set<String> texts, Map<String, float[]> known) {
        Map<String, float[]> cached = cache.map(EmbeddingCacheFile::read).orElse(Map.of());
        Map<String, float[]> vectors = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            float[] vector = known.get(text);
            if (vector == null && cache.isPresent()) {
                vector = cached.get(cache.get().key(text));
            }
            if (vector != null && vector.length == model.dimension()) {
                vectors.put(text, vector);
            } else {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.stream().map(TextSegment::from).toList();
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), embeddings.get(i).vector());
            }
        }
        log.info("Embeddings: {} computed, {} reused", missing.size(), texts.size() - missing.size());
        cache.ifPresent(file -> {
            if (!missing.isEmpty() || cached.size() != texts.size()) {
                Map<String, float[]> byKey = new HashMap<>();
                vectors.forEach((text, vector) -> byKey.put(file.key(text), vector));
                file.write(byKey);
            }
        });
        return vectors;
    }

    private ByteBuffersDirectory lexicalIndex(List<Passage> passages, List<String> passageTexts) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int p = 0; p < passages.size(); p++) {
                Document document = new Document();
                document.add(new StoredField(ProfileIndex.FIELD_ID, p));
                document.add(new TextField(ProfileIndex.FIELD_TEXT, passageTexts.get(p), Field.Store.NO));
                document.add(new TextField(
                        ProfileIndex.FIELD_SECTION, passages.get(p).section(), Field.Store.NO));
                writer.addDocument(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory index cannot fail", e);
        }
        return directory;
    }
}
