package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.profilebot.answer.timeline.TimelineAnswerer;
import dev.profilebot.config.ConversationSettings;
import dev.profilebot.privacy.PrivacyGuard;
import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.PassageDeduplicator;
import dev.profilebot.profile.PassageSplitter;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.ProfileIngestion;
import dev.profilebot.profile.ProfileLoader;
import dev.profilebot.profile.facts.RoleAttribution;
import dev.profilebot.profile.facts.StructuredProfileReader;
import dev.profilebot.retrieval.IndexedSentence;
import dev.profilebot.retrieval.Query;
import dev.profilebot.retrieval.Retrieval;
import dev.profilebot.retrieval.RetrievedPassage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer orchestration driven with a fake retrieval result, the way LangChain4j's
 * DefaultRetrievalAugmentorTest drives its augmentor: no embedding model and no index. The fake
 * records the queries it is given and answers with sentences whose similarity the test chooses.
 */
class AnswerOrchestrationTest {

    private static final String RESUME = """
            # Ada Quinn

            ada@quinn.example · +44 7700 900123 · Porto, Portugal

            ## Experience

            ### Voltaro GmbH

            Staff Engineer, since March 2021

            Led the move of 40 services to Kubernetes.

            ### Senior Backend Engineer, Quillpay

            July 2018 – February 2021 · Lisbon

            Built the payments ledger in Kotlin.

            Quillpay was acquired in 2021.

            ## FAQ

            **Are you open to relocating?**
            Yes. I'm happy to move within Europe for the right team.

            **Do you take freelance work?**
            Not at the moment.
            """;

    @TempDir
    Path folder;

    private Profile profile;
    private final List<Query> queries = new ArrayList<>();
    /** The sentence the fake retrieval finds most similar to the question; the others score 0. */
    private String similar = "";

    private Function<Query, List<String>> unknownNames = q -> List.of();

    private AnswerService service;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(folder.resolve("resume.md"), RESUME);
        PrivateDetailRedactor redactor = new PrivateDetailRedactor(Set.of());
        profile = new ProfileIngestion(
                        new ProfileLoader(1_000_000),
                        redactor,
                        new PassageSplitter(700),
                        new PassageDeduplicator(0.8),
                        new StructuredProfileReader(Optional.empty(), Optional.of("she/her")))
                .ingest(folder);
        ReplyTemplates templates = ReplyTemplates.load(Path.of("prompts"));
        AnswerService.Parts parts = new AnswerService.Parts(
                this::retrieve,
                new OfflineAnswerer(
                        profile.passages(), profile.facts().identity(), templates, profile.contact(), 600, 0.3, 0.4),
                new ContactAnswerer(profile.contact(), templates),
                new PersonAnswerer(profile, templates, 600),
                new TimelineAnswerer(
                        profile.facts(), Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC), 600),
                new IntentDetector(profile.contact().name()),
                new PrivacyGuard(redactor, profile.withheld(), Set.of()),
                profile.facts().card(),
                profile.contentHash());
        service = new AnswerService(
                () -> parts,
                Optional.empty(),
                new AnswerCache(0, Duration.ofMinutes(1), Ticker.systemTicker()),
                new ConversationMemory(new ConversationSettings(6, Duration.ofHours(1), 100), Ticker.systemTicker()),
                Set.of(),
                new SimpleMeterRegistry());
    }

    /** Every passage of the profile, each sentence with the vector the test chose for it. */
    private Retrieval retrieve(Query query) {
        queries.add(query);
        List<List<RoleAttribution.Attributed>> roles =
                RoleAttribution.of(profile.passages(), profile.facts().roles());
        List<RetrievedPassage> passages = new ArrayList<>();
        for (int p = 0; p < profile.passages().size(); p++) {
            var passage = profile.passages().get(p);
            List<IndexedSentence> sentences = new ArrayList<>();
            for (int s = 0; s < passage.sentences().size(); s++) {
                String text = passage.sentences().get(s);
                float[] vector = text.equals(similar) ? new float[] {1, 0} : new float[] {0, 1};
                Set<String> terms = Set.of(text.toLowerCase().split("\\W+"));
                sentences.add(new IndexedSentence(
                        p, s, text, vector, terms, roles.get(p).get(s), Set.of()));
            }
            passages.add(new RetrievedPassage(p, passage, sentences, Set.of(), 1.0 / (p + 1), 0, 0));
        }
        return new Retrieval(
                query, query.searchText(), new float[] {1, 0}, Map.of(), Map.of(), passages, unknownNames.apply(query));
    }

    @Test
    void should_answer_offline_with_the_sentence_retrieval_found_and_cite_its_section() {
        similar = "Built the payments ledger in Kotlin.";

        Answer answer = service.answer("Which ledger did she build?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(answer.text()).contains("Built the payments ledger in Kotlin.");
        assertThat(answer.sources())
                .extracting(Source::label)
                .containsExactly("resume.md › Experience › Senior Backend Engineer, Quillpay");
        assertThat(queries).containsExactly(Query.of("Which ledger did she build?"));
    }

    @Test
    void should_answer_with_what_follows_an_faq_question_in_the_third_person() {
        similar = "Are you open to relocating?";

        Answer answer = service.answer("Would she relocate?");

        assertThat(answer.text())
                .contains("Yes. Ada is happy to move within Europe for the right team.")
                .doesNotContain("?", "Not at the moment");
    }

    @Test
    void should_say_the_profile_does_not_say_who_did_something_when_the_sentence_found_names_no_one() {
        similar = "Quillpay was acquired in 2021.";

        Answer answer = service.answer("Who acquired Quillpay?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).startsWith("The profile doesn't say anything about who acquired Quillpay.");
    }

    @Test
    void should_search_a_follow_up_with_the_role_the_conversation_is_about() {
        similar = "Led the move of 40 services to Kubernetes.";
        service.answer(Question.in("c1", "Where does she work now?"));

        Answer answer = service.answer(Question.in("c1", "What does she do there?"));

        Query followUp = queries.get(queries.size() - 1);
        assertThat(followUp.asked()).isEqualTo("What does she do there?");
        assertThat(followUp.searchText()).contains("Voltaro GmbH");
        assertThat(followUp.subject())
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("Voltaro GmbH"));
        assertThat(answer.text()).contains("40 services to Kubernetes");
    }

    @Test
    void should_answer_where_a_role_of_the_conversation_was_rather_than_where_she_lives() {
        service.answer(Question.in("c2", "Where did she work before Voltaro?"));

        Answer answer = service.answer(Question.in("c2", "Which city was that in?"));

        assertThat(answer.text()).isEqualTo("Ada worked at Quillpay in Lisbon (July 2018 to February 2021).");
    }

    @Test
    void should_not_answer_where_a_role_of_the_conversation_was_with_where_she_lives_when_its_entry_names_no_town() {
        similar = "Led the move of 40 services to Kubernetes.";
        service.answer(Question.in("c5", "Where does she work now?"));

        Answer answer = service.answer(Question.in("c5", "Which city was that job in?"));

        assertThat(answer.text()).doesNotContain("Porto");
    }

    @Test
    void should_answer_where_that_was_with_the_town_of_the_role_just_named() {
        service.answer(Question.in("c3", "What was her first job?"));

        Answer answer = service.answer(Question.in("c3", "Where was that?"));

        assertThat(answer.text()).isEqualTo("Ada worked at Quillpay in Lisbon (July 2018 to February 2021).");
        assertThat(service.answer(Question.in("c3", "How long was she there?")).text())
                .contains("Quillpay");
    }

    @Test
    void should_say_the_profile_does_not_cover_a_name_retrieval_reports_unknown() {
        similar = "Built the payments ledger in Kotlin.";
        unknownNames = q -> List.of("Haskell");

        Answer answer = service.answer("Has she written Haskell?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).startsWith("The profile doesn't say anything about Haskell.");
    }

    @Test
    void should_not_take_her_own_name_written_with_a_hyphen_for_a_name_the_profile_never_mentions() {
        // "Po-Han" of "Po-Han Chiang": a name of two parts joined, each a part of hers
        similar = "Built the payments ledger in Kotlin.";
        unknownNames = q -> List.of("Ada-Quinn");

        Answer answer = service.answer("What did Ada-Quinn build in Kotlin?");

        assertThat(answer.outcome()).isNotEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).contains("payments ledger");
    }

    @Test
    void should_not_take_the_initials_of_her_first_names_for_a_name_the_profile_never_mentions() {
        // "FX" of "François-Xavier Ouellet", "AQ" of "Ada Quinn …": the initials people call someone by
        similar = "Built the payments ledger in Kotlin.";
        unknownNames = q -> List.of("AQ");

        Answer answer = service.answer("What did AQ build in Kotlin?");

        assertThat(answer.outcome()).isNotEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).contains("payments ledger");
    }

    @Test
    void should_admit_a_topic_the_documents_never_mention_even_when_the_question_names_her_current_job() {
        Answer answer = service.answer("What is her notice period at her current job?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).doesNotContain("Voltaro");
    }

    @Test
    void should_answer_the_timeline_without_retrieval_and_never_give_the_phone_number() {
        Answer current = service.answer("Where does she work now?");
        Answer phone = service.answer("What's her mobile number?");

        assertThat(current.text()).contains("Voltaro GmbH");
        assertThat(phone.text()).doesNotContain("900123").contains("Ada prefers to be contacted by");
        assertThat(queries).isEmpty();
    }
}
