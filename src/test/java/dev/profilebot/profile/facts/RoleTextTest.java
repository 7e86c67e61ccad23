package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTextTest {

    @Test
    void should_read_a_placement_line_without_a_title_word_as_a_title_of_its_own() {
        // given a teacher-training placement's bullet: "placement" makes it title-like, though no title word ends it
        String line = "Final placement graded Outstanding";

        // when
        var read = RoleText.read(line);

        // then
        assertThat(read).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo(line);
            assertThat(r.organization()).isEmpty();
        });
    }
}
