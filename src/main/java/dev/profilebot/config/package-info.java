/**
 * Settings: {@link dev.profilebot.config.BotConfig}, validated, read once from the environment or a properties file by {@link dev.profilebot.config.ConfigLoader}. Imports nothing of the other packages but the kinds of private detail ({@link dev.profilebot.privacy.PrivateDetail}).
 */
package dev.profilebot.config;
