package dev.profilebot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How the bot runs as a service: its operations port, live reload, and its writable folder. */
public record OpsSettings(Optional<Integer> port, boolean reload, Duration reloadDebounce, Path runtimeDir) {
    public OpsSettings {
        Objects.requireNonNull(port, "port");
        port.ifPresent(Setting.OPS_PORT::requireInRange);
        Setting.PROFILE_RELOAD_DEBOUNCE_MILLIS.requireInRange(reloadDebounce.toMillis());
        Objects.requireNonNull(runtimeDir, "runtimeDir");
    }
}
