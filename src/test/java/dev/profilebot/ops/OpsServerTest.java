package dev.profilebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_say_alive_ready_when_ready_and_serve_prometheus_metrics() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.counter("profilebot.questions", "mode", "offline", "outcome", "answered")
                .increment(3);
        AtomicBoolean ready = new AtomicBoolean();
        try (OpsServer ops = OpsServer.start(0, registry)) {
            String base = "http://127.0.0.1:" + ops.port();

            assertThat(get(base + "/healthz").statusCode()).isEqualTo(200);
            assertThat(get(base + "/readyz").statusCode()).isEqualTo(503);
            ops.readyWhen(ready::get);
            assertThat(get(base + "/readyz").statusCode()).isEqualTo(503);
            ready.set(true);
            assertThat(get(base + "/readyz").statusCode()).isEqualTo(200);

            HttpResponse<String> metrics = get(base + "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(metrics.body())
                    .contains("profilebot_questions_total{mode=\"offline\",outcome=\"answered\"} 3.0");
            assertThat(HealthProbe.healthy(base + "/healthz")).isTrue();
        }
        assertThat(HealthProbe.healthy("http://127.0.0.1:1/healthz")).isFalse();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
