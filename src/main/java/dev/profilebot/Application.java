package dev.profilebot;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.profilebot.answer.AnswerCache;
import dev.profilebot.answer.AnswerLog;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.ContactAnswerer;
import dev.profilebot.answer.ConversationMemory;
import dev.profilebot.answer.IntentDetector;
import dev.profilebot.answer.LlmAnswerer;
import dev.profilebot.answer.OfflineAnswerer;
import dev.profilebot.answer.OwnerAnswers;
import dev.profilebot.answer.PersonAnswerer;
import dev.profilebot.answer.PromptTemplates;
import dev.profilebot.answer.ReplyTemplates;
import dev.profilebot.answer.SuggestedQuestions;
import dev.profilebot.answer.timeline.TimelineAnswerer;
import dev.profilebot.config.BotConfig;
import dev.profilebot.config.EmbeddingChoice;
import dev.profilebot.llm.AnswerModels;
import dev.profilebot.llm.GatedAnswerModel;
import dev.profilebot.match.JobFit;
import dev.profilebot.privacy.PrivacyGuard;
import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.PassageDeduplicator;
import dev.profilebot.profile.PassageSplitter;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.ProfileIngestion;
import dev.profilebot.profile.ProfileLoader;
import dev.profilebot.profile.facts.StructuredProfileReader;
import dev.profilebot.questionlog.QuestionGroups;
import dev.profilebot.questionlog.QuestionLog;
import dev.profilebot.retrieval.EmbeddingCacheFile;
import dev.profilebot.retrieval.HybridRetriever;
import dev.profilebot.retrieval.InProcessEmbeddingModel;
import dev.profilebot.retrieval.ProfileAnalyzer;
import dev.profilebot.retrieval.ProfileIndex;
import dev.profilebot.retrieval.ProfileIndexBuilder;
import dev.profilebot.retrieval.QueryEmbedder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the whole object graph from the config with {@code new}, in the
 * order data flows — documents, passages, index, retrieval, answers. Nothing else wires objects.
 * It also holds the current index, which {@link #reload} replaces atomically.
 */
public final class Application {

    private static final Logger log = LoggerFactory.getLogger(Application.class);
    /** Longest passage, in characters. */
    static final int PASSAGE_MAX_CHARS = 700;
    /** Passages of two documents sharing this share of words are one fact stated twice. */
    static final double DUPLICATE_WORD_SHARE = 0.8;
    /** Two questions a report shows as one when their embeddings are this close. */
    static final double QUESTION_GROUP_SIMILARITY = 0.8;

    private final BotConfig config;
    private final ProfileIngestion ingestion;
    private final ProfileIndexBuilder indexBuilder;
    private final EmbeddingModel embeddingModel;
    private final ReplyTemplates templates;
    private final PrivateDetailRedactor redactor;
    private final Optional<LlmAnswerer> model;
    private final Optional<JobFit.Summarizer> summarizer;
    private final MeterRegistry metrics;
    private final Counter reloadsDone;
    private final Counter reloadsFailed;
    private final long startupMillis;
    private final long indexMillis;
    private final AnswerService answers;
    private volatile ProfileIndex index;
    private volatile long lastReloadEpochSeconds;
    private volatile Optional<QuestionLog> questionLog = Optional.empty();

    private Application(Builder parts, ProfileIndex index, long startupMillis, long indexMillis) {
        this.config = parts.config;
        this.ingestion = parts.ingestion;
        this.indexBuilder = parts.indexBuilder;
        this.embeddingModel = parts.embeddingModel;
        this.templates = parts.templates;
        this.redactor = parts.redactor;
        this.model = parts.model;
        this.summarizer = parts.summarizer;
        this.metrics = parts.metrics;
        this.index = index;
        this.startupMillis = startupMillis;
        this.indexMillis = indexMillis;
        this.lastReloadEpochSeconds = System.currentTimeMillis() / 1000;
        this.reloadsDone = metrics.counter("profilebot.index.reloads", "outcome", "done");
        this.reloadsFailed = metrics.counter("profilebot.index.reloads", "outcome", "failed");
        Gauge.builder(
                        "profilebot.index.passages",
                        this,
                        app -> app.index.passages().size())
                .description("Passages in the current index")
                .register(metrics);
        Gauge.builder("profilebot.index.last.reload", this, app -> app.lastReloadEpochSeconds)
                .description("When the current index was built, in seconds since the epoch")
                .baseUnit("seconds")
                .register(metrics);
        this.answers = newAnswerService(config.answerCacheSize(), config.embeddingCacheSize(), model);
        Gauge.builder("profilebot.cache.hit.ratio", answers, AnswerService::cacheHitRate)
                .tag("cache", "answers")
                .register(metrics);
    }

    /** What {@link #start} builds before the index, kept for reloads and new answer services. */
    private static final class Builder {
        BotConfig config;
        ProfileIngestion ingestion;
        ProfileIndexBuilder indexBuilder;
        EmbeddingModel embeddingModel;
        ReplyTemplates templates;
        PrivateDetailRedactor redactor;
        Optional<LlmAnswerer> model;
        Optional<JobFit.Summarizer> summarizer;
        MeterRegistry metrics;
    }

    /** Starts with metrics kept in memory only (commands that do not serve them). */
    public static Application start(BotConfig config) {
        return start(config, new SimpleMeterRegistry());
    }

    public static Application start(BotConfig config, MeterRegistry metrics) {
        long start = System.nanoTime();
        Builder parts = new Builder();
        parts.config = config;
        parts.metrics = metrics;
        parts.templates = ReplyTemplates.load(config.promptsDir(), config.promptsDirNamed());
        Optional<PromptTemplates> prompts = config.llm().enabled()
                ? Optional.of(PromptTemplates.load(config.promptsDir(), config.promptsDirNamed()))
                : Optional.empty();
        useRuntimeDir(config.ops().runtimeDir());
        // loading the model takes about a second: overlap it with reading the documents
        CompletableFuture<EmbeddingModel> loading =
                CompletableFuture.supplyAsync(() -> embeddingModel(config.embeddingModel()));
        parts.redactor = new PrivateDetailRedactor(config.disclosedPrivateDetails());
        parts.ingestion = ingestion(config, parts.redactor);
        Profile profile = parts.ingestion.ingest(config.profileDataDir());
        parts.embeddingModel = join(loading);
        parts.indexBuilder = new ProfileIndexBuilder(
                parts.embeddingModel,
                config.indexCacheDir()
                        .map(dir -> new EmbeddingCacheFile(
                                dir, config.embeddingModel().configName())),
                new ProfileAnalyzer());
        long indexStart = System.nanoTime();
        ProfileIndex index = parts.indexBuilder.build(profile);
        Optional<GatedAnswerModel> answerModel = AnswerModels.forAnswers(config.llm(), metrics);
        parts.model = answerModel.map(model ->
                new LlmAnswerer(model, prompts.orElseThrow(), profile.contact().name()));
        parts.summarizer = answerModel.map(model -> new JobFit.Summarizer(model, prompts.orElseThrow()));
        parts.model.ifPresent(m -> log.info("Answering with {}", m.describe()));
        long now = System.nanoTime();
        Application application =
                new Application(parts, index, (now - start) / 1_000_000, (now - indexStart) / 1_000_000);
        log.info(
                "Ready in {} ms: {} passages about {}",
                application.startupMillis,
                index.passages().size(),
                profile.contact().name());
        return application;
    }

    /** The in-process embedding model the settings name; loading it takes about a second. */
    public static EmbeddingModel embeddingModel(EmbeddingChoice choice) {
        return InProcessEmbeddingModel.load(choice);
    }

    /** Documents to passages and the structured profile, as the config says; no model needed. */
    public static ProfileIngestion ingestion(BotConfig config) {
        return ingestion(config, new PrivateDetailRedactor(config.disclosedPrivateDetails()));
    }

    private static ProfileIngestion ingestion(BotConfig config, PrivateDetailRedactor redactor) {
        return new ProfileIngestion(
                new ProfileLoader(config.maxFileKb() * 1024L),
                redactor,
                new PassageSplitter(PASSAGE_MAX_CHARS),
                new PassageDeduplicator(DUPLICATE_WORD_SHARE),
                new StructuredProfileReader(config.profileName(), config.profilePronouns()));
    }

    /**
     * Reads the profile folder again and, if every document loads, swaps in a new index built with
     * the vectors of the current one (only changed text is embedded). Questions asked meanwhile
     * are answered from the current index. A document that fails to load keeps the current index.
     *
     * @return whether the new index is in use
     */
    public synchronized boolean reload() {
        long start = System.nanoTime();
        try {
            Profile profile = ingestion.ingest(config.profileDataDir());
            if (!profile.problems().isEmpty()) {
                reloadsFailed.increment();
                log.warn("Profile not reloaded, the current index stays: {}", String.join("; ", profile.problems()));
                return false;
            }
            ProfileIndex rebuilt = indexBuilder.build(profile, index);
            index = rebuilt;
            lastReloadEpochSeconds = System.currentTimeMillis() / 1000;
            reloadsDone.increment();
            log.info(
                    "Profile reloaded in {} ms: {} passages",
                    (System.nanoTime() - start) / 1_000_000,
                    rebuilt.passages().size());
            return true;
        } catch (RuntimeException e) {
            reloadsFailed.increment();
            log.warn("Profile not reloaded, the current index stays: {}", e.getMessage());
            return false;
        }
    }

    /** A new answer service over the current index, with caches of the given sizes (0 turns one off). */
    public AnswerService newAnswerService(long answerCacheSize, long embeddingCacheSize) {
        return newAnswerService(answerCacheSize, embeddingCacheSize, model);
    }

    /** As {@link #newAnswerService(long, long)}, answering with the given model (or offline). */
    public AnswerService newAnswerService(long answerCacheSize, long embeddingCacheSize, Optional<LlmAnswerer> model) {
        return newAnswerService(
                answerCacheSize,
                embeddingCacheSize,
                model,
                (question, answer) -> questionLog.ifPresent(log -> log.answered(question, answer)));
    }

    /** As {@link #newAnswerService(long, long, Optional)}, recording each answer in the given log. */
    public AnswerService newAnswerService(
            long answerCacheSize, long embeddingCacheSize, Optional<LlmAnswerer> model, AnswerLog answerLog) {
        QueryEmbedder embedder = new QueryEmbedder(embeddingModel, embeddingCacheSize, Ticker.systemTicker());
        return new AnswerService(
                new CurrentParts(embedder),
                model,
                new AnswerCache(answerCacheSize, config.answerCacheTtl(), Ticker.systemTicker()),
                new ConversationMemory(config.conversation(), Ticker.systemTicker()),
                config.disclosedPrivateDetails(),
                metrics,
                answerLog);
    }

    /**
     * Opens the question log the config asks for (once), so every answer from now on is recorded.
     * None when {@code QUESTION_LOG=off} or its folder cannot be written: the bot answers without it.
     *
     * @throws dev.profilebot.questionlog.QuestionLogException when the log's file is unusable
     */
    public synchronized Optional<QuestionLog> keepQuestionLog() {
        if (questionLog.isEmpty()) {
            questionLog = QuestionLog.open(config.questionLog(), java.time.Clock.systemUTC(), metrics);
        }
        return questionLog;
    }

    /** Records every answer from now on in this log (opened elsewhere, beside the start-up). */
    public synchronized Optional<QuestionLog> useQuestionLog(Optional<QuestionLog> opened) {
        if (questionLog.isEmpty()) {
            questionLog = opened;
        }
        return questionLog;
    }

    /** Writes what the question log has queued and closes it; later answers are not recorded. */
    public synchronized void closeQuestionLog() {
        Optional<QuestionLog> open = questionLog;
        questionLog = Optional.empty();
        open.ifPresent(QuestionLog::close);
    }

    /** The question log, when {@link #keepQuestionLog} opened one. */
    public Optional<QuestionLog> questionLog() {
        return questionLog;
    }

    /** Groups paraphrased questions of a report with this application's embedding model. */
    public QuestionGroups questionGroups() {
        return questionGroups(embeddingModel);
    }

    /**
     * Groups paraphrased questions with the embedding model the config names, loaded the first
     * time there is something to group.
     */
    public static QuestionGroups questionGroups(BotConfig config) {
        Supplier<EmbeddingModel> model = memoized(() -> {
            useRuntimeDir(config.ops().runtimeDir());
            return embeddingModel(config.embeddingModel());
        });
        return questionGroups(model);
    }

    /** Groups paraphrased questions with the given embedding model. */
    public static QuestionGroups questionGroups(EmbeddingModel model) {
        return questionGroups(() -> model);
    }

    private static QuestionGroups questionGroups(Supplier<EmbeddingModel> model) {
        return new QuestionGroups(
                texts -> model
                        .get()
                        .embedAll(texts.stream()
                                .map(dev.langchain4j.data.segment.TextSegment::from)
                                .toList())
                        .content()
                        .stream()
                        .map(embedding -> {
                            embedding.normalize();
                            return embedding.vector();
                        })
                        .toList(),
                QUESTION_GROUP_SIMILARITY);
    }

    /** The parts built on the current index, built again once after each reload. */
    private final class CurrentParts implements Supplier<AnswerService.Parts> {
        private final QueryEmbedder embedder;
        private ProfileIndex builtFor;
        private AnswerService.Parts parts;

        CurrentParts(QueryEmbedder embedder) {
            this.embedder = embedder;
        }

        @Override
        public synchronized AnswerService.Parts get() {
            ProfileIndex current = index;
            if (current != builtFor) {
                parts = partsFor(current, embedder);
                builtFor = current;
            }
            return parts;
        }
    }

    private AnswerService.Parts partsFor(ProfileIndex current, QueryEmbedder embedder) {
        Profile profile = current.profile();
        AnswerService.Parts parts = answerParts(current, embedder);
        // worked out once, on first use (serve starts that in the background)
        return parts.withSuggestions(memoized(() -> suggestions(() -> SuggestedQuestions.choose(
                profile.facts(),
                profile.passages(),
                profile.contact().firstName(),
                new AnswerService(
                        () -> parts,
                        Optional.empty(),
                        new AnswerCache(0, config.answerCacheTtl(), Ticker.systemTicker()),
                        new ConversationMemory(config.conversation(), Ticker.systemTicker()),
                        config.disclosedPrivateDetails(),
                        new SimpleMeterRegistry())::answer))));
    }

    /** Example questions are a nicety: a failure to find them offers none rather than failing a greeting. */
    private static List<String> suggestions(Supplier<List<String>> choose) {
        try {
            return choose.get();
        } catch (RuntimeException e) {
            log.warn("Could not work out example questions: {}", e.toString());
            return List.of();
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    private AnswerService.Parts answerParts(ProfileIndex current, QueryEmbedder embedder) {
        Profile profile = current.profile();
        return new AnswerService.Parts(
                new HybridRetriever(current, embedder, config.retrievalTopK()),
                new OfflineAnswerer(
                        profile.passages(),
                        profile.facts().identity(),
                        templates,
                        profile.contact(),
                        config.answerMaxChars(),
                        config.minRelevance(),
                        config.confidentRelevance()),
                new ContactAnswerer(profile.contact(), templates),
                new PersonAnswerer(profile, templates, config.answerMaxChars()),
                new TimelineAnswerer(
                        profile.facts(),
                        profile.summaryPassages(),
                        java.time.Clock.systemDefaultZone(),
                        config.answerMaxChars()),
                new IntentDetector(profile.contact().name(), organizations(profile)),
                guardFor(profile),
                profile.facts().card(),
                profile.contentHash(),
                ownerAnswers(profile, embedder),
                List::of);
    }

    /** The employers and schools the profile names. */
    private static List<String> organizations(Profile profile) {
        List<String> names = new java.util.ArrayList<>();
        profile.facts().roles().forEach(r -> names.add(r.organization()));
        profile.facts().education().forEach(e -> names.add(e.institution()));
        return names.stream().filter(n -> !n.isBlank()).toList();
    }

    /** The answers the owner wrote under question headings, matched with the query embeddings. */
    private static OwnerAnswers ownerAnswers(Profile profile, QueryEmbedder embedder) {
        ProfileAnalyzer analyzer = new ProfileAnalyzer();
        return OwnerAnswers.from(
                profile.passages(),
                text -> embedder.embed(text).vector(),
                analyzer::terms,
                java.util.Set.copyOf(analyzer.terms(profile.contact().name())));
    }

    /**
     * The embedding runtime unpacks native libraries: the tokenizer's under DJL's cache folder
     * (by default in the home folder, read-only in a hardened container), so it goes here.
     * Variables the owner set for DJL win.
     */
    private static void useRuntimeDir(java.nio.file.Path runtimeDir) {
        java.nio.file.Path djl = runtimeDir.resolve("djl");
        try {
            java.nio.file.Files.createDirectories(djl);
        } catch (java.io.IOException e) {
            throw new dev.profilebot.config.ConfigException("RUNTIME_DIR names " + runtimeDir
                    + ", which cannot be created (" + e.getClass().getSimpleName() + ")");
        }
        for (String key : new String[] {"DJL_CACHE_DIR", "ENGINE_CACHE_DIR"}) {
            if (System.getenv(key) == null && System.getProperty(key) == null) {
                System.setProperty(key, djl.toString());
            }
        }
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

    /** The index answering now. */
    public ProfileIndex index() {
        return index;
    }

    /** The answer service with the caches the config asks for. */
    /** What may leave the bot about this profile: the one guard answers and job-fit summaries pass. */
    private PrivacyGuard guardFor(Profile profile) {
        return new PrivacyGuard(redactor, profile.withheld(), config.disclosedPrivateDetails());
    }

    /** The job-fit check over the current profile. */
    public JobFit jobFit() {
        return new JobFit(
                () -> index.profile(),
                profile -> guardFor(profile)::guard,
                summarizer,
                java.time.Clock.systemDefaultZone());
    }

    public AnswerService answers() {
        return answers;
    }

    public MeterRegistry metrics() {
        return metrics;
    }

    /** From the start of {@link #start} to ready. */
    public long startupMillis() {
        return startupMillis;
    }

    /** Embedding the passages and building the lexical index, at start. */
    public long indexMillis() {
        return indexMillis;
    }
}
