package dev.profilebot;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.profilebot.answer.AnswerCache;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.ContactAnswerer;
import dev.profilebot.answer.ConversationMemory;
import dev.profilebot.answer.IntentDetector;
import dev.profilebot.answer.LlmAnswerer;
import dev.profilebot.answer.OfflineAnswerer;
import dev.profilebot.answer.PersonAnswerer;
import dev.profilebot.answer.PrivacyGuard;
import dev.profilebot.answer.PromptTemplates;
import dev.profilebot.answer.ReplyTemplates;
import dev.profilebot.config.BotConfig;
import dev.profilebot.llm.AnswerModels;
import dev.profilebot.llm.ResilientAnswerModel;
import dev.profilebot.llm.RetryPolicy;
import dev.profilebot.profile.PassageDeduplicator;
import dev.profilebot.profile.PassageSplitter;
import dev.profilebot.profile.PrivateDetailRedactor;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.ProfileIngestion;
import dev.profilebot.profile.ProfileLoader;
import dev.profilebot.retrieval.EmbeddingCacheFile;
import dev.profilebot.retrieval.HybridRetriever;
import dev.profilebot.retrieval.ProfileAnalyzer;
import dev.profilebot.retrieval.ProfileIndex;
import dev.profilebot.retrieval.ProfileIndexBuilder;
import dev.profilebot.retrieval.QueryEmbedder;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the whole object graph from the config with {@code new}, in the
 * order data flows — documents, passages, index, retrieval, answers. Nothing else wires objects.
 */
public final class Application {

    private static final Logger log = LoggerFactory.getLogger(Application.class);
    static final String EMBEDDING_MODEL_ID = "all-minilm-l6-v2-q";
    /** Longest passage, in characters. */
    static final int PASSAGE_MAX_CHARS = 700;
    /** Passages of two documents sharing this share of words are one fact stated twice. */
    static final double DUPLICATE_WORD_SHARE = 0.8;

    private final BotConfig config;
    private final ProfileIndex index;
    private final EmbeddingModel embeddingModel;
    private final ReplyTemplates templates;
    private final PrivateDetailRedactor redactor;
    private final Optional<LlmAnswerer> model;
    private final AnswerService answers;
    private final long startupMillis;
    private final long indexMillis;

    private Application(
            BotConfig config,
            ProfileIndex index,
            EmbeddingModel embeddingModel,
            ReplyTemplates templates,
            PrivateDetailRedactor redactor,
            Optional<LlmAnswerer> model,
            long startupMillis,
            long indexMillis) {
        this.config = config;
        this.index = index;
        this.embeddingModel = embeddingModel;
        this.templates = templates;
        this.redactor = redactor;
        this.model = model;
        this.startupMillis = startupMillis;
        this.indexMillis = indexMillis;
        this.answers = newAnswerService(config.answerCacheSize(), config.embeddingCacheSize());
    }

    public static Application start(BotConfig config) {
        long start = System.nanoTime();
        ReplyTemplates templates = ReplyTemplates.load(config.promptsDir());
        Optional<PromptTemplates> prompts =
                config.llm().enabled() ? Optional.of(PromptTemplates.load(config.promptsDir())) : Optional.empty();
        // loading the model takes about a second: overlap it with reading the documents
        CompletableFuture<EmbeddingModel> loading =
                CompletableFuture.supplyAsync(AllMiniLmL6V2QuantizedEmbeddingModel::new);
        PrivateDetailRedactor redactor = new PrivateDetailRedactor(config.disclosedPrivateDetails());
        Profile profile = new ProfileIngestion(
                        new ProfileLoader(config.maxFileKb() * 1024L),
                        redactor,
                        new PassageSplitter(PASSAGE_MAX_CHARS),
                        new PassageDeduplicator(DUPLICATE_WORD_SHARE),
                        config.profileName())
                .ingest(config.profileDataDir());
        EmbeddingModel embeddingModel = join(loading);
        long indexStart = System.nanoTime();
        ProfileIndex index = new ProfileIndexBuilder(
                        embeddingModel,
                        config.indexCacheDir().map(dir -> new EmbeddingCacheFile(dir, EMBEDDING_MODEL_ID)),
                        new ProfileAnalyzer())
                .build(profile);
        Optional<LlmAnswerer> model = AnswerModels.create(config.llm())
                .map(m -> new ResilientAnswerModel(m, RetryPolicy.of(config.llm())))
                .map(m -> new LlmAnswerer(
                        m, prompts.orElseThrow(), profile.contact().name()));
        model.ifPresent(m -> log.info("Answering with {}", m.describe()));
        long now = System.nanoTime();
        Application application = new Application(
                config,
                index,
                embeddingModel,
                templates,
                redactor,
                model,
                (now - start) / 1_000_000,
                (now - indexStart) / 1_000_000);
        log.info(
                "Ready in {} ms: {} passages about {}",
                application.startupMillis,
                index.passages().size(),
                profile.contact().name());
        return application;
    }

    /** A new answer service over this index, with caches of the given sizes (0 turns one off). */
    public AnswerService newAnswerService(long answerCacheSize, long embeddingCacheSize) {
        return newAnswerService(answerCacheSize, embeddingCacheSize, model);
    }

    /** As {@link #newAnswerService(long, long)}, answering with the given model (or offline). */
    public AnswerService newAnswerService(long answerCacheSize, long embeddingCacheSize, Optional<LlmAnswerer> model) {
        Profile profile = index.profile();
        HybridRetriever retriever = new HybridRetriever(
                index,
                new QueryEmbedder(embeddingModel, embeddingCacheSize, Ticker.systemTicker()),
                config.retrievalTopK());
        AnswerService.Parts parts = new AnswerService.Parts(
                retriever,
                new OfflineAnswerer(
                        index,
                        templates,
                        profile.contact(),
                        config.answerMaxChars(),
                        config.minRelevance(),
                        config.confidentRelevance()),
                model,
                new ContactAnswerer(profile.contact(), templates),
                new PersonAnswerer(profile, templates, config.answerMaxChars()),
                new IntentDetector(profile.contact().name()),
                new PrivacyGuard(redactor, profile.withheld(), config.disclosedPrivateDetails()));
        return new AnswerService(
                parts,
                new AnswerCache(answerCacheSize, config.answerCacheTtl(), Ticker.systemTicker()),
                new ConversationMemory(config.conversation(), Ticker.systemTicker()),
                profile.contentHash(),
                config.disclosedPrivateDetails());
    }

    private static EmbeddingModel join(CompletableFuture<EmbeddingModel> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The embedding model could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    public BotConfig config() {
        return config;
    }

    public ProfileIndex index() {
        return index;
    }

    /** The answer service with the caches the config asks for. */
    public AnswerService answers() {
        return answers;
    }

    /** From the start of {@link #start} to ready. */
    public long startupMillis() {
        return startupMillis;
    }

    /** Embedding the passages and building the lexical index. */
    public long indexMillis() {
        return indexMillis;
    }
}
