package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestModels;
import dev.profilebot.testing.TestProfiles;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over the real embedding model: a Markdown document of question headings beside the
 * résumé answers those questions, paraphrased or not, as the owner wrote them.
 */
class OwnerAnswersTest {

    private static final String ANSWERS = """
            # Answers from Jonathan

            ## Is he open to relocation?

            Yes, within Europe: he would move to Berlin, Amsterdam or Lisbon for the right role.

            ## Is he authorised to work in the EU?

            Yes. He has Irish citizenship, so he needs no visa to work anywhere in the EU.

            ## What salary is he looking for?

            He discusses salary on a first call, not in chat.
            """;

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        try (Stream<Path> documents = Files.list(TestProfiles.folder())) {
            for (Path document : documents.toList()) {
                Files.copy(document, folder.resolve(document.getFileName()));
            }
        }
        Files.writeString(folder.resolve("answers.md"), ANSWERS);
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("PROFILE_DATA_DIR", folder.toString());
        application = Application.start(ConfigLoader.load(env), new SimpleMeterRegistry());
    }

    @Test
    void should_give_the_owners_answer_as_written_to_the_question_in_other_words() {
        Answer answer = application.answers().answer("Would he be willing to relocate?");

        assertThat(answer.text())
                .isEqualTo("Yes, within Europe: he would move to Berlin, Amsterdam or Lisbon for the right role.");
        assertThat(answer.sources())
                .extracting(Source::label)
                .containsExactly("answers.md › Answers from Jonathan › Is he open to relocation?");
        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
    }

    @Test
    void should_match_each_question_to_its_own_answer() {
        assertThat(application.answers().answer("Can he work in the EU?").text())
                .contains("Irish citizenship");
        assertThat(application
                        .answers()
                        .answer("What are his salary expectations?")
                        .text())
                .isEqualTo("He discusses salary on a first call, not in chat.");
    }

    @Test
    void should_leave_other_questions_to_the_documents() {
        Answer answer = application.answers().answer("Where did he go to university?");

        assertThat(answer.text()).contains("University of Durham");
        assertThat(answer.sources()).extracting(Source::file).doesNotContain("answers.md");
    }

    @Test
    void should_give_a_model_the_owners_answer_first_as_authoritative() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.script(FakeModelServer.openAi("Yes, he would move within Europe [1]."));
            AnswerService answers = application.newAnswerService(
                    0, 100, Optional.of(TestModels.answerer(TestModels.openAi(server, 5, 1, Clock.systemUTC()))));

            Answer answer = answers.answer("Would he be willing to relocate?");

            assertThat(server.requests().get(0).message("user"))
                    .contains("[1] answers.md › Answers from Jonathan › Is he open to relocation? (the owner's own"
                            + " answer to this question: authoritative")
                    .contains("Yes, within Europe: he would move to Berlin");
            assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
            assertThat(answer.sources()).extracting(Source::file).containsExactly("answers.md");
        }
    }

    @Test
    void should_give_the_written_answer_when_the_model_fails() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.script(FakeModelServer.status(500, "{}"));
            AnswerService answers = application.newAnswerService(
                    0, 100, Optional.of(TestModels.answerer(TestModels.openAi(server, 5, 1, Clock.systemUTC()))));

            Answer answer = answers.answer("Would he be willing to relocate?");

            assertThat(answer.text()).startsWith("Yes, within Europe");
            assertThat(answer.mode()).isEqualTo(Answer.Mode.FALLBACK);
        }
    }
}
