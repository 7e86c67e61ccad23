package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.Passage;
import dev.profilebot.profile.facts.DateRange;
import dev.profilebot.profile.facts.FactSource;
import dev.profilebot.profile.facts.Identity;
import dev.profilebot.profile.facts.ProfileDate;
import dev.profilebot.profile.facts.Pronouns;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The example questions: made from the profile, and offered only when the bot answers them well. */
class SuggestedQuestionsTest {

    private static final FactSource SOURCE = new FactSource("cv.md", List.of("Experience"));

    private static StructuredProfile facts(List<String> skills) {
        Role current = new Role(
                "Voltaro",
                "Staff Engineer",
                Optional.empty(),
                new DateRange(new ProfileDate(2021, Optional.empty()), Optional.empty(), true),
                false,
                SOURCE);
        return new StructuredProfile(
                new Identity(Optional.of("Ada Byron"), Pronouns.SHE, true, Optional.empty(), Optional.empty()),
                List.of(current),
                List.of(),
                skills,
                List.of());
    }

    private static Passage passage(List<String> path, String sentence) {
        return new Passage("p" + path.hashCode(), "cv.md", path, List.of(sentence), List.of());
    }

    /** Answers with the given text when asked one of the given questions, else "not covered". */
    private static Function<String, Answer> answering(Map<String, String> answers, List<String> asked) {
        return question -> {
            asked.add(question);
            String text = answers.get(question);
            return text == null
                    ? new Answer(
                            "The profile doesn't say.", List.of(), Answer.Mode.OFFLINE, Answer.Outcome.NOT_COVERED, 0)
                    : new Answer(text, List.of(), Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0);
        };
    }

    @Test
    void should_offer_the_current_role_a_project_and_a_skill() {
        List<Passage> passages = List.of(
                passage(List.of("Side projects"), "tansu (https://example.org) — a tiny key-value store in Rust."));
        List<String> asked = new ArrayList<>();

        List<String> chosen = SuggestedQuestions.choose(
                facts(List.of("Rust", "Go")),
                passages,
                "Ada",
                answering(
                        Map.of(
                                "Where does Ada work now?", "Ada is a Staff Engineer at Voltaro.",
                                "What is tansu?", "tansu: a tiny key-value store in Rust.",
                                "Has Ada worked with Rust?", "Yes: tansu is written in Rust."),
                        asked));

        assertThat(chosen).containsExactly("Where does Ada work now?", "What is tansu?", "Has Ada worked with Rust?");
        assertThat(SuggestedQuestions.offer(chosen))
                .isEqualTo("Try: “Where does Ada work now?” · “What is tansu?” · “Has Ada worked with Rust?”");
    }

    @Test
    void should_skip_a_question_the_bot_does_not_answer_or_answers_about_something_else() {
        List<String> asked = new ArrayList<>();

        List<String> chosen = SuggestedQuestions.choose(
                facts(List.of("Kubernetes", "Rust")),
                List.of(),
                "Ada",
                answering(
                        Map.of(
                                "Where does Ada work now?", "Ada lives in Berlin.",
                                "Has Ada worked with Rust?", "Yes, Rust since 2019."),
                        asked));

        // the answer about work does not name Voltaro, and Kubernetes is not answered
        assertThat(chosen).containsExactly("Has Ada worked with Rust?");
        assertThat(asked).contains("Has Ada worked with Kubernetes?");
    }

    @Test
    void should_not_make_questions_of_headings_lists_or_phrases_among_the_skills() {
        List<String> asked = new ArrayList<>();

        SuggestedQuestions.choose(
                facts(List.of(
                        "TECHNICAL SKILLS",
                        "hosted on Netlify",
                        "SQL (PostgreSQL, BigQuery)",
                        "FastAPI and Pydantic",
                        // a list's first words cut at its comma: "Short-term, medium-term and life-of-mine plans"
                        "Short-term",
                        "Cross-functional")),
                List.of(),
                "Ada",
                answering(Map.of(), asked));

        assertThat(asked).as("the other kinds are still asked").contains("Where does Ada work now?");
        assertThat(asked).noneMatch(q -> q.startsWith("Has Ada worked with"));
    }

    @Test
    void should_offer_nothing_rather_than_a_question_without_an_answer() {
        List<String> chosen = SuggestedQuestions.choose(
                facts(List.of("Rust")), List.of(), "Ada", answering(Map.of(), new ArrayList<>()));

        assertThat(chosen).isEmpty();
        assertThat(SuggestedQuestions.offer(chosen)).isEmpty();
    }
}
