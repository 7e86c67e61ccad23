package dev.profilebot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The in-process embedding models the bot can index with, each with the relevance thresholds
 * measured for it on the development corpus: cosine similarities run higher with bge-small than
 * with MiniLM, so the same question needs a higher bar to count as covered.
 */
public enum EmbeddingChoice {
    /** BAAI bge-small-en-v1.5, quantized: the better answers (the default). */
    BGE_SMALL_EN_V15_Q("bge-small-en-v15-q", 0.36, 0.44),
    /** all-MiniLM-L6-v2, quantized: half the layers, a faster start and a little less memory. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", 0.16, 0.23);

    private final String configName;
    private final double minRelevance;
    private final double confidentRelevance;

    EmbeddingChoice(String configName, double minRelevance, double confidentRelevance) {
        this.configName = configName;
        this.minRelevance = minRelevance;
        this.confidentRelevance = confidentRelevance;
    }

    public String configName() {
        return configName;
    }

    /** Below this relevance the profile does not cover a question, unless the owner sets another. */
    public double minRelevance() {
        return minRelevance;
    }

    /** Below this relevance an answer is only "the closest it comes", unless the owner sets another. */
    public double confidentRelevance() {
        return confidentRelevance;
    }

    static Optional<EmbeddingChoice> fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(c -> c.configName.equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(EmbeddingChoice::configName).collect(Collectors.joining(", "));
    }
}
