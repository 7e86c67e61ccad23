package dev.profilebot.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the bot meets Discord: its token, the addresses (for proxies and tests), where it answers,
 * how often a person may ask and how long a question may be, which shards this process runs, who
 * owns the profile (and so gets the digest of unanswered questions and {@code /report}), and whether
 * replies without a mention are read.
 *
 * @param ownerDigestInterval how often owners get the digest; zero sends each question at once
 */
public record DiscordSettings(
        Optional<Secret> token,
        Optional<URI> apiBaseUrl,
        Optional<URI> gatewayUrl,
        Optional<Long> guildId,
        boolean allowDms,
        int rateLimitPerMinute,
        int maxQuestionChars,
        Set<Long> allowedGuilds,
        Set<Long> allowedChannels,
        Set<Long> allowedRoles,
        int shardsTotal,
        List<Integer> shardIds,
        Set<Long> ownerIds,
        java.time.Duration ownerDigestInterval,
        boolean readReplies) {

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(guildId, "guildId");
        allowedGuilds = Set.copyOf(allowedGuilds);
        allowedChannels = Set.copyOf(allowedChannels);
        allowedRoles = Set.copyOf(allowedRoles);
        shardIds = List.copyOf(shardIds);
        ownerIds = Set.copyOf(ownerIds);
        Objects.requireNonNull(ownerDigestInterval, "ownerDigestInterval");
        Setting.OWNER_DIGEST_MINUTES.requireInRange(ownerDigestInterval.toMinutes());
        Setting.DISCORD_RATE_LIMIT_PER_MINUTE.requireInRange(rateLimitPerMinute);
        Setting.DISCORD_MAX_QUESTION_CHARS.requireInRange(maxQuestionChars);
        Setting.DISCORD_SHARDS_TOTAL.requireInRange(shardsTotal);
        if (shardsTotal == 0) {
            throw new ConfigException(Setting.DISCORD_SHARDS_TOTAL.key() + " must be -1 or at least 1, got 0");
        }
        for (int id : shardIds) {
            if (id < 0 || (shardsTotal > 0 && id >= shardsTotal)) {
                throw new ConfigException(Setting.DISCORD_SHARD_IDS.key() + " holds shard " + id + ", outside 0 to "
                        + (shardsTotal > 0 ? shardsTotal - 1 : "the total") + " (" + Setting.DISCORD_SHARDS_TOTAL.key()
                        + ")");
            }
        }
        if (!shardIds.isEmpty() && shardsTotal < 1) {
            throw new ConfigException(Setting.DISCORD_SHARD_IDS.key() + " needs " + Setting.DISCORD_SHARDS_TOTAL.key());
        }
    }

    /** The same settings, not reading replies that do not mention the bot (no Message Content intent). */
    public DiscordSettings withoutReadingReplies() {
        return new DiscordSettings(
                token,
                apiBaseUrl,
                gatewayUrl,
                guildId,
                allowDms,
                rateLimitPerMinute,
                maxQuestionChars,
                allowedGuilds,
                allowedChannels,
                allowedRoles,
                shardsTotal,
                shardIds,
                ownerIds,
                ownerDigestInterval,
                false);
    }

    public boolean enabled() {
        return token.isPresent();
    }
}
