package dev.profilebot.config;

import dev.profilebot.privacy.PrivateDetail;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All of profile-bot's settings, immutable and validated; built by {@link ConfigLoader}.
 *
 * @param embeddingModel the in-process embedding model the index is built with
 * @param minRelevance below this score (0 to 1) the offline answerer says the profile does not
 *     cover the question
 * @param disclosedPrivateDetails the private details the owner opted in to sharing
 */
public record BotConfig(
        Path profileDataDir,
        Path promptsDir,
        boolean promptsDirNamed,
        int maxFileKb,
        Optional<String> profileName,
        Optional<String> profilePronouns,
        int retrievalTopK,
        EmbeddingChoice embeddingModel,
        double minRelevance,
        double confidentRelevance,
        int answerMaxChars,
        long answerCacheSize,
        Duration answerCacheTtl,
        long embeddingCacheSize,
        Optional<Path> indexCacheDir,
        Set<PrivateDetail> disclosedPrivateDetails,
        LlmSettings llm,
        ConversationSettings conversation,
        DiscordSettings discord,
        SlackSettings slack,
        QuestionLogSettings questionLog,
        OpsSettings ops) {

    public BotConfig {
        Objects.requireNonNull(profileDataDir, "profileDataDir");
        Objects.requireNonNull(promptsDir, "promptsDir");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(profilePronouns, "profilePronouns");
        if (profilePronouns.isPresent()
                && !profilePronouns
                        .get()
                        .strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .matches("she(/her)?|he(/him)?|they(/them)?")) {
            throw new ConfigException(Setting.PROFILE_PRONOUNS.key() + " accepts she/her, he/him or they/them, got '"
                    + profilePronouns.get() + "'");
        }
        Objects.requireNonNull(answerCacheTtl, "answerCacheTtl");
        Objects.requireNonNull(indexCacheDir, "indexCacheDir");
        disclosedPrivateDetails = Set.copyOf(disclosedPrivateDetails);
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(questionLog, "questionLog");
        Objects.requireNonNull(ops, "ops");
        Setting.PROFILE_MAX_FILE_KB.requireInRange(maxFileKb);
        Setting.RETRIEVAL_TOP_K.requireInRange(retrievalTopK);
        Setting.RETRIEVAL_MIN_RELEVANCE.requireInRange(minRelevance);
        Setting.RETRIEVAL_CONFIDENT_RELEVANCE.requireInRange(confidentRelevance);
        if (confidentRelevance < minRelevance) {
            throw new ConfigException(Setting.RETRIEVAL_CONFIDENT_RELEVANCE.key() + " (" + confidentRelevance
                    + ") must not be under " + Setting.RETRIEVAL_MIN_RELEVANCE.key() + " (" + minRelevance + ")");
        }
        Setting.ANSWER_MAX_CHARS.requireInRange(answerMaxChars);
        Setting.ANSWER_CACHE_SIZE.requireInRange(answerCacheSize);
        Setting.ANSWER_CACHE_TTL_SECONDS.requireInRange(answerCacheTtl.toSeconds());
        Setting.EMBEDDING_CACHE_SIZE.requireInRange(embeddingCacheSize);
    }

    /** The defaults README documents, as if no variable were set. */
    public static BotConfig defaults() {
        return ConfigLoader.load(java.util.Map.of());
    }

    /** The same settings over another profile folder (each profile of an evaluation corpus). */
    public BotConfig withProfileDataDir(Path folder) {
        return new BotConfig(
                folder,
                promptsDir,
                promptsDirNamed,
                maxFileKb,
                profileName,
                profilePronouns,
                retrievalTopK,
                embeddingModel,
                minRelevance,
                confidentRelevance,
                answerMaxChars,
                answerCacheSize,
                answerCacheTtl,
                embeddingCacheSize,
                indexCacheDir,
                disclosedPrivateDetails,
                llm,
                conversation,
                discord,
                slack,
                questionLog,
                ops);
    }

    public boolean discloses(PrivateDetail detail) {
        return disclosedPrivateDetails.contains(detail);
    }
}
