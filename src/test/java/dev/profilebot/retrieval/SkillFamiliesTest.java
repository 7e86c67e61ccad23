package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillFamiliesTest {

    @Test
    void should_name_the_words_a_resume_writes_for_papers_and_for_software_written() {
        assertThat(SkillFamilies.named("How many papers has she published?"))
                .singleElement()
                .satisfies(f -> assertThat(f.members()).contains("articles", "journal"));
        assertThat(SkillFamilies.named("Has she written any software?"))
                .singleElement()
                .satisfies(f -> assertThat(f.members()).contains("package", "open-source"));
        assertThat(SkillFamilies.named("Which software does he know?")).isEmpty();
        assertThat(SkillFamilies.named("Did she work on the paper machine line?"))
                .isEmpty();
    }
}
