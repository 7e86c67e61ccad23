package dev.profilebot.ops;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check, with nothing but the JDK: exits 0 when the operations endpoint
 * answers {@code /healthz} with 200, 1 otherwise. Usage: {@code java -cp profile-bot.jar
 * dev.profilebot.ops.HealthProbe [url]}; the default URL uses OPS_PORT on localhost.
 */
public final class HealthProbe {

    private static final int TIMEOUT_MILLIS = 3000;

    private HealthProbe() {}

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("OPS_PORT", "8080");
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/healthz";
        System.exit(healthy(url) ? 0 : 1);
    }

    static boolean healthy(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
