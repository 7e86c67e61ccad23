package dev.profilebot.config;

import dev.profilebot.privacy.PrivateDetail;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Reads {@link BotConfig} from environment variables and, when {@code PROFILE_BOT_CONFIG} names
 * one, a properties file using the same keys. The environment wins over the file. Every error
 * names the setting and the values it accepts.
 */
public final class ConfigLoader {

    private ConfigLoader() {}

    public static BotConfig load(Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        String file = env.get(Setting.PROFILE_BOT_CONFIG.key());
        if (file != null && !file.isBlank()) {
            values.putAll(readPropertiesFile(Path.of(file.trim())));
        }
        for (Setting setting : Setting.values()) {
            String value = env.get(setting.key());
            if (value != null) {
                values.put(setting.key(), value);
            }
        }
        Reader reader = new Reader(values);
        checkLogFormat(reader);
        String embeddingName = reader.text(Setting.EMBEDDING_MODEL);
        EmbeddingChoice embedding = EmbeddingChoice.fromConfigName(embeddingName)
                .orElseThrow(() -> new ConfigException(Setting.EMBEDDING_MODEL.key() + " must be one of "
                        + EmbeddingChoice.names() + ", got '" + embeddingName + "'"));
        return new BotConfig(
                profileDataDir(
                        reader.isSet(Setting.PROFILE_DATA_DIR),
                        reader.text(Setting.PROFILE_DATA_DIR),
                        Path.of("").toAbsolutePath(),
                        jarFolder()),
                Path.of(reader.text(Setting.PROMPTS_DIR)),
                reader.isSet(Setting.PROMPTS_DIR),
                (int) reader.wholeNumber(Setting.PROFILE_MAX_FILE_KB),
                reader.optionalText(Setting.PROFILE_NAME),
                reader.optionalText(Setting.PROFILE_PRONOUNS),
                (int) reader.wholeNumber(Setting.RETRIEVAL_TOP_K),
                embedding,
                reader.isSet(Setting.RETRIEVAL_MIN_RELEVANCE)
                        ? reader.number(Setting.RETRIEVAL_MIN_RELEVANCE)
                        : embedding.minRelevance(),
                reader.isSet(Setting.RETRIEVAL_CONFIDENT_RELEVANCE)
                        ? reader.number(Setting.RETRIEVAL_CONFIDENT_RELEVANCE)
                        : embedding.confidentRelevance(),
                (int) reader.wholeNumber(Setting.ANSWER_MAX_CHARS),
                reader.wholeNumber(Setting.ANSWER_CACHE_SIZE),
                Duration.ofSeconds(reader.wholeNumber(Setting.ANSWER_CACHE_TTL_SECONDS)),
                reader.wholeNumber(Setting.EMBEDDING_CACHE_SIZE),
                reader.optionalText(Setting.INDEX_CACHE_DIR).map(Path::of),
                reader.privateDetails(Setting.PRIVACY_DISCLOSE),
                llm(reader),
                new ConversationSettings(
                        (int) reader.wholeNumber(Setting.CONVERSATION_TURNS),
                        Duration.ofSeconds(reader.wholeNumber(Setting.CONVERSATION_TTL_SECONDS)),
                        reader.wholeNumber(Setting.CONVERSATION_MAX)),
                discord(reader),
                slack(reader),
                questionLog(reader),
                new OpsSettings(
                        reader.optionalText(Setting.OPS_PORT).map(v -> (int) reader.wholeNumber(Setting.OPS_PORT)),
                        reader.bool(Setting.PROFILE_RELOAD),
                        Duration.ofMillis(reader.wholeNumber(Setting.PROFILE_RELOAD_DEBOUNCE_MILLIS)),
                        reader.optionalText(Setting.RUNTIME_DIR)
                                .map(Path::of)
                                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "profile-bot"))));
    }

    /** Logback reads LOG_FORMAT itself; an unknown value would silence the logs, so it stops startup. */
    /**
     * The profile folder: the one {@code PROFILE_DATA_DIR} names; else {@code profile-data/} in the
     * working folder; else, for the jar run from another folder ({@code java -jar
     * /path/to/target/profile-bot.jar}), the {@code profile-data/} of the project the jar was built
     * in, or beside the jar. When none exists, the working folder's, so the error names it.
     */
    static Path profileDataDir(boolean set, String value, Path workingFolder, Optional<Path> jarFolder) {
        Path named = Path.of(value);
        if (set || named.isAbsolute()) {
            return named;
        }
        Path here = workingFolder.resolve(named);
        if (java.nio.file.Files.isDirectory(here)) {
            return named;
        }
        if (jarFolder.isPresent()) {
            for (Path candidate : java.util.Arrays.asList(
                    jarFolder.get().resolve(named), jarFolder.get().resolveSibling(value))) {
                if (candidate != null && java.nio.file.Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        return named;
    }

    /** The folder the application's jar is in, when it runs from a jar. */
    private static Optional<Path> jarFolder() {
        try {
            Path location = Path.of(ConfigLoader.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.toString().endsWith(".jar") ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void checkLogFormat(Reader reader) {
        String format = reader.text(Setting.LOG_FORMAT);
        if (!format.equals("text") && !format.equals("json")) {
            throw new ConfigException(Setting.LOG_FORMAT.key() + " accepts text or json, got '" + format + "'");
        }
    }

    private static DiscordSettings discord(Reader reader) {
        return new DiscordSettings(
                secret(reader, Setting.DISCORD_TOKEN, Setting.DISCORD_TOKEN_FILE),
                reader.optionalText(Setting.DISCORD_API_BASE_URL)
                        .map(v -> url(Setting.DISCORD_API_BASE_URL, v, "http", "https")),
                reader.optionalText(Setting.DISCORD_GATEWAY_URL)
                        .map(v -> url(Setting.DISCORD_GATEWAY_URL, v, "ws", "wss")),
                reader.optionalText(Setting.DISCORD_GUILD_ID).map(v -> snowflake(Setting.DISCORD_GUILD_ID, v)),
                reader.bool(Setting.DISCORD_ALLOW_DMS),
                (int) reader.wholeNumber(Setting.DISCORD_RATE_LIMIT_PER_MINUTE),
                (int) reader.wholeNumber(Setting.DISCORD_MAX_QUESTION_CHARS),
                snowflakes(reader, Setting.DISCORD_ALLOWED_GUILDS),
                snowflakes(reader, Setting.DISCORD_ALLOWED_CHANNELS),
                snowflakes(reader, Setting.DISCORD_ALLOWED_ROLES),
                (int) reader.wholeNumber(Setting.DISCORD_SHARDS_TOTAL),
                shardIds(reader.optionalText(Setting.DISCORD_SHARD_IDS).orElse("")),
                snowflakes(reader, Setting.DISCORD_OWNER_IDS),
                Duration.ofMinutes(reader.wholeNumber(Setting.OWNER_DIGEST_MINUTES)),
                reader.bool(Setting.DISCORD_READ_REPLIES));
    }

    private static SlackSettings slack(Reader reader) {
        return new SlackSettings(
                secret(reader, Setting.SLACK_BOT_TOKEN, Setting.SLACK_BOT_TOKEN_FILE),
                secret(reader, Setting.SLACK_APP_TOKEN, Setting.SLACK_APP_TOKEN_FILE),
                reader.optionalText(Setting.SLACK_API_BASE_URL)
                        .map(v -> url(Setting.SLACK_API_BASE_URL, v, "http", "https")),
                (int) reader.wholeNumber(Setting.SLACK_RATE_LIMIT_PER_MINUTE),
                (int) reader.wholeNumber(Setting.SLACK_MAX_QUESTION_CHARS),
                slackIds(reader, Setting.SLACK_ALLOWED_CHANNELS),
                slackIds(reader, Setting.SLACK_ALLOWED_USERS),
                reader.optionalText(Setting.SLACK_COMMAND_PREFIX).orElse("").strip());
    }

    private static Set<String> slackIds(Reader reader, Setting setting) {
        Set<String> ids = new java.util.HashSet<>();
        for (String part : reader.optionalText(setting).orElse("").split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("[A-Z0-9]{2,20}")) {
                throw new ConfigException(setting.key() + " must hold Slack ids such as C0123ABCD, got '" + id + "'");
            }
            ids.add(id);
        }
        return ids;
    }

    private static QuestionLogSettings questionLog(Reader reader) {
        String switched = reader.text(Setting.QUESTION_LOG).strip().toLowerCase(java.util.Locale.ROOT);
        if (!switched.equals("on") && !switched.equals("off")) {
            throw new ConfigException(Setting.QUESTION_LOG.key() + " accepts on or off, got '" + switched + "'");
        }
        return new QuestionLogSettings(
                switched.equals("on"),
                Path.of(reader.text(Setting.DATA_DIR)),
                (int) reader.wholeNumber(Setting.QUESTION_LOG_DAYS),
                reader.bool(Setting.LOG_ASKERS));
    }

    private static long snowflake(Setting setting, String value) {
        if (!value.strip().matches("\\d{1,20}")) {
            throw new ConfigException(setting.key() + " must hold Discord ids (numbers), got '" + value.strip() + "'");
        }
        return Long.parseUnsignedLong(value.strip());
    }

    private static Set<Long> snowflakes(Reader reader, Setting setting) {
        Set<Long> ids = new java.util.HashSet<>();
        for (String part : reader.optionalText(setting).orElse("").split(",")) {
            if (!part.isBlank()) {
                ids.add(snowflake(setting, part));
            }
        }
        return ids;
    }

    /** "0-3" or "0,2,5": the shards this process runs. */
    private static java.util.List<Integer> shardIds(String value) {
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        for (String part : value.split(",")) {
            String range = part.strip();
            if (range.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?")
                    .matcher(range);
            if (!m.matches()) {
                throw new ConfigException(Setting.DISCORD_SHARD_IDS.key()
                        + " takes ids and ranges such as 0-3 or 0,2,5, got '" + range + "'");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            for (int id = from; id <= to; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static LlmSettings llm(Reader reader) {
        String providerName = reader.text(Setting.LLM_PROVIDER);
        LlmProvider provider = LlmProvider.fromConfigName(providerName)
                .orElseThrow(() -> new ConfigException(Setting.LLM_PROVIDER.key() + " accepts " + LlmProvider.accepted()
                        + ", got '" + providerName + "'"));
        return new LlmSettings(
                provider,
                reader.optionalText(Setting.LLM_MODEL).orElse(provider.defaultModel()),
                reader.optionalText(Setting.LLM_BASE_URL).map(v -> url(Setting.LLM_BASE_URL, v, "http", "https")),
                secret(reader, Setting.LLM_API_KEY, Setting.LLM_API_KEY_FILE),
                Duration.ofSeconds(reader.wholeNumber(Setting.LLM_TIMEOUT_SECONDS)),
                (int) reader.wholeNumber(Setting.LLM_MAX_OUTPUT_TOKENS),
                reader.number(Setting.LLM_TEMPERATURE),
                (int) reader.wholeNumber(Setting.LLM_MAX_ATTEMPTS),
                (int) reader.wholeNumber(Setting.LLM_BREAKER_FAILURES),
                Duration.ofSeconds(reader.wholeNumber(Setting.LLM_BREAKER_OPEN_SECONDS)),
                reader.isSet(Setting.LLM_MAX_CONCURRENCY)
                        ? (int) reader.wholeNumber(Setting.LLM_MAX_CONCURRENCY)
                        : provider.defaultConcurrency(),
                Duration.ofSeconds(reader.wholeNumber(Setting.LLM_MAX_WAIT_SECONDS)));
    }

    /** An absolute address of one of the schemes; the value is not echoed, as it may carry credentials. */
    private static URI url(Setting setting, String value, String... schemes) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && uri.getHost() != null) {
                for (String scheme : schemes) {
                    if (scheme.equalsIgnoreCase(uri.getScheme())) {
                        return uri;
                    }
                }
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ConfigException(setting.key() + " must be an absolute " + String.join(" or ", schemes)
                + " URL, such as " + schemes[0] + "://localhost:8080/");
    }

    /** A secret from its variable or from the file its _FILE variable names; never both. */
    private static Optional<Secret> secret(Reader reader, Setting variable, Setting fileVariable) {
        Optional<String> value = reader.optionalText(variable);
        Optional<String> file = reader.optionalText(fileVariable);
        if (value.isPresent() && file.isPresent()) {
            throw new ConfigException("Set only one of " + variable.key() + " and " + fileVariable.key());
        }
        if (file.isPresent()) {
            Path path = Path.of(file.get());
            String content;
            try {
                content = Files.readString(path, StandardCharsets.UTF_8).strip();
            } catch (IOException | UncheckedIOException e) {
                throw new ConfigException(fileVariable.key() + " names " + path + ", which cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
            if (content.isEmpty()) {
                throw new ConfigException(fileVariable.key() + " names " + path + ", which is empty");
            }
            return Optional.of(new Secret(content));
        }
        return value.map(Secret::new);
    }

    private static Map<String, String> readPropertiesFile(Path file) {
        Properties properties = new Properties();
        try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(Setting.PROFILE_BOT_CONFIG.key() + " names " + file
                    + ", which cannot be read as a properties file: " + e.getMessage());
        }
        Set<String> known = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet());
        Map<String, String> values = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!known.contains(key) || key.equals(Setting.PROFILE_BOT_CONFIG.key())) {
                throw new ConfigException("Unknown setting " + key + " in " + file + "; known settings: "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
            values.put(key, properties.getProperty(key));
        }
        return values;
    }

    /** Parses raw values, naming the setting in every error. */
    private static final class Reader {
        private final Map<String, String> values;

        Reader(Map<String, String> values) {
            this.values = values;
        }

        String text(Setting setting) {
            return optionalText(setting).orElse(setting.defaultValue());
        }

        /** Whether the owner gave the setting a value, rather than leaving it to its default. */
        boolean isSet(Setting setting) {
            String value = values.get(setting.key());
            return value != null && !value.isBlank();
        }

        Optional<String> optionalText(Setting setting) {
            String value = values.get(setting.key());
            if (value == null || value.isBlank()) {
                return setting.defaultValue().isEmpty() ? Optional.empty() : Optional.of(setting.defaultValue());
            }
            return Optional.of(value.trim());
        }

        long wholeNumber(Setting setting) {
            return (long) parse(setting, "a whole number", Long::parseLong);
        }

        double number(Setting setting) {
            return parse(setting, "a number", Double::parseDouble);
        }

        private double parse(Setting setting, String kind, ToDoubleFunction<String> parser) {
            String raw = text(setting);
            double value;
            try {
                value = parser.applyAsDouble(raw);
            } catch (NumberFormatException e) {
                throw new ConfigException(setting.key() + " must be " + kind + " from " + Setting.format(setting.min())
                        + " to " + Setting.format(setting.max()) + ", got '" + raw + "'");
            }
            setting.requireInRange(value);
            return value;
        }

        boolean bool(Setting setting) {
            String raw = text(setting).toLowerCase(java.util.Locale.ROOT);
            return switch (raw) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw new ConfigException(setting.key() + " must be true or false, got '" + raw + "'");
            };
        }

        Set<PrivateDetail> privateDetails(Setting setting) {
            String raw = text(setting);
            Set<PrivateDetail> details = EnumSet.noneOf(PrivateDetail.class);
            for (String part : raw.split(",")) {
                if (part.isBlank() || part.trim().equalsIgnoreCase("none")) {
                    continue;
                }
                details.add(PrivateDetail.fromConfigName(part)
                        .orElseThrow(() -> new ConfigException(
                                setting.key() + " accepts none, phone, address, birth_date, id_number"
                                        + " (comma-separated), got '" + part.trim() + "'")));
            }
            return details;
        }
    }
}
