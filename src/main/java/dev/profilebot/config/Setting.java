package dev.profilebot.config;

/**
 * Every setting profile-bot reads, by its environment variable name, with its default and meaning.
 * README's configuration table lists the same keys; a test keeps the two in step.
 */
public enum Setting {
    PROFILE_BOT_CONFIG("", "optional properties file with any of these keys; the environment wins over it"),
    PROFILE_DATA_DIR(
            "profile-data",
            "folder of the person's documents (Markdown, text, PDF, Word, JSON Resume, LinkedIn export);"
                    + " unset, profile-data/ here or beside the jar's folder"),
    PROMPTS_DIR("prompts", "folder of the prompt and reply templates; a file missing there is the jar's own copy"),
    PROFILE_MAX_FILE_KB("1024", "larger documents are skipped with a warning, in KiB", 1, 65_536),
    PROFILE_NAME("", "the person's name; by default taken from the documents"),
    PROFILE_PRONOUNS("", "she/her, he/him or they/them; by default stated in the documents, else inferred, else they"),
    RETRIEVAL_TOP_K("5", "passages retrieved per question", 1, 50),
    EMBEDDING_MODEL(
            "bge-small-en-v15-q",
            "the in-process embedding model: bge-small-en-v15-q (better answers) or all-minilm-l6-v2-q (faster start)"),
    RETRIEVAL_MIN_RELEVANCE(
            "",
            "below this relevance the bot says the profile does not cover the question; by default the embedding"
                    + " model's own (0.36 for bge-small, 0.16 for MiniLM)",
            0,
            1),
    RETRIEVAL_CONFIDENT_RELEVANCE(
            "",
            "below this relevance an offline answer is offered as the closest match; by default the embedding"
                    + " model's own (0.44 for bge-small, 0.23 for MiniLM)",
            0,
            1),
    ANSWER_MAX_CHARS("600", "longest offline answer, in characters", 100, 1900),
    ANSWER_CACHE_SIZE("1000", "answers kept in memory; 0 turns the cache off", 0, 1_000_000),
    ANSWER_CACHE_TTL_SECONDS("3600", "how long a cached answer is reused", 1, 31_536_000),
    EMBEDDING_CACHE_SIZE("2000", "question embeddings kept in memory; 0 turns the cache off", 0, 1_000_000),
    INDEX_CACHE_DIR("", "folder for the on-disk embedding cache; unset turns it off"),
    PRIVACY_DISCLOSE("none", "private details the owner allows the bot to share: none, or phone and/or address"),
    LLM_PROVIDER("none", "the answering model: none (offline), openai, ollama, anthropic or gemini"),
    LLM_MODEL("", "the model's name; each provider has a default"),
    LLM_BASE_URL("", "the API's address, for OpenAI-compatible servers (Ollama, LM Studio, vLLM, ...)"),
    LLM_API_KEY("", "the provider's API key"),
    LLM_API_KEY_FILE("", "a file holding the API key (container secrets), instead of LLM_API_KEY"),
    LLM_TIMEOUT_SECONDS("20", "connect and read timeout of a model call", 1, 300),
    LLM_MAX_OUTPUT_TOKENS("500", "longest model answer, in tokens", 16, 8192),
    LLM_TEMPERATURE("0.2", "the model's sampling temperature", 0, 2),
    LLM_MAX_ATTEMPTS("2", "tries of a model call that failed in a way a retry can fix (429, 5xx, timeout)", 1, 5),
    LLM_BREAKER_FAILURES("5", "failed model calls in a row after which the model is skipped for a while", 1, 100),
    LLM_BREAKER_OPEN_SECONDS("30", "how long the model is skipped after that", 1, 3600),
    LLM_MAX_CONCURRENCY(
            "", "model calls in flight at once; by default 32 for openai, anthropic and gemini, 2 for ollama", 1, 1000),
    LLM_MAX_WAIT_SECONDS(
            "5",
            "longest a question waits for the model to start answering; one that would wait longer gets the"
                    + " offline answer at once",
            1,
            300),
    CONVERSATION_TURNS("6", "recent questions and answers remembered per conversation; 0 turns memory off", 0, 50),
    CONVERSATION_TTL_SECONDS("1800", "a conversation is forgotten after this long without a message", 60, 604_800),
    CONVERSATION_MAX("10000", "conversations remembered at once", 1, 1_000_000),
    DISCORD_TOKEN("", "the bot's token; set, the bot connects to Discord"),
    DISCORD_TOKEN_FILE("", "a file holding the token (container secrets), instead of DISCORD_TOKEN"),
    DISCORD_API_BASE_URL("", "Discord's REST API address, for a proxy in front of it"),
    DISCORD_GATEWAY_URL("", "the gateway's WebSocket address, when it must not come from the API"),
    DISCORD_GUILD_ID("", "register the slash commands in this server only (instant), not globally"),
    DISCORD_ALLOW_DMS("true", "whether direct messages are answered"),
    DISCORD_RATE_LIMIT_PER_MINUTE("5", "questions a person may ask a minute", 1, 600),
    DISCORD_MAX_QUESTION_CHARS("1000", "longer questions get a polite refusal", 10, 4000),
    DISCORD_ALLOWED_GUILDS("", "server ids the bot answers in (comma-separated); empty: all"),
    DISCORD_ALLOWED_CHANNELS("", "channel ids the bot answers in (comma-separated); empty: all"),
    DISCORD_ALLOWED_ROLES("", "role ids whose members the bot answers in servers (comma-separated); empty: all"),
    DISCORD_SHARDS_TOTAL("-1", "shards in all; -1 asks Discord", -1, 10_000),
    DISCORD_SHARD_IDS("", "the shards this process runs, such as 0-3 or 0,2; empty: all"),
    DISCORD_OWNER_IDS(
            "", "user ids of the profile's owners (comma-separated): the not-covered digest by DM and /report"),
    OWNER_DIGEST_MINUTES(
            "1440",
            "how often the owners get a DM of the questions the profile did not cover; 0 sends each at once",
            0,
            525_600),
    DISCORD_READ_REPLIES(
            "true",
            "answer a reply to one of the bot's answers that does not mention it (needs the Message Content"
                    + " intent turned on in the Developer Portal)"),
    SLACK_BOT_TOKEN("", "the Slack app's bot token (xoxb-…); with SLACK_APP_TOKEN, the bot connects to Slack"),
    SLACK_BOT_TOKEN_FILE("", "a file holding the bot token, instead of SLACK_BOT_TOKEN"),
    SLACK_APP_TOKEN("", "the Slack app-level token (xapp-…, connections:write) for Socket Mode"),
    SLACK_APP_TOKEN_FILE("", "a file holding the app-level token, instead of SLACK_APP_TOKEN"),
    SLACK_API_BASE_URL("", "Slack's Web API address without /api (https://slack.com/ is Slack's), for a proxy"),
    SLACK_RATE_LIMIT_PER_MINUTE("5", "questions a person may ask a minute in Slack", 1, 600),
    SLACK_MAX_QUESTION_CHARS("1000", "longer questions get a polite refusal in Slack", 10, 4000),
    SLACK_ALLOWED_CHANNELS("", "Slack channel ids the bot answers in (comma-separated); empty: all"),
    SLACK_ALLOWED_USERS("", "Slack user ids the bot answers (comma-separated); empty: all"),
    SLACK_COMMAND_PREFIX(
            "profile-",
            "prefix of the Slack commands other than /ask: /profile-about, /profile-contact, /profile-help"),
    DATA_DIR("data", "writable folder of the bot's own data: the question log"),
    QUESTION_LOG("on", "on keeps a log of the questions asked (serve, discord, chat); off keeps nothing"),
    QUESTION_LOG_DAYS("90", "questions older than this many days are deleted from the log", 1, 3650),
    LOG_ASKERS("false", "true stores who asked (their platform id); false stores only a salted hash of it"),
    OPS_PORT("", "port of the health, readiness and metrics endpoint; unset turns it off", 0, 65_535),
    PROFILE_RELOAD("true", "rebuild the index when the profile folder changes (serve and discord)"),
    PROFILE_RELOAD_DEBOUNCE_MILLIS("1000", "quiet time after the last change before reloading", 50, 600_000),
    LOG_FORMAT("text", "text, or json for one JSON object a line"),
    RUNTIME_DIR("", "writable folder for the native libraries the embedding model unpacks; default: the temp folder");

    private final String defaultValue;
    private final String description;
    private final double min;
    private final double max;

    Setting(String defaultValue, String description) {
        this(defaultValue, description, Double.NaN, Double.NaN);
    }

    Setting(String defaultValue, String description, double min, double max) {
        this.defaultValue = defaultValue;
        this.description = description;
        this.min = min;
        this.max = max;
    }

    /** Throws a {@link ConfigException} naming this setting and its range when value is outside it. */
    void requireInRange(double value) {
        if (!(value >= min && value <= max)) {
            throw new ConfigException(
                    key() + " must be from " + format(min) + " to " + format(max) + ", got " + format(value));
        }
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    public String key() {
        return name();
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
