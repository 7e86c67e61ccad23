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

    @Test
    void should_name_the_words_of_a_speaking_section_for_talks_asked_about_in_any_order() {
        assertThat(SkillFamilies.named("What talks has Kiran given?"))
                .singleElement()
                .satisfies(f -> assertThat(f.members()).contains("speaking", "talks"));
        assertThat(SkillFamilies.named("Has she given any talks?")).hasSize(1);
        assertThat(SkillFamilies.named("How did the salary talks go?")).isEmpty();
    }
}
