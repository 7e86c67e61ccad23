package dev.profilebot.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the bot meets Slack, in Socket Mode: its bot token ({@code xoxb-}) for the Web API and its
 * app-level token ({@code xapp-}) for the connection, the Web API's address (for a proxy and
 * tests), how often a person may ask and how long a question may be, the allow-lists, and the
 * prefix of its slash commands (Slack's commands share one namespace per workspace).
 */
public record SlackSettings(
        Optional<Secret> botToken,
        Optional<Secret> appToken,
        Optional<URI> apiBaseUrl,
        int rateLimitPerMinute,
        int maxQuestionChars,
        Set<String> allowedChannels,
        Set<String> allowedUsers,
        String commandPrefix) {

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(appToken, "appToken");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        allowedChannels = Set.copyOf(allowedChannels);
        allowedUsers = Set.copyOf(allowedUsers);
        Objects.requireNonNull(commandPrefix, "commandPrefix");
        if (botToken.isPresent() != appToken.isPresent()) {
            throw new ConfigException("Slack needs both tokens: set " + Setting.SLACK_BOT_TOKEN.key() + " (xoxb-…) and "
                    + Setting.SLACK_APP_TOKEN.key() + " (xapp-…), or neither");
        }
        botToken.ifPresent(token -> requirePrefix(token, "xoxb-", Setting.SLACK_BOT_TOKEN, "the bot token"));
        appToken.ifPresent(token -> requirePrefix(token, "xapp-", Setting.SLACK_APP_TOKEN, "the app-level token"));
        Setting.SLACK_RATE_LIMIT_PER_MINUTE.requireInRange(rateLimitPerMinute);
        Setting.SLACK_MAX_QUESTION_CHARS.requireInRange(maxQuestionChars);
        if (!commandPrefix.matches("[a-z0-9_-]{0,20}")) {
            throw new ConfigException(Setting.SLACK_COMMAND_PREFIX.key()
                    + " takes lower-case letters, digits, - and _ (at most 20), got '" + commandPrefix + "'");
        }
    }

    private static void requirePrefix(Secret token, String prefix, Setting setting, String what) {
        if (!token.reveal().startsWith(prefix)) {
            // the value is a secret: never echoed
            throw new ConfigException(setting.key() + " must be " + what + ", which starts with " + prefix);
        }
    }

    public boolean enabled() {
        return botToken.isPresent();
    }
}
