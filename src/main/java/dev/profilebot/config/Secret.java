package dev.profilebot.config;

import java.util.Objects;

/**
 * A credential (API key, token). Its {@code toString} never shows the value, so a secret that ends
 * up in a log line, an exception or a config dump stays hidden; {@link #reveal} is for the one
 * place that hands it to a client library.
 */
public final class Secret {

    private final String value;

    public Secret(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
        this.value = value;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
