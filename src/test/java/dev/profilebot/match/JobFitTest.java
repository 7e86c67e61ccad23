package dev.profilebot.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.answer.PromptTemplates;
import dev.profilebot.privacy.PrivacyGuard;
import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.Profile;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestModels;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The job-fit check with a model writing the summary, through the real OpenAI client and a fake server. */
class JobFitTest {

    private static final String POSTING = """
            ## Requirements
            - Strong experience with Python and Django
            - Experience with Haskell
            """;

    private final FakeModelServer server;

    JobFitTest() throws IOException {
        server = new FakeModelServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_let_the_model_summarise_the_table_and_guard_what_it_writes() {
        // given
        server.script(FakeModelServer.openAi(
                "Jonathan fits on Python and Django [1]; Haskell is not shown. Call him on +1 507 513 1101."));

        // when
        MatchReport report = jobFit().check(POSTING);

        // then
        assertThat(report.modelSummary()).isTrue();
        assertThat(report.summary())
                .startsWith("Jonathan fits on Python and Django [1]; Haskell is not shown.")
                .doesNotContain("513", "1101");
        assertThat(report.requirements())
                .extracting(r -> r.status())
                .containsExactly(MatchReport.Status.MET, MatchReport.Status.MISSING);
        String prompt = server.requests().get(0).message("user");
        assertThat(prompt)
                .contains("- [met] Strong experience with Python and Django [1] “")
                .contains("- [missing] Experience with Haskell")
                .contains("Never say a requirement marked missing is met");
        assertThat(MatchFormat.json(report)).contains("\"summary_by\":\"model\"");
    }

    @Test
    void should_keep_the_summary_from_the_documents_when_the_model_fails() {
        server.script(FakeModelServer.status(500, "{\"error\":{\"message\":\"upstream exploded\"}}"));

        MatchReport report = jobFit().check(POSTING);

        assertThat(report.modelSummary()).isFalse();
        assertThat(report.summary())
                .contains("Jonathan Hartley meets 1 of 2 requirements")
                .doesNotContain("exploded");
    }

    private JobFit jobFit() {
        Profile profile = TestApplication.get().index().profile();
        return new JobFit(
                () -> profile,
                p -> new PrivacyGuard(new PrivateDetailRedactor(Set.of()), p.withheld(), Set.of())::guard,
                Optional.of(new JobFit.Summarizer(
                        TestModels.openAi(server, 5, 1, Clock.systemUTC()), PromptTemplates.load(Path.of("prompts")))),
                Clock.systemUTC());
    }
}
