package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.config.BotConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Reads the config and starts the application once each, when the first command needs them. */
final class Startup {

    private final Supplier<BotConfig> configLoader;
    private final BiFunction<BotConfig, MeterRegistry, Application> starter;
    private BotConfig config;
    private Application application;

    Startup(Supplier<BotConfig> configLoader, BiFunction<BotConfig, MeterRegistry, Application> starter) {
        this.configLoader = configLoader;
        this.starter = starter;
    }

    synchronized BotConfig config() {
        if (config == null) {
            config = configLoader.get();
        }
        return config;
    }

    /** A separate application over another profile folder, with the same settings. */
    Application applicationFor(java.nio.file.Path profileFolder) {
        return starter.apply(config().withProfileDataDir(profileFolder), new SimpleMeterRegistry());
    }

    /** The application, its metrics kept in memory only. */
    synchronized Application application() {
        return application(new SimpleMeterRegistry());
    }

    /** The application, reporting to the given registry if this call starts it. */
    synchronized Application application(MeterRegistry metrics) {
        if (application == null) {
            application = starter.apply(config(), metrics);
        }
        return application;
    }
}
