package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.config.BotConfig;
import java.util.function.Function;
import java.util.function.Supplier;

/** Reads the config and starts the application once each, when the first command needs them. */
final class Startup {

    private final Supplier<BotConfig> configLoader;
    private final Function<BotConfig, Application> starter;
    private BotConfig config;
    private Application application;

    Startup(Supplier<BotConfig> configLoader, Function<BotConfig, Application> starter) {
        this.configLoader = configLoader;
        this.starter = starter;
    }

    synchronized BotConfig config() {
        if (config == null) {
            config = configLoader.get();
        }
        return config;
    }

    synchronized Application application() {
        if (application == null) {
            application = starter.apply(config());
        }
        return application;
    }
}
