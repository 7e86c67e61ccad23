package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.Role;
import dev.profilebot.testing.TestApplication;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retrieval with the real embedding model on the test profile. */
class HybridRetrieverTest {

    private final ProfileIndex index = TestApplication.get().index();
    private final HybridRetriever retriever = new HybridRetriever(
            index,
            new QueryEmbedder(
                    dev.profilebot.Application.embeddingModel(
                            TestApplication.config().embeddingModel()),
                    10,
                    System::nanoTime),
            5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "What did he do at Canonical? | Previous Roles › Canonical",
                "Where did he go to university? | Education",
                "Has he used Kubernetes? | Senior Backend Engineer › Skills used",
                "What is Habitat Capture? | Previous Roles › GIS consulting",
                "What does his team at Lambda do? | Current Role › Lambda",
            })
    void should_rank_the_passage_that_answers_first(String question, String section) {
        Retrieval retrieval = retriever.retrieve(question);

        assertThat(retrieval.passages().get(0).passage().section()).isEqualTo(section);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Was he involved with the PSF? | Python Software Foundation",
                "Was he on the PSF's board? | Python Software Foundation",
                "Did his work win a BCS award? | British Cartographic Society",
            })
    void should_read_an_acronym_as_the_name_the_documents_spell_out(String question, String name) {
        Retrieval retrieval = retriever.retrieve(question);

        assertThat(retrieval.unknownNames()).isEmpty();
        assertThat(retrieval.passages().get(0).passage().sentences()).anyMatch(s -> s.contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "How many patents does he hold? | patents",
                // papers are counted as articles or publications, which the seed profile has neither of
                "How many papers has he published? | papers",
                "What was his final-exam score? | final-exam",
            })
    void should_report_what_a_question_counts_or_names_that_the_documents_never_use(String question, String word) {
        assertThat(retriever.retrieve(question).unknownNames()).containsExactly(word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "How many people did he manage at Lambda?",
        "Does he have hands-on Kubernetes experience?",
        "Does he speak any languages other than Esperanto?",
        "What did Mr Hartley build at IBM Cloud?",
        "How much travel is he OK with?",
        // one of two named is in the documents (the seed profile names Python)
        "Has he written Haskell or Python?",
        "Has he used Erlang/Python?",
        // the documents write it as one word ("ArcObjects")
        "Has he used Arc Objects?",
        // a name's last word shortened ("British Cartographic Society")
        "Did he win a British Cartographic Soc award?"
    })
    void should_not_report_words_a_question_only_describes_with(String question) {
        assertThat(retriever.retrieve(question).unknownNames()).isEmpty();
    }

    @Test
    void should_report_both_of_two_names_offered_as_alternatives_when_the_documents_use_neither() {
        assertThat(retriever.retrieve("Has he written Haskell or Erlang?").unknownNames())
                .containsExactly("Haskell", "Erlang");
    }

    @Test
    void should_report_a_credential_asked_about_by_a_word_the_documents_never_use() {
        assertThat(retriever.retrieve("Has he got a forklift licence?").unknownNames())
                .containsExactly("a forklift licence");
        assertThat(retriever.retrieve("Does he have a Python certificate?").unknownNames())
                .isEmpty();
        // a word the documents never use that asks for no credential may be said in other words
        assertThat(retriever.retrieve("Has he managed anyone?").unknownNames()).isEmpty();
        // a driving licence may be written in another language ("Führerschein: Klasse B"): the uncovered topics
        // know its names
        assertThat(retriever.retrieve("Does he have a driving licence?").unknownNames())
                .isEmpty();
    }

    @Test
    void should_return_at_most_top_k_passages_best_first() {
        List<RetrievedPassage> passages =
                retriever.retrieve("Which web frameworks does he use?").passages();

        assertThat(passages).hasSize(5);
        assertThat(passages).isSortedAccordingTo((a, b) -> Double.compare(b.fusedScore(), a.fusedScore()));
    }

    @Test
    void should_not_search_for_the_persons_own_name_which_every_passage_is_about() {
        Retrieval retrieval = retriever.retrieve("What did Jonathan Hartley build at IBM Cloud?");

        assertThat(retrieval.queryTerms())
                .doesNotContain("jonathan", "hartlei", "hartley")
                .contains("ibm");
        assertThat(retrieval.passages().get(0).passage().section()).isEqualTo("Previous Roles › IBM Cloud");
    }

    @Test
    void should_add_the_passages_about_the_role_asked_about_after_the_best_ones() {
        Role canonical = index.profile().facts().roles().stream()
                .filter(r -> r.organization().equals("Canonical"))
                .findFirst()
                .orElseThrow();

        Retrieval retrieval = retriever.retrieve(
                new Query("What did he do there?", "What did he do there? Canonical", Optional.of(canonical)));

        assertThat(retrieval.subject()).contains(canonical);
        assertThat(retrieval.passages()).extracting(p -> p.passage().section()).contains("Previous Roles › Canonical");
        assertThat(retrieval.passages().stream()
                        .flatMap(p -> p.sentences().stream())
                        .filter(s -> s.role().filter(canonical::equals).isPresent())
                        .filter(s -> !s.heading()))
                .isNotEmpty();
    }

    @Test
    void should_survive_a_question_of_thousands_of_words() {
        String question = "kubernetes docker python ".repeat(1000) + "unique" + "x".repeat(5000);

        assertThat(retriever.retrieve(question).passages()).isNotEmpty();
    }
}
