package dev.profilebot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSetTest {

    @TempDir
    Path folder;

    @Test
    void should_read_must_as_groups_of_alternatives() throws IOException {
        Path file = folder.resolve("questions.jsonl");
        Files.writeString(file, """
                {"id": "a1", "kind": "fact", "question": "Where does she work?", "must": [["acme", "acme corp"], ["2019"]]}
                """);

        List<EvalCase> cases = EvalSet.read(file);

        assertThat(cases)
                .singleElement()
                .satisfies(c -> assertThat(c.must()).containsExactly(List.of("acme", "acme corp"), List.of("2019")));
    }

    @Test
    void should_name_the_line_whose_must_is_not_a_list_of_groups() throws IOException {
        // a flat list of strings would be groups of nothing, a case that could never pass
        Path file = folder.resolve("conversations.jsonl");
        Files.writeString(file, """
                {"id": "a1", "kind": "fact", "question": "Where does she work?", "must": [["acme"]]}
                {"id": "a2", "kind": "unanswerable", "question": "Salary?", "must": ["not ", "doesn't"]}
                """);

        assertThatThrownBy(() -> EvalSet.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("\"must\" must be a list of groups");
    }
}
