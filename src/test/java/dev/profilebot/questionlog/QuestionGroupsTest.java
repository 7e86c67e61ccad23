package dev.profilebot.questionlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.questionlog.QuestionReport.QuestionGroup;
import dev.profilebot.testing.TestApplication;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end over the real embedding model: paraphrases are one gap, other subjects stay apart. */
class QuestionGroupsTest {

    private static QuestionGroups groups;

    @BeforeAll
    static void load() {
        groups = Application.questionGroups(TestApplication.config());
    }

    @Test
    void should_group_paraphrases_under_the_most_asked_wording() {
        List<QuestionGroup> found = groups.group(List.of(
                "Would he relocate to Berlin?",
                "Is he willing to move to Berlin?",
                "would he relocate to berlin",
                "Does he speak Welsh?",
                "Is he fluent in Welsh?"));

        assertThat(found)
                .extracting(QuestionGroup::question, QuestionGroup::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Would he relocate to Berlin?", 3L),
                        org.assertj.core.groups.Tuple.tuple("Does he speak Welsh?", 2L));
    }

    @Test
    void should_keep_questions_about_different_things_apart_even_when_they_embed_close() {
        List<QuestionGroup> found = groups.group(List.of(
                "Does he speak Welsh?",
                "Does he speak Spanish?",
                "Would he relocate to Berlin?",
                "Would he relocate to London?",
                "What is his notice period?",
                "What is his salary expectation?"));

        assertThat(found)
                .hasSize(6)
                .allSatisfy(group -> assertThat(group.count()).isEqualTo(1));
    }

    @Test
    void should_group_by_wording_alone_without_a_model() {
        List<QuestionGroup> found = QuestionGroups.byWording()
                .group(List.of("Does he speak Welsh?", "does he speak welsh", "Is he fluent in Welsh?"));

        assertThat(found).extracting(QuestionGroup::count).containsExactly(2L, 1L);
    }
}
