package dev.profilebot;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.profilebot.answer.AnswerCache;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.ContactAnswerer;
import dev.profilebot.answer.OfflineAnswerer;
import dev.profilebot.answer.PrivacyGuard;
import dev.profilebot.answer.ReplyTemplates;
import dev.profilebot.config.BotConfig;
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
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the whole object graph from the config with {@code new}, in the
 * order data flows — documents, passages, index, retrieval, answers. Nothing else wires objects.
 */
public final class Application {

    private static final Logger log = LoggerFactory.getLogger(Application.class);
    static final String EMBEDDING_MODEL_ID = "all-minilm-l6-v2-q";
    /** Longest passage; near-duplicates share this share of words. */
    static final int PASSAGE_MAX_CHARS = 700;

    static final double DUPLICATE_WORD_SHARE = 0.8;

    private final BotConfig config;
    private final ProfileIndex index;
    private final AnswerService answers;
    private final long startupMillis;

    private Application(BotConfig config, ProfileIndex index, AnswerService answers, long startupMillis) {
        this.config = config;
        this.index = index;
        this.answers = answers;
        this.startupMillis = startupMillis;
    }

    public static Application start(BotConfig config) {
        long start = System.nanoTime();
        ReplyTemplates templates = ReplyTemplates.load(config.promptsDir());
        // loading the model takes about a second: overlap it with reading the documents
        CompletableFuture<EmbeddingModel> model =
                CompletableFuture.supplyAsync(AllMiniLmL6V2QuantizedEmbeddingModel::new);
        PrivateDetailRedactor redactor = new PrivateDetailRedactor(config.disclosedPrivateDetails());
        Profile profile = new ProfileIngestion(
                        new ProfileLoader(config.maxFileKb() * 1024L),
                        redactor,
                        new PassageSplitter(PASSAGE_MAX_CHARS),
                        new PassageDeduplicator(DUPLICATE_WORD_SHARE),
                        config.profileName())
                .ingest(config.profileDataDir());
        EmbeddingModel embeddingModel = model.join();
        ProfileIndex index = new ProfileIndexBuilder(
                        embeddingModel,
                        config.indexCacheDir().map(dir -> new EmbeddingCacheFile(dir, EMBEDDING_MODEL_ID)),
                        new ProfileAnalyzer())
                .build(profile);
        HybridRetriever retriever = new HybridRetriever(
                index,
                new QueryEmbedder(embeddingModel, config.embeddingCacheSize(), Ticker.systemTicker()),
                config.retrievalTopK());
        AnswerService answers = new AnswerService(
                retriever,
                new OfflineAnswerer(
                        index,
                        templates,
                        profile.contact(),
                        config.answerMaxChars(),
                        config.minRelevance(),
                        config.confidentRelevance()),
                new ContactAnswerer(profile.contact(), templates),
                new PrivacyGuard(redactor, profile.withheld(), config.disclosedPrivateDetails()),
                new AnswerCache(config.answerCacheSize(), config.answerCacheTtl(), Ticker.systemTicker()),
                profile.contentHash(),
                profile.contact(),
                config.disclosedPrivateDetails());
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info(
                "Ready in {} ms: {} passages about {}",
                millis,
                index.passages().size(),
                profile.contact().name());
        return new Application(config, index, answers, millis);
    }

    public BotConfig config() {
        return config;
    }

    public ProfileIndex index() {
        return index;
    }

    public AnswerService answers() {
        return answers;
    }

    public long startupMillis() {
        return startupMillis;
    }
}
