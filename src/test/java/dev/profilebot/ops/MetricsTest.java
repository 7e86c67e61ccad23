package dev.profilebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.llm.AnswerModels;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestModels;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the application reports as it answers, in Prometheus' format. */
class MetricsTest {

    @Test
    void should_count_questions_by_mode_and_outcome_and_time_them() {
        TestApplication.get().answers().answer("Where did he go to university?");
        TestApplication.get().answers().answer("Is he married?");

        String scrape = TestApplication.metrics().scrape();

        assertThat(scrape)
                .contains("profilebot_questions_total{mode=\"offline\",outcome=\"answered\"}")
                .contains("profilebot_questions_total{mode=\"offline\",outcome=\"not_covered\"}")
                .contains("profilebot_answer_latency_seconds_bucket")
                .contains("profilebot_index_passages 29.0")
                .contains("profilebot_index_last_reload_seconds")
                .contains("profilebot_cache_hit_ratio{cache=\"answers\"}");
    }

    @Test
    void should_report_the_model_gate_and_the_answers_it_turned_to_offline() {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        AnswerModels.forAnswers(TestModels.settings(Map.of("LLM_PROVIDER", "ollama")), metrics);

        assertThat(metrics.scrape())
                .contains("profilebot_model_waiting 0.0")
                .contains("profilebot_model_in_flight 0.0")
                .contains("profilebot_model_wait_seconds_bucket")
                .contains("profilebot_model_degraded_total{reason=\"busy\"} 0.0")
                .contains("profilebot_model_degraded_total{reason=\"rate_limited\"} 0.0")
                .contains("profilebot_model_breaker_state 0.0");
    }
}
