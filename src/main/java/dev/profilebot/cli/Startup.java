package dev.profilebot.cli;

import dev.profilebot.Application;
import java.util.function.Supplier;

/** Starts the application once, when the first command needs it. */
final class Startup {

    private final Supplier<Application> starter;
    private Application application;

    Startup(Supplier<Application> starter) {
        this.starter = starter;
    }

    synchronized Application application() {
        if (application == null) {
            application = starter.get();
        }
        return application;
    }
}
